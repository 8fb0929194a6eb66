import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import type { Call, CallClient } from "../sdk/calls.ts";
import type { createRealtimeClient } from "../sdk/realtime.ts";
import { signIn } from "../tools/bench/sign-in.mjs";

/** What a call page keeps on its window. */
type CallWindow = {
  BIG: { createRealtimeClient: typeof createRealtimeClient; createCallClient: (options: unknown) => CallClient };
  calls: CallClient;
  autoAccept: boolean;
  log: {
    states: { state: string; reason: string | null; participants: number }[];
    connections: Record<string, string[]>;
    incoming: unknown[];
    errors: unknown[];
  };
  videos: Record<string, HTMLVideoElement>;
};

// Pages that take part in calls through the SDK's call helper (sdk/calls.ts), bundled for the
// browser: each page signs in as one user, connects the realtime socket and records what a user
// would see — call states, connection states, and frames decoded into <video> elements.

let bundle: Promise<string> | undefined;

/** The SDK's realtime client and call helper as one script for a page (window.BIG). */
function sdkBundle(): Promise<string> {
  bundle ??= build({
    stdin: {
      contents:
        'export { createRealtimeClient } from "./sdk/realtime.ts"; export { createCallClient } from "./sdk/calls.ts";',
      resolveDir: process.cwd(),
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    globalName: "BIG",
    write: false,
    target: "es2022",
  }).then((result) => result.outputFiles[0]?.text ?? "");
  return bundle;
}

export type CallPage = { page: Page; userId: string; accessToken: string };

export async function openCallPage(
  browser: Browser,
  gatewayUrl: string,
  phone: string,
  code: string,
): Promise<CallPage> {
  const { accessToken, user } = await signIn(gatewayUrl, phone, code);
  // A page of the gateway's origin, CSP bypassed (API answers carry `default-src 'none'`).
  const page = await browser.newPage({ bypassCSP: true });
  await page.goto(`${gatewayUrl}/api/v1/health`);
  await page.addScriptTag({ content: await sdkBundle() });
  await page.evaluate(
    async ({ baseUrl, token }) => {
      const w = window as unknown as CallWindow;
      const realtime = w.BIG.createRealtimeClient({ baseUrl, token });
      const calls = w.BIG.createCallClient({ realtime, baseUrl, token });
      w.log = { states: [], connections: {}, incoming: [], errors: [] };
      w.videos = {};
      calls.on("state", (call: Call) =>
        w.log.states.push({ state: call.state, reason: call.reason, participants: call.participants.length }),
      );
      calls.on("incoming", (frame) => {
        w.log.incoming.push(frame);
        if (w.autoAccept) void calls.accept(frame.callId, true);
      });
      calls.on("error", (frame) => w.log.errors.push(frame));
      calls.on("connection", ({ peerId, state }) => {
        const states = w.log.connections[peerId] ?? [];
        states.push(state);
        w.log.connections[peerId] = states;
      });
      calls.on("remoteStream", ({ peerId, stream }) => {
        let video = w.videos[peerId];
        if (!video) {
          video = document.createElement("video");
          video.muted = true;
          video.autoplay = true;
          video.playsInline = true;
          document.body.append(video);
          w.videos[peerId] = video;
        }
        video.srcObject = stream as MediaStream;
        void video.play().catch(() => undefined);
      });
      w.calls = calls;
      const synced = new Promise((resolve) => realtime.on("synced", resolve));
      realtime.start();
      await synced;
    },
    { baseUrl: gatewayUrl, token: accessToken },
  );
  return { page, userId: user.id, accessToken };
}

/** Per remote peer: its connection's last state and the video frames this page decoded from it. */
export function peersSeen(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as CallWindow;
    return Object.entries(w.log.connections).map(([peerId, states]) => {
      const video = w.videos[peerId];
      return {
        peerId,
        state: states.at(-1),
        framesDecoded: video?.getVideoPlaybackQuality().totalVideoFrames ?? 0,
        width: video?.videoWidth ?? 0,
      };
    });
  });
}

export function callStates(page: Page) {
  return page.evaluate(() => (window as unknown as CallWindow).log.states);
}

/** Answers every incoming call on this page. */
export function autoAccept(page: Page) {
  return page.evaluate(() => {
    (window as unknown as CallWindow).autoAccept = true;
  });
}

export function startCall(page: Page, chatId: string, video = true): Promise<Call> {
  return page.evaluate(({ id, v }) => (window as unknown as CallWindow).calls.start(id, v), { id: chatId, v: video });
}

export function hangUp(page: Page) {
  return page.evaluate(() => (window as unknown as CallWindow).calls.hangUp());
}
