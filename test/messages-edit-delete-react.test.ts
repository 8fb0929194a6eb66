import { describe, expect, it } from "vitest";
import type { ChatListItem, Message } from "../openapi/messaging-types.ts";
import type { Update } from "../openapi/realtime-types.ts";
import { allUpdates, api, createGroup, drain, history, openDialog, send, users } from "./helpers/messaging.ts";

const ofType = <T extends Update["type"]>(updates: Update[], type: T) =>
  updates.filter((u): u is Extract<Update, { type: T }> => u.type === type);

describe("edits, deletes and reactions reach every member", () => {
  it("an edit shows in every member's history and /updates, with editedAt", async () => {
    const [alice, bob, carol] = await users(3);
    if (!alice || !bob || !carol) throw new Error("users");
    const chatId = await createGroup(alice, [bob, carol]);
    const sent = await send(alice, chatId, "meet at 8");
    const edited = await api<Message>(alice, "PATCH", `/chats/${chatId}/messages/${sent.seq}`, { text: "meet at 9" });
    expect(edited.status).toBe(200);
    expect(edited.body.data.editedAt).toEqual(expect.any(Number));
    await drain(chatId);
    for (const member of [alice, bob, carol]) {
      expect((await history(member, chatId))[0]).toMatchObject({
        text: "meet at 9",
        editedAt: edited.body.data.editedAt,
      });
      const edits = ofType(await allUpdates(member), "messageEdited");
      expect(edits.map((u) => [u.message.seq, u.message.text])).toEqual([[sent.seq, "meet at 9"]]);
    }
    const list = await api<{ chats: ChatListItem[] }>(bob, "GET", "/chats");
    expect(list.body.data.chats[0]?.lastMessage?.text).toBe("meet at 9");
  });

  it("only the author edits: another member gets 403 and the text stays", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    const sent = await send(alice, chatId, "mine");
    const res = await api(bob, "PATCH", `/chats/${chatId}/messages/${sent.seq}`, { text: "hijacked" });
    expect(res.status).toBe(403);
    expect((await history(alice, chatId))[0]?.text).toBe("mine");
  });

  it("a delete for everyone erases the text from every history, /updates and the chat previews", async () => {
    const [alice, bob, carol] = await users(3);
    if (!alice || !bob || !carol) throw new Error("users");
    const chatId = await createGroup(alice, [bob, carol]);
    await send(alice, chatId, "first");
    const secret = await send(bob, chatId, "oops, my password");
    const del = await api(bob, "DELETE", `/chats/${chatId}/messages/${secret.seq}?forEveryone=true`);
    expect(del.status).toBe(200);
    await drain(chatId);
    for (const member of [alice, bob, carol]) {
      expect((await history(member, chatId)).map((m) => m.text)).toEqual(["first"]);
      const updates = await allUpdates(member);
      const deletions = ofType(updates, "messageDeleted");
      expect(deletions).toEqual([
        expect.objectContaining({
          seq: secret.seq,
          forEveryone: true,
          lastMessage: expect.objectContaining({ text: "first" }),
        }),
      ]);
      const list = await api<{ chats: ChatListItem[] }>(member, "GET", "/chats");
      expect(list.body.data.chats[0]?.lastMessage?.text).toBe("first");
      expect(JSON.stringify(list.body.data)).not.toContain("password");
      // Even the update that first carried the message no longer has its text.
      expect(JSON.stringify(updates)).not.toContain("password");
      expect(updates.find((u) => u.type === "newMessage" && u.message.seq === secret.seq)).toMatchObject({
        message: { text: "" },
      });
    }
    // And carol, who had not read it, no longer counts it as unread.
    const carolList = await api<{ chats: ChatListItem[] }>(carol, "GET", "/chats");
    expect(carolList.body.data.chats[0]?.unreadCount).toBe(1);
  });

  it("a dialog partner cannot delete your message for everyone; deleting for oneself hides it only for oneself", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    const sent = await send(alice, chatId, "alice's words");
    expect((await api(bob, "DELETE", `/chats/${chatId}/messages/${sent.seq}?forEveryone=true`)).status).toBe(403);
    expect((await api(bob, "DELETE", `/chats/${chatId}/messages/${sent.seq}`)).status).toBe(200);
    expect(await history(bob, chatId)).toEqual([]);
    expect((await history(alice, chatId)).map((m) => m.text)).toEqual(["alice's words"]);
    // Gone for bob: a second delete, an edit or a reaction finds nothing.
    expect((await api(bob, "DELETE", `/chats/${chatId}/messages/${sent.seq}`)).status).toBe(404);
    expect(
      (await api(bob, "PUT", `/chats/${chatId}/messages/${sent.seq}/reactions/${encodeURIComponent("👍")}`)).status,
    ).toBe(404);
    await drain(chatId);
    expect(ofType(await allUpdates(alice), "messageDeleted")).toEqual([]);
    expect(ofType(await allUpdates(bob), "messageDeleted")).toEqual([
      expect.objectContaining({ seq: sent.seq, forEveryone: false, lastMessage: null }),
    ]);
  });

  it("a group admin may delete anyone's message for everyone; a plain member may not", async () => {
    const [owner, bob, carol] = await users(3);
    if (!owner || !bob || !carol) throw new Error("users");
    const chatId = await createGroup(owner, [bob, carol]);
    const sent = await send(bob, chatId, "spam");
    expect((await api(carol, "DELETE", `/chats/${chatId}/messages/${sent.seq}?forEveryone=true`)).status).toBe(403);
    expect((await api(owner, "DELETE", `/chats/${chatId}/messages/${sent.seq}?forEveryone=true`)).status).toBe(200);
    expect(await history(carol, chatId)).toEqual([]);
  });

  it("reactions: one per user and emoji, idempotent, with counts on the message for every member", async () => {
    const [alice, bob, carol] = await users(3);
    if (!alice || !bob || !carol) throw new Error("users");
    const chatId = await createGroup(alice, [bob, carol]);
    const sent = await send(alice, chatId, "party?");
    const thumbs = encodeURIComponent("👍");
    const fire = encodeURIComponent("🔥");
    const path = `/chats/${chatId}/messages/${sent.seq}/reactions`;
    expect((await api(bob, "PUT", `${path}/${thumbs}`)).status).toBe(200);
    expect((await api(bob, "PUT", `${path}/${thumbs}`)).status).toBe(200); // repeat: no second reaction
    expect((await api(carol, "PUT", `${path}/${thumbs}`)).status).toBe(200);
    const last = await api<Message>(carol, "PUT", `${path}/${fire}`);
    expect(last.body.data.reactions).toEqual([
      { emoji: "👍", count: 2, mine: true },
      { emoji: "🔥", count: 1, mine: true },
    ]);
    const removed = await api<Message>(carol, "DELETE", `${path}/${fire}`);
    expect(removed.body.data.reactions).toEqual([{ emoji: "👍", count: 2, mine: true }]);
    expect((await api(carol, "DELETE", `${path}/${fire}`)).status).toBe(200); // repeat: nothing to remove

    await drain(chatId);
    for (const member of [alice, bob, carol]) {
      expect((await history(member, chatId))[0]?.reactions).toEqual([
        { emoji: "👍", count: 2, mine: member !== alice },
      ]);
      const reactions = ofType(await allUpdates(member), "reaction");
      // Four real changes (bob 👍, carol 👍, carol 🔥, carol un-🔥): the repeats told no one.
      expect(reactions.map((u) => [u.userId === bob.userId ? "bob" : "carol", u.emoji, u.added])).toEqual([
        ["bob", "👍", true],
        ["carol", "👍", true],
        ["carol", "🔥", true],
        ["carol", "🔥", false],
      ]);
      expect(reactions.at(-1)?.reactions).toEqual([{ emoji: "👍", count: 2 }]);
    }
  });
});
