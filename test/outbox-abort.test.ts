import { abortAllDurableObjects, env, evictDurableObject, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ChatEvent } from "../durable/chat/rpc.ts";
import { ChatStore } from "../durable/chat/store.ts";
import { allUpdates, api, chatStub, createGroup, drain, history, outboxRows, users } from "./helpers/messaging.ts";

const newMessageSeqs = async (user: Parameters<typeof allUpdates>[0]) =>
  (await allUpdates(user)).flatMap((u) => (u.type === "newMessage" ? [u.message.seq] : []));

describe("the outbox survives a ChatDO that dies between a write and its drain", () => {
  it("delivers once after an abort right after the commit, even to a member who already got it", async () => {
    const [alice, bob, carol] = await users(3);
    if (!alice || !bob || !carol) throw new Error("users");
    const chatId = await createGroup(alice, [bob, carol]);
    await drain(chatId);

    // The crash window, reproduced exactly: the message and its outbox rows commit, no alarm gets
    // scheduled, and the drain had reached bob (his UserDO applied the event) but had not yet
    // deleted the rows when the object died.
    const bobEvents = await runInDurableObject(chatStub(chatId), async (_instance, state) => {
      const store = new ChatStore(state.storage.sql);
      state.storage.transactionSync(() =>
        store.send(alice.userId, { clientMessageId: "crash-1", text: "survives the crash", attachments: [] }, null),
      );
      expect(await state.storage.getAlarm()).toBeNull();
      return state.storage.sql
        .exec<{ event_id: number; payload: string }>(
          "SELECT event_id, payload FROM outbox WHERE recipient = ? ORDER BY id",
          bob.userId,
        )
        .toArray()
        .map((row): ChatEvent => ({ eventId: row.event_id, body: row.payload }));
    });
    expect(bobEvents).toHaveLength(1);
    await env.USER.get(env.USER.idFromName(bob.userId)).applyChatEvents(bob.userId, chatId, bobEvents);
    expect(await newMessageSeqs(bob)).toEqual([1]);

    await abortAllDurableObjects();

    // The rows are still there (3 members + 1 push job); the revived object schedules its own drain.
    expect(await outboxRows(chatId)).toBe(4);
    await drain(chatId);
    for (const member of [alice, bob, carol]) {
      expect(await newMessageSeqs(member), member.userId).toEqual([1]);
      expect((await history(member, chatId)).map((m) => m.text)).toEqual(["survives the crash"]);
    }
  });

  it("delivers every message exactly once, in order, when all objects are aborted mid-drain", async () => {
    const members = await users(8);
    const [owner, ...others] = members;
    if (!owner) throw new Error("users");
    const chatId = await createGroup(owner, others);
    const senders = members.slice(0, 3);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => {
        const sender = senders[i % 3] ?? owner;
        return api(sender, "POST", `/chats/${chatId}/messages`, { clientMessageId: `abort-${i}`, text: `m${i}` });
      }),
    );
    expect(answers.every((a) => a.status === 201)).toBe(true);
    // The drain of 30 × 8 updates is under way (its alarm fired with the first send): kill it.
    await abortAllDurableObjects();
    await drain(chatId);
    const expected = Array.from({ length: 30 }, (_, i) => i + 1);
    for (const member of members) expect(await newMessageSeqs(member), member.userId).toEqual(expected);
  });

  it("delivers every message exactly once, in order, when the ChatDO is evicted mid-drain", async () => {
    const members = await users(6);
    const [owner, ...others] = members;
    if (!owner) throw new Error("users");
    const chatId = await createGroup(owner, others);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api(owner, "POST", `/chats/${chatId}/messages`, { clientMessageId: `evict-mid-${i}`, text: `m${i}` }),
      ),
    );
    expect(answers.every((a) => a.status === 201)).toBe(true);
    // The drain (its alarm fired with the first send) is under way: evict the chat's object.
    await evictDurableObject(chatStub(chatId));
    await drain(chatId);
    const expected = Array.from({ length: 20 }, (_, i) => i + 1);
    for (const member of members) expect(await newMessageSeqs(member), member.userId).toEqual(expected);
  });

  it("delivers after the ChatDO is evicted between writes and drain", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await createGroup(alice, [bob]);
    for (let i = 0; i < 5; i++) {
      await api(alice, "POST", `/chats/${chatId}/messages`, { clientMessageId: `evict-${i}`, text: `e${i}` });
    }
    await evictDurableObject(chatStub(chatId));
    await drain(chatId);
    expect(await newMessageSeqs(bob)).toEqual([1, 2, 3, 4, 5]);
  });
});
