import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ChatDO } from "../durable/objects.ts";
import { chatStub, createGroup, type TestUser, users } from "./helpers/messaging.ts";

/** Stores `count` messages straight into the chat's SQLite (the cost of a read is what is measured, not of sending). */
async function seed(chatId: string, senderId: string, count: number) {
  await runInDurableObject(chatStub(chatId), (_instance, state) => {
    const sql = state.storage.sql;
    const now = Date.now();
    state.storage.transactionSync(() => {
      for (let seq = 1; seq <= count; seq++) {
        sql.exec(
          "INSERT INTO messages (seq, sender_id, client_message_id, text, created_at) VALUES (?, ?, ?, ?, ?)",
          seq,
          senderId,
          `seed-${seq}`,
          `message ${seq}`,
          now,
        );
      }
      sql.exec("UPDATE chat SET last_seq = ?", count);
    });
  });
}

/** The rows SQLite read to answer one history page, through the object's own read path. */
async function rowsReadForPage(chatId: string, userId: string, query: Record<string, number>) {
  return runInDurableObject(chatStub(chatId), (instance: ChatDO, state) => {
    const sql = state.storage.sql;
    const exec = sql.exec;
    const cursors: SqlStorageCursor<Record<string, SqlStorageValue>>[] = [];
    sql.exec = ((query: string, ...bindings: unknown[]) => {
      const cursor = exec.call(sql, query, ...bindings);
      cursors.push(cursor);
      return cursor;
    }) as typeof sql.exec;
    try {
      const page = instance.listMessages(userId, { limit: 50, ...query });
      if (!page.ok) throw new Error(page.message);
      return { rowsRead: cursors.reduce((sum, c) => sum + c.rowsRead, 0), returned: page.value.messages.length };
    } finally {
      sql.exec = exec;
    }
  });
}

describe("the cost of a history page does not grow with the chat", () => {
  it("reads the same number of rows for a page of a 300- and a 6,000-message chat", { timeout: 60_000 }, async () => {
    const [owner, member] = (await users(2)) as [TestUser, TestUser];
    const small = await createGroup(owner, [member], "small");
    const large = await createGroup(owner, [member], "large");
    await seed(small, owner.userId, 300);
    await seed(large, owner.userId, 6000);

    const pages: Record<string, (last: number) => Record<string, number>> = {
      latest: () => ({}),
      before: (last) => ({ before: last - 100 }),
      after: () => ({ after: 100 }),
      around: (last) => ({ around: last - 150 }),
    };
    for (const [name, page] of Object.entries(pages)) {
      const a = await rowsReadForPage(small, member.userId, page(300));
      const b = await rowsReadForPage(large, member.userId, page(6000));
      expect(a.returned, name).toBeGreaterThan(0);
      expect(b.returned, name).toBe(a.returned);
      expect(b.rowsRead, `${name}: ${a.rowsRead} rows at 300, ${b.rowsRead} at 6,000`).toBe(a.rowsRead);
      // And about what it returns: the page's rows, one probe per side, the caller's membership.
      expect(b.rowsRead, name).toBeLessThanOrEqual(b.returned + 10);
    }
  });
});
