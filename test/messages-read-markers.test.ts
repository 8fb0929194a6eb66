import { describe, expect, it } from "vitest";
import type { ChatListItem } from "../openapi/messaging-types.ts";
import type { Update } from "../openapi/realtime-types.ts";
import { allUpdates, api, createGroup, drain, history, send, users } from "./helpers/messaging.ts";

type ReadState = { readSeq: number; unreadCount: number };

async function listEntry(user: Parameters<typeof api>[0], chatId: string) {
  const res = await api<{ chats: ChatListItem[] }>(user, "GET", "/chats");
  return res.body.data.chats.find((c) => c.chatId === chatId);
}

async function details(user: Parameters<typeof api>[0], chatId: string) {
  return (await api<{ unreadCount: number; readSeq: number }>(user, "GET", `/chats/${chatId}`)).body.data;
}

describe("read markers and unread counts", () => {
  it("count unread per member, move only forward, and turn the sender's status to read", async () => {
    const [alice, bob, carol] = await users(3);
    if (!alice || !bob || !carol) throw new Error("users");
    const chatId = await createGroup(alice, [bob, carol]);
    for (let i = 1; i <= 5; i++) await send(alice, chatId, `a${i}`); // seq 1..5
    await send(bob, chatId, "b1"); // seq 6
    await drain(chatId);

    // Two members, two counts: bob has 5 of alice's unread, carol all 6; own messages never count.
    expect(await details(bob, chatId)).toMatchObject({ unreadCount: 5, readSeq: 0 });
    expect(await details(carol, chatId)).toMatchObject({ unreadCount: 6, readSeq: 0 });
    expect(await listEntry(bob, chatId)).toMatchObject({ unreadCount: 5 });
    expect(await listEntry(carol, chatId)).toMatchObject({ unreadCount: 6 });
    expect((await history(alice, chatId)).map((m) => m.status)).toEqual([
      "sent",
      "sent",
      "sent",
      "sent",
      "sent",
      undefined,
    ]);

    const read = await api<ReadState>(bob, "POST", `/chats/${chatId}/read`, { upToSeq: 3 });
    expect(read.status).toBe(200);
    expect(read.body.data).toEqual({ readSeq: 3, unreadCount: 2 });

    // Backwards is a no-op, not an error, and not a change.
    const back = await api<ReadState>(bob, "POST", `/chats/${chatId}/read`, { upToSeq: 1 });
    expect(back.body.data).toEqual({ readSeq: 3, unreadCount: 2 });
    // Past the end is capped at the last message.
    const far = await api<ReadState>(carol, "POST", `/chats/${chatId}/read`, { upToSeq: 1000 });
    expect(far.body.data).toEqual({ readSeq: 6, unreadCount: 0 });

    await drain(chatId);
    expect(await details(bob, chatId)).toMatchObject({ unreadCount: 2, readSeq: 3 });
    expect(await listEntry(bob, chatId)).toMatchObject({ unreadCount: 2, readSeq: 3 });
    expect(await listEntry(carol, chatId)).toMatchObject({ unreadCount: 0, readSeq: 6 });

    // Carol read everything: alice's messages are all "read" (a group message is read once anyone read it).
    expect((await history(alice, chatId)).map((m) => m.status)).toEqual([
      "read",
      "read",
      "read",
      "read",
      "read",
      undefined,
    ]);
    // Bob's b1 is read by carol.
    expect((await history(bob, chatId)).at(-1)?.status).toBe("read");

    // The authors heard of each read once; the backwards call told no one.
    const readsForAlice = (await allUpdates(alice)).filter(
      (u): u is Extract<Update, { type: "read" }> => u.type === "read",
    );
    expect(readsForAlice.map((u) => [u.userId, u.upToSeq])).toEqual([
      [bob.userId, 3],
      [carol.userId, 6],
    ]);
    const readsForBob = (await allUpdates(bob)).filter(
      (u): u is Extract<Update, { type: "read" }> => u.type === "read",
    );
    // Bob's own read (with his unread count, for his other devices), then carol's read of his b1.
    expect(readsForBob.map((u) => [u.userId, u.upToSeq, u.unreadCount])).toEqual([
      [bob.userId, 3, 2],
      [carol.userId, 6, undefined],
    ]);
  });

  it("a dialog message goes sent → read when the partner reads it", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = (await api<{ chat: { id: string } }>(alice, "POST", "/chats/dialogs", { userId: bob.userId })).body
      .data.chat.id;
    const sent = await send(alice, chatId, "ping");
    expect(sent.status).toBe("sent");
    await api(bob, "POST", `/chats/${chatId}/read`, { upToSeq: sent.seq });
    expect((await history(alice, chatId))[0]?.status).toBe("read");
  });

  it("refuses a bad upToSeq without moving the marker", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await createGroup(alice, [bob]);
    await send(alice, chatId, "x");
    for (const body of [
      {},
      { upToSeq: 0 },
      { upToSeq: -1 },
      { upToSeq: 1.5 },
      { upToSeq: "1" },
      { upToSeq: 1, readAt: 5 },
    ]) {
      const res = await api(bob, "POST", `/chats/${chatId}/read`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(await details(bob, chatId)).toMatchObject({ readSeq: 0, unreadCount: 1 });
  });
});
