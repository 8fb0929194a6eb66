import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { UserStore } from "../durable/user/store.ts";
import type { Update } from "../openapi/realtime-types.ts";
import { allUpdates, api, createGroup, drain, send, users } from "./helpers/messaging.ts";

type Page = { tooLong: boolean; updates?: Update[]; pts: number; hasMore?: boolean };

describe("GET /updates", () => {
  it("returns the caller's updates in pts order, one pts after another, paged with hasMore", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await createGroup(alice, [bob]);
    await send(alice, chatId, "one");
    await send(bob, chatId, "two");
    await api(bob, "POST", `/chats/${chatId}/read`, { upToSeq: 1 });
    await drain(chatId);

    const everything = await allUpdates(bob);
    expect(everything.map((u) => u.type)).toEqual(["chatUpdated", "newMessage", "newMessage", "read"]);
    expect(everything.map((u) => u.pts)).toEqual([1, 2, 3, 4]);
    expect(everything.every((u) => u.chatId === chatId)).toBe(true);

    const first = await api<Page>(bob, "GET", "/updates?since=0&limit=3");
    expect(first.body.data).toMatchObject({ tooLong: false, pts: 3, hasMore: true });
    expect(first.body.data.updates?.map((u) => u.pts)).toEqual([1, 2, 3]);
    const rest = await api<Page>(bob, "GET", `/updates?since=${first.body.data.pts}&limit=3`);
    expect(rest.body.data).toMatchObject({ tooLong: false, pts: 4, hasMore: false });
    expect(rest.body.data.updates?.map((u) => u.pts)).toEqual([4]);
    const upToDate = await api<Page>(bob, "GET", "/updates?since=4");
    expect(upToDate.body.data).toEqual({ tooLong: false, updates: [], pts: 4, hasMore: false });

    // Each user has a log of their own: alice's pts count her updates, not bob's.
    expect((await allUpdates(alice)).map((u) => u.pts)).toEqual([1, 2, 3, 4]);
  });

  it("answers tooLong when `since` is older than the retained window, or ahead of the log", async () => {
    const [carol] = await users(1);
    if (!carol) throw new Error("users");
    const chatId = `grp_${"c".repeat(32)}`;
    const chat = {
      id: chatId,
      kind: "group" as const,
      title: "Log",
      about: "",
      peerId: null,
      memberCount: 1,
      createdBy: carol.userId,
      createdAt: 1,
      updatedAt: 1,
    };
    // 15 updates into a log that keeps 10 (the rule of UPDATE_LOG_RETENTION, at a small size).
    await runInDurableObject(env.USER.get(env.USER.idFromName(carol.userId)), (_instance, state) => {
      const store = new UserStore(state.storage.sql);
      store.bindOwner(carol.userId);
      const events = Array.from({ length: 15 }, (_, i) => ({
        eventId: i + 1,
        update: { type: "chatUpdated" as const, chatId, date: i, chat: { ...chat, title: `Log ${i}` } },
      }));
      state.storage.transactionSync(() => store.applyChatEvents(chatId, events, 10));
    });
    for (const since of [0, 4]) {
      const res = await api<Page>(carol, "GET", `/updates?since=${since}`);
      expect(res.body.data, `since=${since}`).toEqual({ tooLong: true, pts: 15 });
    }
    const retained = await api<Page>(carol, "GET", "/updates?since=5");
    expect(retained.body.data.tooLong).toBe(false);
    expect(retained.body.data.updates?.map((u) => u.pts)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect((await api<Page>(carol, "GET", "/updates?since=16")).body.data).toEqual({ tooLong: true, pts: 15 });
  });
});
