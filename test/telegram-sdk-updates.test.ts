// The SDK's Telegram live-update helpers: connectTelegramUpdates over the real route, and
// verifyTelegramWebhook against a real signed post.
import { describe, expect, it, vi } from "vitest";
import { connectTelegramUpdates, type TelegramUpdateEvent, verifyTelegramWebhook } from "../sdk/index.ts";
import { workerSocket } from "./helpers/realtime.ts";
import { call, createTestApiKey, signedInSession } from "./helpers/telegram.ts";
import { hookUrl, receivedAt } from "./helpers/webhook-peer.ts";

describe("SDK: Telegram live updates", { timeout: 30_000 }, () => {
  it("streams a session's events and verifies webhook signatures", async () => {
    const { headers, key } = await createTestApiKey();
    const me = await signedInSession(headers, "+9996678101");
    const friend = await signedInSession(headers, "+9996678102");
    const events: TelegramUpdateEvent[] = [];
    const offered: string[][] = [];
    const updates = connectTelegramUpdates({
      baseUrl: "http://gateway",
      apiKey: key,
      sessionId: me.sessionId,
      onEvent: (event) => events.push(event),
      connect: async (url, protocols) => {
        offered.push(protocols);
        return workerSocket(url, protocols);
      },
    });
    await updates.ready;
    expect(offered[0]).toEqual(["big.telegram.v1", `bearer.${key}`]);
    const secret = "sdk-webhook-secret-0123456789abcdef";
    await call("PUT", `/sessions/${me.sessionId}/webhook`, headers, { url: hookUrl("sdk1"), secret });

    await call(
      "POST",
      `/messages/send/@${me.user.username}`,
      { ...headers, "x-session-id": friend.sessionId },
      {
        message: "to the SDK",
      },
    );
    await vi.waitFor(() => expect(events).toHaveLength(1), { timeout: 10_000 });
    expect(events[0]).toMatchObject({ type: "message.new", message: { text: "to the SDK" } });
    updates.close();

    await vi.waitFor(async () => expect(await receivedAt("sdk1")).toHaveLength(1), { timeout: 10_000 });
    const [post] = await receivedAt("sdk1");
    if (!post) throw new Error("no post");
    expect(await verifyTelegramWebhook(secret, post.body, post.signature)).toBe(true);
    expect(await verifyTelegramWebhook("another-secret-0123456789abcdef", post.body, post.signature)).toBe(false);
    expect(await verifyTelegramWebhook(secret, post.body.replace("to the SDK", "forged"), post.signature)).toBe(false);
    // The same event on both channels (one seq per session).
    expect(JSON.parse(post.body)).toEqual(events[0]);
  });
});
