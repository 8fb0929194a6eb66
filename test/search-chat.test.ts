import { describe, expect, it } from "vitest";
import type { ChatSearchPage } from "../openapi/search.ts";
import { api, createGroup, openDialog, send, users } from "./helpers/messaging.ts";

const search = (user: Parameters<typeof api>[0], chatId: string, query: string) =>
  api<ChatSearchPage>(user, "GET", `/chats/${chatId}/search?${query}`);

describe("GET /chats/{chatId}/search (FTS5 in the chat's object, inside workerd)", () => {
  it("finds a member's words, ranked, highlighted, paged", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await createGroup(alice, [bob]);
    await send(alice, chatId, "Dinner at the café on Friday?");
    await send(bob, chatId, "friday works, dinner dinner dinner");
    await send(bob, chatId, "unrelated");
    const res = await search(bob, chatId, "q=dinner");
    expect(res.status).toBe(200);
    expect(res.body.data.hits.map((h) => h.message.text)).toEqual([
      "friday works, dinner dinner dinner",
      "Dinner at the café on Friday?",
    ]);
    const [, second] = res.body.data.hits;
    expect(second?.matches).toEqual([{ start: 0, end: 6 }]);
    expect(second?.message.text.slice(0, 6)).toBe("Dinner");
    const accents = await search(alice, chatId, "q=CAFE");
    expect(accents.body.data.hits.map((h) => h.message.text)).toEqual(["Dinner at the café on Friday?"]);
    const recent = await search(bob, chatId, "q=dinner&order=recent");
    expect(recent.body.data.hits.map((h) => h.message.seq)).toEqual([2, 1]);
    const page = await search(alice, chatId, "q=fri&limit=1");
    expect(page.body.data.hits).toHaveLength(1);
    expect(page.body.data.nextOffset).toBe(1);
    const rest = await search(alice, chatId, "q=fri&limit=1&offset=1");
    expect(rest.body.data.nextOffset).toBeNull();
    expect(rest.body.data.hits[0]?.message.seq).not.toBe(page.body.data.hits[0]?.message.seq);
  });

  it("edits and deletes change what is found; a message deleted for me is not found by me only", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    const secret = await send(alice, chatId, "my pin is 4711");
    const edited = await send(alice, chatId, "typo here");
    const mine = await send(bob, chatId, "embarrassing photo caption");
    await api(alice, "PATCH", `/chats/${chatId}/messages/${edited.seq}`, { text: "fixed now" });
    await api(alice, "DELETE", `/chats/${chatId}/messages/${secret.seq}?forEveryone=true`);
    await api(alice, "DELETE", `/chats/${chatId}/messages/${mine.seq}`);
    expect((await search(bob, chatId, "q=4711")).body.data.hits).toEqual([]);
    expect((await search(bob, chatId, "q=typo")).body.data.hits).toEqual([]);
    expect((await search(bob, chatId, "q=fixed")).body.data.hits).toHaveLength(1);
    expect((await search(alice, chatId, "q=embarrassing")).body.data.hits).toEqual([]);
    expect((await search(bob, chatId, "q=embarrassing")).body.data.hits).toHaveLength(1);
  });

  it("non-members and unknown chats get 404; bad queries get a 400 envelope, never a 5xx", async () => {
    const [alice, bob, eve] = await users(3);
    if (!alice || !bob || !eve) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    await send(alice, chatId, "for bob only");
    expect((await search(eve, chatId, "q=bob")).status).toBe(404);
    expect((await search(eve, `grp_${"0".repeat(32)}`, "q=bob")).status).toBe(404);
    expect((await search(null, chatId, "q=bob")).status).toBe(401);
    for (const bad of [
      "",
      "q=",
      "q=%20%20",
      `q=${"a".repeat(201)}`,
      "q=x&limit=0",
      "q=x&limit=51",
      "q=x&offset=-1",
      "q=x&offset=1001",
      "q=%22%28%2A%22",
    ]) {
      const res = await search(alice, chatId, bad);
      expect(res.status, `${bad}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.body.success).toBe(false);
      expect(res.body.error.code).toEqual(expect.any(String));
    }
    // FTS5 syntax is not syntax here: it is searched as words.
    const syntax = await search(alice, chatId, `q=${encodeURIComponent('bob OR NEAR("only"')}`);
    expect(syntax.status).toBe(200);
    expect(syntax.body.data.hits).toEqual([]);
  });
});
