import { describe, expect, it } from "vitest";
import { api, drain, history, openDialog, send, users } from "./helpers/messaging.ts";
import { createTestUser } from "./helpers/users.ts";

describe("POST /chats/dialogs", () => {
  it("gives the same pair the same chat, whoever opens it, and creates it once", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const first = await api<{ chat: { id: string; kind: string; peerId: string } }>(alice, "POST", "/chats/dialogs", {
      userId: bob.userId,
    });
    expect(first.status).toBe(201);
    expect(first.body.data.chat).toMatchObject({ kind: "dialog", peerId: bob.userId });
    const again = await api<{ chat: { id: string } }>(alice, "POST", "/chats/dialogs", { userId: bob.userId });
    expect(again.status).toBe(200);
    const fromBob = await api<{ chat: { id: string; peerId: string } }>(bob, "POST", "/chats/dialogs", {
      userId: alice.userId,
    });
    expect(fromBob.status).toBe(200);
    expect(again.body.data.chat.id).toBe(first.body.data.chat.id);
    expect(fromBob.body.data.chat.id).toBe(first.body.data.chat.id);
    expect(fromBob.body.data.chat.peerId).toBe(alice.userId);
  });

  it("opens Saved messages with oneself: one member, and one's own messages are read", async () => {
    const me = await createTestUser();
    const res = await api<{ chat: { id: string; title: string; memberCount: number; peerId: string } }>(
      me,
      "POST",
      "/chats/dialogs",
      { userId: me.userId },
    );
    expect(res.status).toBe(201);
    expect(res.body.data.chat).toMatchObject({ title: "Saved messages", memberCount: 1, peerId: me.userId });
    const chatId = res.body.data.chat.id;
    const note = await send(me, chatId, "buy milk");
    expect(note.status).toBe("read");
    await drain(chatId);
    const list = await api<{ chats: { chatId: string; unreadCount: number }[] }>(me, "GET", "/chats");
    expect(list.body.data.chats).toEqual([expect.objectContaining({ chatId, unreadCount: 0 })]);
  });

  it("answers 404 for a user that does not exist, and 400 for a malformed id or body", async () => {
    const me = await createTestUser();
    expect((await api(me, "POST", "/chats/dialogs", { userId: "usr_nobody" })).status).toBe(404);
    for (const body of [{}, { userId: "" }, { userId: "../etc" }, { userId: 5 }, { userId: "usr_x", extra: 1 }]) {
      const res = await api(me, "POST", "/chats/dialogs", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
    }
    expect((await api(me, "POST", "/chats/dialogs", "{nope")).status).toBe(400);
    expect(
      (await api(me, "POST", "/chats/dialogs", { userId: me.userId }, { "content-type": "text/plain" })).status,
    ).toBe(415);
    expect((await api(null, "POST", "/chats/dialogs", { userId: me.userId })).status).toBe(401);
  });

  it("shows the dialog to the peer once it has a message, with the message as preview and unread count", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    await drain(chatId);
    const before = await api<{ chats: unknown[] }>(bob, "GET", "/chats");
    expect(before.body.data.chats).toEqual([]);
    // (Bob opening it himself would list it at once: see the next test.)
    await send(alice, chatId, "hi bob");
    await drain(chatId);
    const after = await api<{
      chats: { chatId: string; peerId: string; unreadCount: number; lastMessage: { text: string } }[];
    }>(bob, "GET", "/chats");
    expect(after.body.data.chats).toEqual([
      expect.objectContaining({
        chatId,
        peerId: alice.userId,
        unreadCount: 1,
        lastMessage: expect.objectContaining({ text: "hi bob" }),
      }),
    ]);
    expect((await history(bob, chatId)).map((m) => m.text)).toEqual(["hi bob"]);
  });

  it("lists an existing dialog for the peer who opens it, before any message", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    expect(await openDialog(bob, alice)).toBe(chatId);
    await drain(chatId);
    const list = await api<{ chats: { chatId: string; peerId: string; lastMessage: unknown }[] }>(bob, "GET", "/chats");
    expect(list.body.data.chats).toEqual([
      expect.objectContaining({ chatId, peerId: alice.userId, lastMessage: null }),
    ]);
    // Announced once: a later message does not list it twice or announce it again.
    await send(alice, chatId, "hi");
    await drain(chatId);
    const updates = await api<{ updates: { type: string }[] }>(bob, "GET", "/updates?since=0");
    expect(updates.body.data.updates.map((u) => u.type)).toEqual(["chatUpdated", "newMessage"]);
  });
});
