import { env, evictDurableObject, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { messagingLimits } from "../durable/config.ts";
import { freshHealthChecks } from "./helpers/app-with-probe.ts";
import { allUpdates, chatStub, createGroup, drain, history, send, users } from "./helpers/messaging.ts";

const newMessageSeqs = async (user: Parameters<typeof allUpdates>[0]) =>
  (await allUpdates(user)).flatMap((u) => (u.type === "newMessage" ? [u.message.seq] : []));

const userStub = (userId: string) => env.USER.get(env.USER.idFromName(userId));
/**
 * Makes a user's object refuse deliveries for real: it believes it belongs to `owner`. The object
 * keeps its owner in memory once read (it never changes), so it is evicted to read the new one.
 */
const setOwner = async (userId: string, owner: string) => {
  await runInDurableObject(userStub(userId), (_instance, state) => {
    state.storage.sql.exec("UPDATE meta SET value = ? WHERE key = 'owner'", owner);
  });
  await evictDurableObject(userStub(userId));
};

describe("outbox retries", () => {
  it("retries a member whose delivery fails, in order, without holding back the others", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await createGroup(alice, [bob]);
    await drain(chatId);

    await setOwner(bob.userId, "usr_someone_else");

    await send(alice, chatId, "one");
    await send(alice, chatId, "two");
    await runDurableObjectAlarm(chatStub(chatId));
    await send(alice, chatId, "three");
    await runDurableObjectAlarm(chatStub(chatId));

    const pending = await runInDurableObject(chatStub(chatId), (_instance, state) => ({
      rows: state.storage.sql
        .exec<{ recipient: string; attempts: number; last_error: string | null }>(
          "SELECT recipient, attempts, last_error FROM outbox ORDER BY id",
        )
        .toArray(),
    }));
    // Alice got all three; bob's rows wait for their retry, the first ones marked as failed.
    expect(await newMessageSeqs(alice)).toEqual([1, 2, 3]);
    expect(pending.rows.map((r) => r.recipient)).toEqual([bob.userId, bob.userId, bob.userId]);
    expect(pending.rows[0]?.attempts).toBeGreaterThanOrEqual(1);
    expect(pending.rows[0]?.last_error).toContain("different user");
    // The alarm stays set for the retry (and only for it).
    expect(await runInDurableObject(chatStub(chatId), (_i, state) => state.storage.getAlarm())).not.toBeNull();

    await setOwner(bob.userId, bob.userId);
    // The retry waits for its backoff (unit-tested with a fake clock in durable/chat/outbox.unit.test.ts):
    // here the wait is skipped by making bob's rows due, then the next drain delivers everything.
    await runInDurableObject(chatStub(chatId), (_instance, state) => {
      state.storage.sql.exec("UPDATE outbox SET next_attempt_at = 0");
    });
    await drain(chatId);
    expect(await newMessageSeqs(bob)).toEqual([1, 2, 3]);
    expect(await runInDurableObject(chatStub(chatId), (_i, state) => state.storage.getAlarm())).toBeNull();
  });
});

describe("an outbox row that keeps failing", () => {
  it("is dead-lettered after OUTBOX_MAX_ATTEMPTS, counted in health, and the recipient's later rows go on", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await createGroup(alice, [bob]);
    await drain(chatId);
    await setOwner(bob.userId, "usr_someone_else");
    const countedBefore = (await freshHealthChecks()).outboxDeadLetters?.count ?? 0;

    await send(alice, chatId, "never reaches bob live");
    const maxAttempts = messagingLimits(env).OUTBOX_MAX_ATTEMPTS;
    // Each alarm is one attempt; between them the backoff's wait is skipped by making the row due.
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      await runInDurableObject(chatStub(chatId), (_instance, state) => {
        state.storage.sql.exec("UPDATE outbox SET next_attempt_at = 0");
      });
      await runDurableObjectAlarm(chatStub(chatId));
    }
    const dead = await runInDurableObject(chatStub(chatId), (_instance, state) => ({
      outbox: state.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM outbox").one().n,
      dead: state.storage.sql
        .exec<{ recipient: string; attempts: number }>("SELECT recipient, attempts FROM outbox_dead")
        .toArray(),
    }));
    expect(dead).toEqual({ outbox: 0, dead: [{ recipient: bob.userId, attempts: maxAttempts }] });
    const recorded = await env.DB.prepare(
      "SELECT recipient, kind, attempts, last_error FROM outbox_dead_letters WHERE chat_id = ?",
    )
      .bind(chatId)
      .all<{ recipient: string; kind: string; attempts: number; last_error: string }>();
    expect(recorded.results).toEqual([
      {
        recipient: bob.userId,
        kind: "newMessage",
        attempts: maxAttempts,
        last_error: expect.stringContaining("different user"),
      },
    ]);

    // Health reports the count and stays 200: the loss is past, the Worker is fine.
    expect((await freshHealthChecks()).outboxDeadLetters).toMatchObject({ ok: true, count: countedBefore + 1 });

    // Bob's object works again: his later rows go on, and the lost one is healed by history.
    await setOwner(bob.userId, bob.userId);
    await send(alice, chatId, "after the gap");
    await drain(chatId);
    expect(await newMessageSeqs(bob)).toEqual([2]);
    expect((await history(bob, chatId)).map((m) => m.seq)).toEqual([1, 2]);
  });
});
