import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  createCallClient,
  createRealtimeClient,
  type SfuPeerConnectionLike,
  type SfuRemoteTrack,
} from "../sdk/index.ts";
import type { TestUser } from "./helpers/messaging.ts";
import { createGroup, users } from "./helpers/messaging.ts";
import { pause, workerSocket } from "./helpers/realtime.ts";

// The SDK's call helper in SFU mode, against the real Worker and the local SFU peer. WebRTC itself
// does not exist in workerd: a small stand-in RTCPeerConnection makes SDP with its transceivers'
// mids and reports the tracks an SFU offer brings (the browser tests cover real media in mesh mode).

class SfuPeerConnection implements SfuPeerConnectionLike {
  connectionState = "new";
  localDescription: { sdp: string } | null = null;
  ontrack: SfuPeerConnectionLike["ontrack"] = null;
  onconnectionstatechange: (() => void) | null = null;
  closed = false;
  private readonly transceivers: { mid: string | null }[] = [];
  private readonly seen = new Set<string>();

  addTransceiver() {
    const transceiver = { mid: null as string | null };
    this.transceivers.push(transceiver);
    return transceiver;
  }
  async createOffer() {
    this.transceivers.forEach((t, i) => {
      t.mid ??= String(i);
    });
    return { type: "offer" as const, sdp: `v=0\r\n${this.transceivers.map((t) => `a=mid:${t.mid}\r\n`).join("")}` };
  }
  async createAnswer() {
    return { type: "answer" as const, sdp: "v=0\r\n" };
  }
  async setLocalDescription(description?: { sdp?: string }) {
    this.localDescription = { sdp: description?.sdp ?? "" };
  }
  async setRemoteDescription(description: { type: string; sdp?: string }) {
    if (description.type === "answer" && this.connectionState !== "connected") {
      this.connectionState = "connected";
      this.onconnectionstatechange?.();
    }
    if (description.type !== "offer") return;
    for (const [, mid] of (description.sdp ?? "").matchAll(/a=mid:(\S+)/g)) {
      if (!mid || this.seen.has(mid)) continue;
      this.seen.add(mid);
      this.ontrack?.({ track: { mid }, streams: [], transceiver: { mid } });
    }
  }
  close() {
    this.closed = true;
  }
}

const workerFetch: typeof fetch = (input, init) => exports.default.fetch(input as string, init);

function device(user: TestUser) {
  const realtime = createRealtimeClient({
    baseUrl: "http://gateway",
    token: () => user.accessToken,
    connect: workerSocket,
  });
  const connections: SfuPeerConnection[] = [];
  const calls = createCallClient({
    realtime,
    baseUrl: "http://gateway",
    token: () => user.accessToken,
    fetch: workerFetch,
    media: async () => ({
      getTracks: () => [
        { kind: "audio", stop() {} },
        { kind: "video", stop() {} },
      ],
    }),
    peerConnection: () => {
      throw new Error("a call in SFU mode makes no mesh connections");
    },
    sfuPeerConnection: () => {
      const pc = new SfuPeerConnection();
      connections.push(pc);
      return pc;
    },
  });
  const tracks: SfuRemoteTrack[] = [];
  const states: string[] = [];
  const errors: string[] = [];
  calls.on("remoteTrack", (track) => tracks.push(track));
  calls.on("connection", ({ state }) => states.push(state));
  calls.on("sfuError", ({ message }) => errors.push(message));
  realtime.start();
  return { realtime, calls, connections, tracks, states, errors };
}

async function until(check: () => boolean, what: string, timeoutMs = 8000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`not in time: ${what}`);
    await pause(10);
  }
}

describe("the SDK's call helper in SFU mode", () => {
  it("publishes each device's tracks to the SFU and pulls the other's, naming whose each is; hang-up closes the connection", async () => {
    const [ann, bob] = await users(2);
    if (!ann || !bob) throw new Error("users");
    const group = await createGroup(ann, [bob]);
    const annDevice = device(ann);
    const bobDevice = device(bob);
    await until(() => annDevice.realtime.state === "live" && bobDevice.realtime.state === "live", "both connected");

    let incoming: string | null = null;
    bobDevice.calls.on("incoming", (frame) => {
      incoming = frame.callId;
    });
    const call = await annDevice.calls.start(group, true, { sfu: true });
    expect(call.mode).toBe("sfu");
    await until(() => incoming === call.callId, "bob rings");
    await bobDevice.calls.accept(call.callId);

    await until(() => bobDevice.tracks.length === 2 && annDevice.tracks.length === 2, "both pulled both tracks");
    expect(bobDevice.tracks.map((t) => [t.userId, t.peerId, t.trackName])).toEqual([
      [ann.userId, call.self, "audio-0"],
      [ann.userId, call.self, "video-1"],
    ]);
    const bobPeer = bobDevice.calls.current?.self;
    expect(annDevice.tracks.map((t) => [t.userId, t.peerId])).toEqual([
      [bob.userId, bobPeer],
      [bob.userId, bobPeer],
    ]);
    expect(annDevice.states).toContain("connected");
    expect([...annDevice.errors, ...bobDevice.errors]).toEqual([]);
    // One connection to the SFU per device, whatever the number of others.
    expect([annDevice.connections.length, bobDevice.connections.length]).toEqual([1, 1]);

    bobDevice.calls.hangUp();
    await until(() => annDevice.calls.current === null, "the call ended for ann");
    expect(annDevice.connections[0]?.closed).toBe(true);
    expect(bobDevice.connections[0]?.closed).toBe(true);
    annDevice.realtime.close();
    bobDevice.realtime.close();
  });
});
