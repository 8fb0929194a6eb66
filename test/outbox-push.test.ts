import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { PUSH_RECIPIENT } from "../durable/chat/schema.ts";
import { ChatStore } from "../durable/chat/store.ts";
import { pushJobSchema } from "../durable/push-job.ts";
import { chatStub, drain, openDialog, outboxRows, users } from "./helpers/messaging.ts";

describe("push jobs", () => {
  it("a new message queues one push job for the other members, in the same transaction as the message", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    await drain(chatId);
    const rows = await runInDurableObject(chatStub(chatId), async (_instance, state) => {
      const store = new ChatStore(state.storage.sql);
      state.storage.transactionSync(() =>
        store.send(alice.userId, { clientMessageId: "push-1", text: "ring ring", attachmentIds: [] }, null),
      );
      const committed = state.storage.sql
        .exec<{ recipient: string; payload: string }>("SELECT recipient, payload FROM outbox ORDER BY id")
        .toArray();
      // What ChatDO.write does after the transaction: wake the drain.
      await state.storage.setAlarm(Date.now());
      return committed;
    });
    // The peer's first message: chatUpdated for bob, newMessage for both, and the push job.
    expect(rows.map((r) => r.recipient)).toEqual([bob.userId, alice.userId, bob.userId, PUSH_RECIPIENT]);
    const job = pushJobSchema.parse(JSON.parse(rows[3]?.payload ?? "null"));
    expect(job).toMatchObject({
      kind: "newMessage",
      jobId: `${chatId}:1`,
      seq: 1,
      senderId: alice.userId,
      recipientIds: [bob.userId],
    });
    expect(JSON.stringify(job)).not.toContain("ring ring"); // no message text on the queue
    await drain(chatId);
    expect(await outboxRows(chatId)).toBe(0);
  });
});
