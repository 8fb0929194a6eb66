import { describe, expect, inject, it } from "vitest";
import { createRealtimeClient, type Update } from "../sdk/index.ts";
import { signIn } from "../tools/bench/sign-in.mjs";
import { useChromium } from "./chromium.ts";
import { BROWSER_TEST_NUMBERS } from "./start-worker.ts";

const gatewayUrl = inject("gatewayUrl");
const chromiumBrowser = useChromium();

async function post(path: string, token: string, body: unknown) {
  const res = await fetch(`${gatewayUrl}/api/v1${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { success: boolean; data: { chat?: { id: string } } };
  if (!json.success) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json.data;
}

describe("the realtime WebSocket under wrangler dev", () => {
  it("Chromium connects with the bearer subprotocol (answered big.v1) and is refused without a valid token", async (ctx) => {
    const browser = chromiumBrowser();
    if (!browser) return ctx.skip();
    const { accessToken } = await signIn(gatewayUrl, BROWSER_TEST_NUMBERS.alice, BROWSER_TEST_NUMBERS.code);
    // A page of the gateway's origin (Chromium refuses loopback sockets from about:blank: local
    // network access checks), with CSP bypassed: API answers carry `default-src 'none'`.
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${gatewayUrl}/api/v1/health`);
    const outcome = await page.evaluate(
      async ({ url, token }) => {
        const connect = (protocols: string[]) =>
          new Promise<{ opened: boolean; protocol: string; frames: string[]; code?: number }>((resolve) => {
            const ws = new WebSocket(url, protocols);
            const frames: string[] = [];
            ws.onopen = () => ws.send(JSON.stringify({ type: "sync" }));
            ws.onmessage = (event) => {
              frames.push(String(event.data));
              ws.close(1000);
              resolve({ opened: true, protocol: ws.protocol, frames });
            };
            ws.onclose = (event) => resolve({ opened: false, protocol: ws.protocol, frames, code: event.code });
            setTimeout(() => resolve({ opened: false, protocol: ws.protocol, frames, code: -1 }), 10_000);
          });
        return {
          good: await connect(["big.v1", `bearer.${token}`]),
          bad: await connect(["big.v1", "bearer.forged"]),
        };
      },
      { url: `${gatewayUrl.replace("http", "ws")}/api/v1/ws`, token: accessToken },
    );
    // `sync` without a pts answers `synced` at the user's current pts (other browser test files may
    // have given alice updates already: the gateway is shared).
    expect(outcome.good).toMatchObject({ opened: true, protocol: "big.v1" });
    expect(outcome.good.frames).toHaveLength(1);
    expect(JSON.parse(outcome.good.frames[0] ?? "{}")).toEqual({ type: "synced", pts: expect.any(Number) });
    // A refused handshake (401 before the upgrade) is a failed connection to a browser.
    expect(outcome.bad.opened).toBe(false);
    expect(outcome.bad.code).toBe(1006);
    await page.close();
  });

  it("the SDK's realtime client over Node's global WebSocket receives a REST send live", async () => {
    const alice = await signIn(gatewayUrl, BROWSER_TEST_NUMBERS.alice, BROWSER_TEST_NUMBERS.code);
    const bob = await signIn(gatewayUrl, BROWSER_TEST_NUMBERS.bob, BROWSER_TEST_NUMBERS.code);
    const dialog = await post("/chats/dialogs", alice.accessToken, { userId: bob.user.id });
    const chatId = dialog.chat?.id ?? "";
    const realtime = createRealtimeClient({ baseUrl: gatewayUrl, token: () => bob.accessToken });
    const updates: Update[] = [];
    realtime.on("update", (update) => updates.push(update));
    const synced = new Promise((resolve) => realtime.on("synced", resolve));
    realtime.start();
    await synced;
    await post(`/chats/${chatId}/messages`, alice.accessToken, { clientMessageId: "browser-1", text: "over the wire" });
    await expect
      .poll(() => updates.flatMap((u) => (u.type === "newMessage" ? [u.message.text] : [])), { timeout: 10_000 })
      .toEqual(["over the wire"]);
    realtime.close();
  });
});
