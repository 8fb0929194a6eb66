import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { PageQuery } from "../durable/chat/rules.ts";
import { ChatStore } from "../durable/chat/store.ts";
import type { Message } from "../openapi/messaging-types.ts";
import { api, chatStub, createGroup, send, users } from "./helpers/messaging.ts";

type Page = { messages: Message[]; hasOlder: boolean; hasNewer: boolean };

describe("GET /chats/{chatId}/messages", () => {
  it("pages by seq: latest, before, after, around; deleted messages are skipped", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await createGroup(alice, [bob]);
    for (let i = 1; i <= 30; i++) await send(i % 2 ? alice : bob, chatId, `m${i}`);
    await api(alice, "DELETE", `/chats/${chatId}/messages/10?forEveryone=true`);
    const page = async (query: string) => (await api<Page>(bob, "GET", `/chats/${chatId}/messages${query}`)).body.data;
    const seqs = (p: Page) => p.messages.map((m) => m.seq);

    const latest = await page("?limit=5");
    expect(seqs(latest)).toEqual([26, 27, 28, 29, 30]);
    expect([latest.hasOlder, latest.hasNewer]).toEqual([true, false]);
    const before = await page("?before=12&limit=3");
    expect(seqs(before)).toEqual([8, 9, 11]);
    expect([before.hasOlder, before.hasNewer]).toEqual([true, true]);
    const after = await page("?after=27&limit=10");
    expect(seqs(after)).toEqual([28, 29, 30]);
    expect([after.hasOlder, after.hasNewer]).toEqual([true, false]);
    const around = await page("?around=15&limit=4");
    expect(seqs(around)).toEqual([13, 14, 15, 16]);
    expect([around.hasOlder, around.hasNewer]).toEqual([true, true]);
    const start = await page("?after=0&limit=3");
    expect(seqs(start)).toEqual([1, 2, 3]);
    expect([start.hasOlder, start.hasNewer]).toEqual([false, true]);
    const beforeFirst = await page("?before=1");
    expect(seqs(beforeFirst)).toEqual([]);
    expect([beforeFirst.hasOlder, beforeFirst.hasNewer]).toEqual([false, true]);
    const pastEnd = await page("?after=30");
    expect([pastEnd.messages.length, pastEnd.hasOlder, pastEnd.hasNewer]).toEqual([0, true, false]);
    const everything = await page("?limit=100");
    expect(everything.messages).toHaveLength(29);
    expect([everything.hasOlder, everything.hasNewer]).toEqual([false, false]);
    expect(everything.messages.find((m) => m.seq === 10)).toBeUndefined();
  });

  it("reads the same number of rows for a page of a 300- and a 6,000-message history", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const small = await createGroup(alice, [bob]);
    const big = await createGroup(alice, [bob]);

    const rowsReadPerPage = (chatId: string, size: number, queries: PageQuery[]) =>
      runInDurableObject(chatStub(chatId), (_instance, state) => {
        const sql = state.storage.sql;
        // Seed a long history straight into storage (no fan-out): this test is about reads.
        sql.exec(
          `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
           INSERT INTO messages (seq, sender_id, client_message_id, text, created_at)
           SELECT i, CASE i % 2 WHEN 0 THEN ? ELSE ? END, 'seed-' || i, 'text ' || i, i FROM n`,
          size,
          alice.userId,
          bob.userId,
        );
        sql.exec("UPDATE chat SET last_seq = ?", size);
        const cursors: SqlStorageCursor<Record<string, SqlStorageValue>>[] = [];
        const counting = {
          exec: (query: string, ...bindings: unknown[]) => {
            const cursor = sql.exec(query, ...bindings);
            cursors.push(cursor);
            return cursor;
          },
        } as unknown as SqlStorage;
        const store = new ChatStore(counting);
        return queries.map((query) => {
          cursors.length = 0;
          const page = store.listMessages(bob.userId, query);
          expect(page.messages).toHaveLength(query.limit);
          return cursors.reduce((sum, cursor) => sum + cursor.rowsRead, 0);
        });
      });

    const queries = (size: number): PageQuery[] => [
      { limit: 50 },
      { before: size / 2, limit: 50 },
      { after: size / 2, limit: 50 },
      { around: size / 2, limit: 100 },
    ];
    const smallReads = await rowsReadPerPage(small, 300, queries(300));
    const bigReads = await rowsReadPerPage(big, 6000, queries(6000));
    expect(bigReads).toEqual(smallReads);
    // A page reads about what it returns (plus lookups of deletions and reactions), not the history.
    for (const reads of bigReads) expect(reads).toBeLessThan(500);
  });
});
