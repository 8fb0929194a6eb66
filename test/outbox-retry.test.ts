import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { allUpdates, chatStub, createGroup, drain, send, users } from "./helpers/messaging.ts";

const newMessageSeqs = async (user: Parameters<typeof allUpdates>[0]) =>
  (await allUpdates(user)).flatMap((u) => (u.type === "newMessage" ? [u.message.seq] : []));

const userStub = (userId: string) => env.USER.get(env.USER.idFromName(userId));

describe("outbox retries", () => {
  it("retries a member whose delivery fails, in order, without holding back the others", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await createGroup(alice, [bob]);
    await drain(chatId);

    // Make bob's UserDO refuse deliveries for real: it believes it belongs to someone else.
    const setOwner = (owner: string) =>
      runInDurableObject(userStub(bob.userId), (_instance, state) => {
        state.storage.sql.exec("UPDATE meta SET value = ? WHERE key = 'owner'", owner);
      });
    await setOwner("usr_someone_else");

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

    await setOwner(bob.userId);
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
