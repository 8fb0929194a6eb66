import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { type PushJob, pushJobSchema } from "../durable/chat/rpc.ts";
import { PUSH_RECIPIENT } from "../durable/chat/schema.ts";
import { ChatStore } from "../durable/chat/store.ts";
import { chatStub, createGroup, drain, openDialog, outboxRows, users } from "./helpers/messaging.ts";

const memberIds = (count: number) => Array.from({ length: count }, (_, i) => `usr_${String(i).padStart(32, "0")}`);

describe("push jobs", () => {
  it("a new message queues one push job for the other members, in the same transaction as the message", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    await drain(chatId);
    const rows = await runInDurableObject(chatStub(chatId), async (_instance, state) => {
      const store = new ChatStore(state.storage.sql);
      state.storage.transactionSync(() =>
        store.send(alice.userId, { clientMessageId: "push-1", text: "ring ring", attachments: [] }, null),
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

describe("push jobs reach the real Queue within its limits", () => {
  it("drains a backlog of big-group push jobs (MBs of recipient ids) through sendBatch", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await createGroup(alice, [bob]);
    await drain(chatId);

    // The push rows a 1,000-member group's backlog leaves behind: 150 jobs of 999 recipients
    // (~37 KB each, ~5.5 MB in all) and one job too big for a single Queue message (~185 KB).
    const backlog = await runInDurableObject(chatStub(chatId), async (_instance, state) => {
      const job = (seq: number, recipients: number): PushJob => ({
        kind: "newMessage",
        jobId: `${chatId}:${seq}`,
        chatId,
        seq,
        senderId: alice.userId,
        recipientIds: memberIds(recipients),
        createdAt: Date.now(),
      });
      const jobs = [...Array.from({ length: 150 }, (_, i) => job(i + 1, 999)), job(151, 5000)];
      for (const j of jobs) {
        state.storage.sql.exec(
          "INSERT INTO outbox (recipient, event_id, payload, next_attempt_at) VALUES (?, 0, ?, ?)",
          PUSH_RECIPIENT,
          JSON.stringify(j),
          Date.now(),
        );
      }
      await state.storage.setAlarm(Date.now()); // what ChatDO.write does after queuing rows
      return jobs.reduce((sum, j) => sum + JSON.stringify(j).length, 0);
    });
    expect(backlog).toBeGreaterThan(5_000_000);

    await runDurableObjectAlarm(chatStub(chatId));
    const left = await runInDurableObject(chatStub(chatId), (_instance, state) =>
      state.storage.sql
        .exec<{ n: number; error: string | null }>("SELECT COUNT(*) AS n, MAX(last_error) AS error FROM outbox")
        .one(),
    );
    // One alarm sent it all: no batch or message was refused by the Queue.
    expect(left).toEqual({ n: 0, error: null });
  });
});
