import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { handlePushBatch, type PushQueueMessage } from "../api/queue.ts";

describe("PUSH_QUEUE consumer", () => {
  it("the PUSH_QUEUE consumer acknowledges jobs, redeliveries and unknown messages alike", async () => {
    const job = {
      kind: "newMessage",
      jobId: `grp_${"a".repeat(32)}:7`,
      chatId: `grp_${"a".repeat(32)}`,
      seq: 7,
      senderId: "usr_a",
      recipientIds: ["usr_b"],
      createdAt: 1,
    };
    const batch = createMessageBatch<PushQueueMessage>("big-gateway-dev-push", [
      { id: "m1", timestamp: new Date(), attempts: 1, body: job },
      { id: "m2", timestamp: new Date(), attempts: 2, body: job },
      { id: "m3", timestamp: new Date(), attempts: 1, body: { kind: "mystery" } },
    ]);
    const ctx = createExecutionContext();
    await handlePushBatch(batch, env);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks.sort()).toEqual(["m1", "m2", "m3"]);
    expect(result.retryMessages).toEqual([]);
  });
});
