import { describe, expect, it } from "vitest";
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

  it("answers tooLong when `since` is ahead of the log (the retention rule: durable/user/store.unit.test.ts)", async () => {
    const [carol] = await users(1);
    if (!carol) throw new Error("users");
    expect((await api<Page>(carol, "GET", "/updates?since=16")).body.data).toEqual({ tooLong: true, pts: 0 });
  });
});
