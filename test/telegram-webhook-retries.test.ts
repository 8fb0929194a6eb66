// The webhook queue's consumer: a failed post is retried with growing delays; the last allowed
// failure marks the session's webhook failing (and its posts stop), never retried for ever.
import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../api/index.ts";
import { TELEGRAM_WEBHOOK_QUEUE } from "../api/telegram/webhook-delivery.ts";
import { WEBHOOK_MAX_ATTEMPTS } from "../durable/index.ts";
import { call, createTestApiKey, signedInSession } from "./helpers/telegram.ts";
import { expectedSignature, failNextPosts, hookUrl, receivedAt } from "./helpers/webhook-peer.ts";

const SECRET = "webhook-secret-for-tests-0123456789";

async function delivery(sessionId: string, hook: string, seq: number) {
  const id = `deleted:${seq}`;
  const body = JSON.stringify({
    id,
    sessionId,
    seq,
    type: "message.deleted",
    messageIds: [seq],
    chatId: null,
    chatType: null,
  });
  return {
    kind: "telegramWebhook" as const,
    sessionId,
    url: hookUrl(hook),
    seq,
    updateId: id,
    body,
    signature: await expectedSignature(SECRET, body),
  };
}

async function consume(messages: { id: string; timestamp: Date; attempts: number; body: unknown }[]) {
  const batch = createMessageBatch(TELEGRAM_WEBHOOK_QUEUE, messages);
  const ctx = createExecutionContext();
  await worker.queue(batch as MessageBatch<never>, env);
  return getQueueResult(batch, ctx);
}

describe("webhook deliveries", { timeout: 30_000 }, () => {
  it("acks a delivered post, retries a failed one, and marks the webhook failing at the last attempt", async () => {
    const { headers } = await createTestApiKey();
    const me = await signedInSession(headers, "+9996677001");
    await call("PUT", `/sessions/${me.sessionId}/webhook`, headers, { url: hookUrl("r1"), secret: SECRET });
    const now = new Date();

    const ok = await consume([{ id: "a", timestamp: now, attempts: 1, body: await delivery(me.sessionId, "r1", 1) }]);
    expect(ok.explicitAcks).toEqual(["a"]);
    expect((await receivedAt("r1")).map((r) => r.deliveryId)).toEqual([`${me.sessionId}:1`]);
    expect((await receivedAt("r1")).map((r) => r.updateId)).toEqual(["deleted:1"]);

    await failNextPosts("r1", 10, 503);
    const first = await consume([
      { id: "b", timestamp: now, attempts: 1, body: await delivery(me.sessionId, "r1", 2) },
    ]);
    const third = await consume([
      { id: "c", timestamp: now, attempts: 3, body: await delivery(me.sessionId, "r1", 2) },
    ]);
    // (getQueueResult does not report the delays: api/telegram/retry-delay.unit.test.ts checks them.)
    expect(first.retryMessages).toEqual([{ msgId: "b" }]);
    expect(third.retryMessages).toEqual([{ msgId: "c" }]);
    expect((await call("GET", `/sessions/${me.sessionId}/webhook`, headers)).json.data.webhook.failing).toBe(false);

    const last = await consume([
      { id: "d", timestamp: now, attempts: WEBHOOK_MAX_ATTEMPTS, body: await delivery(me.sessionId, "r1", 2) },
    ]);
    expect(last.retryMessages).toEqual([]);
    expect(last.explicitAcks).toEqual(["d"]);
    const state = await call("GET", `/sessions/${me.sessionId}/webhook`, headers);
    expect(state.json.data).toEqual({ webhook: { url: hookUrl("r1"), failing: true } });

    // PUT again: a fresh start.
    const again = await call("PUT", `/sessions/${me.sessionId}/webhook`, headers, {
      url: hookUrl("r1"),
      secret: SECRET,
    });
    expect(again.json.data.webhook.failing).toBe(false);
  });

  it("does not mark a newer webhook failing for an old URL's last failure", async () => {
    const { headers } = await createTestApiKey();
    const me = await signedInSession(headers, "+9996677002");
    await call("PUT", `/sessions/${me.sessionId}/webhook`, headers, { url: hookUrl("r2-new"), secret: SECRET });
    await failNextPosts("r2-old", 1, 500);
    await consume([
      {
        id: "e",
        timestamp: new Date(),
        attempts: WEBHOOK_MAX_ATTEMPTS,
        body: await delivery(me.sessionId, "r2-old", 1),
      },
    ]);
    expect((await call("GET", `/sessions/${me.sessionId}/webhook`, headers)).json.data.webhook.failing).toBe(false);
  });
});
