import { describe, expect, it } from "vitest";
import type { Message } from "../openapi/messaging-types.ts";
import { allUpdates, api, createGroup, drain, history, openDialog, users } from "./helpers/messaging.ts";

describe("POST /chats/{chatId}/messages is idempotent by clientMessageId", () => {
  it("a sequential repeat returns the original (200) and stores nothing new", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    const first = await api<Message>(alice, "POST", `/chats/${chatId}/messages`, {
      clientMessageId: "retry-1",
      text: "hello",
    });
    expect(first.status).toBe(201);
    // A retry with different text still returns what was stored: the first one wins.
    const repeat = await api<Message>(alice, "POST", `/chats/${chatId}/messages`, {
      clientMessageId: "retry-1",
      text: "hello!!",
    });
    expect(repeat.status).toBe(200);
    expect(repeat.body.data).toEqual(first.body.data);
    expect((await history(bob, chatId)).map((m) => m.text)).toEqual(["hello"]);
    await drain(chatId);
    expect((await allUpdates(bob)).filter((u) => u.type === "newMessage")).toHaveLength(1);
  });

  it("20 concurrent repeats produce one message; every answer is that message", async () => {
    const [alice, bob, carol] = await users(3);
    if (!alice || !bob || !carol) throw new Error("users");
    const chatId = await createGroup(alice, [bob, carol]);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        api<Message>(bob, "POST", `/chats/${chatId}/messages`, { clientMessageId: "race-1", text: "only once" }),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(19);
    const seqs = new Set(answers.map((a) => a.body.data.seq));
    expect([...seqs]).toEqual([1]);
    expect(await history(carol, chatId)).toHaveLength(1);
    await drain(chatId);
    for (const member of [alice, bob, carol]) {
      expect(
        (await allUpdates(member)).filter((u) => u.type === "newMessage"),
        member.userId,
      ).toHaveLength(1);
    }
  });

  it("the same clientMessageId from two senders makes two messages (the key is per sender)", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    const a = await api<Message>(alice, "POST", `/chats/${chatId}/messages`, {
      clientMessageId: "same",
      text: "from alice",
    });
    const b = await api<Message>(bob, "POST", `/chats/${chatId}/messages`, {
      clientMessageId: "same",
      text: "from bob",
    });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect([a.body.data.seq, b.body.data.seq]).toEqual([1, 2]);
  });

  it("ignores server-owned fields in the body: seq, senderId, createdAt cannot be chosen", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    const forged = await api(alice, "POST", `/chats/${chatId}/messages`, {
      clientMessageId: "forged",
      text: "x",
      seq: 99,
      senderId: bob.userId,
      createdAt: 1,
    });
    // Unknown fields are refused outright rather than silently dropped.
    expect(forged.status).toBe(400);
    expect(await history(alice, chatId)).toEqual([]);
    const honest = await api<Message>(alice, "POST", `/chats/${chatId}/messages`, { clientMessageId: "ok", text: "x" });
    expect(honest.body.data).toMatchObject({ seq: 1, senderId: alice.userId, status: "sent" });
  });
});
