import { describe, expect, it } from "vitest";
import type { SearchHit } from "../openapi/search.ts";
import { SEARCH_FANOUT_CHATS } from "../openapi/search.ts";
import { api, createGroup, drain, openDialog, send, users } from "./helpers/messaging.ts";

type Result = { hits: SearchHit[]; chatsSearched: number; moreChats: boolean };

describe("GET /search across the caller's chats", () => {
  it("merges hits of several chats and never shows a chat the caller is not in", async () => {
    const [alice, bob, carol, eve] = await users(4);
    if (!alice || !bob || !carol || !eve) throw new Error("users");
    const dialog = await openDialog(alice, bob);
    const group = await createGroup(alice, [carol]);
    const secret = await createGroup(eve, [bob]);
    await send(bob, dialog, "the quarterly report is late");
    await send(carol, group, "report report: who writes the report?");
    await send(eve, secret, "report on alice, do not share");
    for (const chatId of [dialog, group, secret]) await drain(chatId);
    const res = await api<Result>(alice, "GET", "/search?q=report");
    expect(res.status).toBe(200);
    expect(res.body.data.chatsSearched).toBe(2);
    expect(res.body.data.moreChats).toBe(false);
    expect(res.body.data.hits.map((h) => h.message.chatId).sort()).toEqual([dialog, group].sort());
    expect(JSON.stringify(res.body.data)).not.toContain("do not share");
    expect(res.body.data.hits[0]?.matches.length).toBeGreaterThan(0);
  });

  it(`asks at most ${SEARCH_FANOUT_CHATS} chats and says so when there are more`, async () => {
    const [alice, ...others] = await users(SEARCH_FANOUT_CHATS + 2);
    if (!alice) throw new Error("users");
    for (const other of others) {
      const chatId = await openDialog(alice, other);
      await send(alice, chatId, `needle for ${other.userId}`);
      await drain(chatId);
    }
    const res = await api<Result>(alice, "GET", "/search?q=needle&limit=50");
    expect(res.body.data.chatsSearched).toBe(SEARCH_FANOUT_CHATS);
    expect(res.body.data.moreChats).toBe(true);
    expect(res.body.data.hits).toHaveLength(SEARCH_FANOUT_CHATS);
    // 22 sign-ins and 21 chats: slow on a busy machine, not a figure of search.
  }, 60_000);

  it("bad queries get a 400 envelope; no token 401", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    for (const query of ["", "?q=", "?q=a&limit=0", "?q=a&limit=x"]) {
      const res = await api(alice, "GET", `/search${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.success).toBe(false);
    }
    expect((await api(null, "GET", "/search?q=a")).status).toBe(401);
  });
});
