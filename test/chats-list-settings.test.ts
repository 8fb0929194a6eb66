import { describe, expect, it } from "vitest";
import type { ChatListItem } from "../openapi/messaging-types.ts";
import { allUpdates, api, createGroup, drain, send, users } from "./helpers/messaging.ts";

type ListPage = { chats: ChatListItem[]; nextCursor: string | null };

describe("GET /chats and PATCH /chats/{chatId}/settings", () => {
  it("lists chats by latest activity with previews, pages with a cursor, and puts pinned chats first", async () => {
    const [me, ...others] = await users(5);
    if (!me) throw new Error("users");
    const chatIds: string[] = [];
    for (const [i, other] of others.entries()) {
      const chatId = await createGroup(other, [me], `g${i}`);
      chatIds.push(chatId);
    }
    // Activity order: g2, g0, g3 (g1 has no message: it is ordered by its creation).
    for (const i of [3, 0, 2]) {
      const other = others[i];
      const chatId = chatIds[i];
      if (!other || !chatId) throw new Error("setup");
      await send(other, chatId, `hello from g${i}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    for (const chatId of chatIds) await drain(chatId);

    const titles = async (limit: number) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `/chats?limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`;
        const page: { body: { data: ListPage } } = await api<ListPage>(me, "GET", query);
        seen.push(...page.body.data.chats.map((c) => c.title ?? ""));
        cursor = page.body.data.nextCursor;
      } while (cursor);
      return seen;
    };
    expect(await titles(100)).toEqual(["g2", "g0", "g3", "g1"]);
    expect(await titles(1)).toEqual(["g2", "g0", "g3", "g1"]);

    const first = (await api<ListPage>(me, "GET", "/chats")).body.data.chats[0];
    expect(first).toMatchObject({
      title: "g2",
      unreadCount: 1,
      lastMessage: { text: "hello from g2", seq: 1 },
      pinned: false,
      muted: false,
    });

    const pinned = await api<ChatListItem>(me, "PATCH", `/chats/${chatIds[1]}/settings`, { pinned: true });
    expect(pinned.status).toBe(200);
    expect(pinned.body.data).toMatchObject({ title: "g1", pinned: true });
    expect(await titles(2)).toEqual(["g1", "g2", "g0", "g3"]);
  });

  it("mutes (until a time, or for good) and unmutes, telling only the caller's own update log", async () => {
    const [me, other] = await users(2);
    if (!me || !other) throw new Error("users");
    const chatId = await createGroup(other, [me]);
    await drain(chatId);
    const forever = await api<ChatListItem>(me, "PATCH", `/chats/${chatId}/settings`, { muted: true });
    expect(forever.body.data).toMatchObject({ muted: true, mutedUntil: null });
    const future = Date.now() + 3_600_000;
    const until = await api<ChatListItem>(me, "PATCH", `/chats/${chatId}/settings`, { mutedUntil: future });
    expect(until.body.data).toMatchObject({ muted: true, mutedUntil: future });
    const past = await api<ChatListItem>(me, "PATCH", `/chats/${chatId}/settings`, { mutedUntil: Date.now() - 1000 });
    expect(past.body.data.muted).toBe(false);
    const unmuted = await api<ChatListItem>(me, "PATCH", `/chats/${chatId}/settings`, { muted: false });
    expect(unmuted.body.data).toMatchObject({ muted: false, mutedUntil: null });

    const settingsUpdates = (await allUpdates(me)).filter((u) => u.type === "chatUpdated" && u.settings);
    expect(settingsUpdates).toHaveLength(4);
    await drain(chatId);
    expect((await allUpdates(other)).filter((u) => u.type === "chatUpdated" && u.settings)).toEqual([]);
  });
});
