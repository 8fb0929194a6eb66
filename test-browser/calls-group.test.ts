import { describe, expect, inject, it } from "vitest";
import { autoAccept, callStates, hangUp, openCallPage, peersSeen, startCall } from "./call-pages.ts";
import { useChromium, WEBRTC_FLAGS } from "./chromium.ts";
import { BROWSER_TEST_NUMBERS } from "./start-worker.ts";

const gatewayUrl = inject("gatewayUrl");
const chromiumBrowser = useChromium(WEBRTC_FLAGS);
const { alice, bob, carol, code } = BROWSER_TEST_NUMBERS;

describe("a group video call of three Chromium pages (mesh)", () => {
  it("connects every pair with video decoded; one hangs up and the call goes on; the second to hang up ends it for all", async (ctx) => {
    const browser = chromiumBrowser();
    if (!browser) return ctx.skip();
    const pages = [
      await openCallPage(browser, gatewayUrl, alice, code),
      await openCallPage(browser, gatewayUrl, bob, code),
      await openCallPage(browser, gatewayUrl, carol, code),
    ];
    const [owner, ...others] = pages as [(typeof pages)[0], ...typeof pages];
    const created = await fetch(`${gatewayUrl}/api/v1/groups`, {
      method: "POST",
      headers: { authorization: `Bearer ${owner.accessToken}`, "content-type": "application/json" },
      body: JSON.stringify({ title: "Call test", memberIds: others.map((p) => p.userId) }),
    });
    const chatId = ((await created.json()) as { data: { chat: { id: string } } }).data.chat.id;
    for (const page of others) await autoAccept(page.page);

    const started = Date.now();
    const call = await startCall(owner.page, chatId);
    // Each page connected to the two others, with video from both.
    for (const side of pages) {
      await expect
        .poll(
          async () => {
            const peers = await peersSeen(side.page);
            return peers.filter((p) => p.state === "connected" && p.framesDecoded > 5).length;
          },
          { timeout: 40_000, interval: 250 },
        )
        .toBe(2);
    }
    console.log(`group call: 3 pages pairwise connected with frames decoded ${Date.now() - started} ms after start`);

    // One leaves: the other two stay in the call; the second to leave ends it for all.
    const [leaver, stayer] = others as [(typeof pages)[0], (typeof pages)[0]];
    await hangUp(leaver.page);
    for (const side of [owner, stayer]) {
      await expect.poll(async () => (await callStates(side.page)).at(-1)?.participants, { timeout: 10_000 }).toBe(2);
    }
    await hangUp(owner.page);
    for (const side of [owner, stayer]) {
      await expect
        .poll(async () => (await callStates(side.page)).at(-1), { timeout: 10_000 })
        .toEqual(expect.objectContaining({ state: "ended", reason: "hangup" }));
    }
    const read = await fetch(`${gatewayUrl}/api/v1/calls/${call.callId}`, {
      headers: { authorization: `Bearer ${leaver.accessToken}` },
    });
    expect(((await read.json()) as { data: { state: string } }).data.state).toBe("ended");
    for (const side of pages) await side.page.close();
  });
});
