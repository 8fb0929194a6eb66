import { describe, expect, inject, it } from "vitest";
import { autoAccept, callStates, hangUp, openCallPage, peersSeen, startCall } from "./call-pages.ts";
import { useChromium, WEBRTC_FLAGS } from "./chromium.ts";
import { BROWSER_TEST_NUMBERS } from "./start-worker.ts";

const gatewayUrl = inject("gatewayUrl");
const chromiumBrowser = useChromium(WEBRTC_FLAGS);
const { alice, bob, code } = BROWSER_TEST_NUMBERS;

describe("a 1:1 video call between two Chromium pages through wrangler dev", () => {
  it("connects both sides with video frames decoded, and a hang-up ends it for both", async (ctx) => {
    const browser = chromiumBrowser();
    if (!browser) return ctx.skip();
    const caller = await openCallPage(browser, gatewayUrl, alice, code);
    const callee = await openCallPage(browser, gatewayUrl, bob, code);
    const dialog = await fetch(`${gatewayUrl}/api/v1/chats/dialogs`, {
      method: "POST",
      headers: { authorization: `Bearer ${caller.accessToken}`, "content-type": "application/json" },
      body: JSON.stringify({ userId: callee.userId }),
    });
    const chatId = ((await dialog.json()) as { data: { chat: { id: string } } }).data.chat.id;

    await autoAccept(callee.page);
    const started = Date.now();
    const call = await startCall(caller.page, chatId);
    expect(call).toMatchObject({ state: "ringing", video: true });

    // What each user sees: the other side connected, and moving video from it.
    for (const side of [caller, callee]) {
      await expect
        .poll(() => peersSeen(side.page), { timeout: 30_000, interval: 250 })
        .toEqual([expect.objectContaining({ state: "connected", framesDecoded: expect.any(Number) })]);
      await expect
        .poll(async () => (await peersSeen(side.page))[0]?.framesDecoded ?? 0, { timeout: 15_000, interval: 250 })
        .toBeGreaterThan(10);
      expect((await peersSeen(side.page))[0]?.width).toBeGreaterThan(0);
    }
    console.log(`1:1 call: both sides connected with frames decoded ${Date.now() - started} ms after start`);

    await hangUp(caller.page);
    for (const side of [caller, callee]) {
      await expect
        .poll(async () => (await callStates(side.page)).at(-1), { timeout: 10_000 })
        .toEqual(expect.objectContaining({ state: "ended", reason: "hangup" }));
    }
    await caller.page.close();
    await callee.page.close();
  });
});
