import { describe, expect, it } from "vitest";
import { fakeClock } from "../clock.ts";
import { nodeSqlStorage } from "../sql/node-sqlite.ts";
import { ChatFeatures } from "./features.ts";
import { ensureFeaturesSchema } from "./features-schema.ts";
import { CHAT_SCHEMA } from "./schema.ts";
import { searchMessages } from "./search.ts";
import { SEARCH_INDEX_BATCH } from "./search-index.ts";
import { UNIT_CHAT_ID, unitChat } from "./unit-harness.ts";

const query = (q: string) => ({ q, order: "recent" as const, limit: 100, offset: 0 });

function chat() {
  const c = unitChat();
  // The search runs in a transaction, as ChatDO.search does (it may index first).
  const texts = (userId: string, q: string) =>
    c.sql.transactionSync(() => searchMessages(c.access, userId, query(q))).hits.map((h) => h.message.text);
  /** Messages in the index itself (its size table; the FTS table reads the messages), without the catch-up a search makes. */
  const indexed = () => c.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM message_search_docsize").one().n;
  const mark = () => c.sql.exec<{ indexed_seq: number }>("SELECT indexed_seq FROM chat").one().indexed_seq;
  /** FTS5's own check that the index holds exactly the messages' current text; throws otherwise. */
  const consistent = () => c.sql.exec("INSERT INTO message_search (message_search) VALUES ('integrity-check')");
  return { ...c, texts, indexed, mark, consistent };
}

describe("the search index follows the messages in batches", () => {
  it("indexes nothing per send, then the whole batch in the send that completes it", () => {
    const c = chat();
    for (let i = 1; i < SEARCH_INDEX_BATCH; i++) c.send("usr_a", `message number ${i}`);
    expect(c.indexed()).toBe(0);
    expect(c.mark()).toBe(0);
    c.send("usr_b", "the last of the batch");
    expect(c.indexed()).toBe(SEARCH_INDEX_BATCH);
    expect(c.mark()).toBe(SEARCH_INDEX_BATCH);
    c.consistent();
  });

  it("a search finds the messages not indexed yet, and indexes them", () => {
    const c = chat();
    c.send("usr_a", "fresh news");
    c.send("usr_b", "more fresh news");
    expect(c.indexed()).toBe(0);
    expect(c.texts("usr_c", "fresh")).toEqual(["more fresh news", "fresh news"]);
    expect(c.indexed()).toBe(2);
    expect(c.mark()).toBe(2);
    // The next batch starts from there and leaves nothing out.
    for (let i = 3; i <= SEARCH_INDEX_BATCH; i++) c.send("usr_a", `filler ${i}`);
    expect(c.indexed()).toBe(SEARCH_INDEX_BATCH);
    c.consistent();
  });

  it("indexes a message edited or deleted before its batch as it is by then", () => {
    const c = chat();
    const edited = c.send("usr_a", "the launch code is 1234");
    const erased = c.send("usr_a", "secret launch plans");
    c.sql.transactionSync(() => c.store.edit("usr_a", edited, "the launch is postponed"));
    c.sql.transactionSync(() => c.store.delete("usr_a", erased, true));
    expect(c.texts("usr_b", "code")).toEqual([]);
    expect(c.texts("usr_b", "secret")).toEqual([]);
    expect(c.texts("usr_b", "launch")).toEqual(["the launch is postponed"]);
    expect(c.indexed()).toBe(1);
    c.consistent();
  });

  it("keeps indexed messages in step with their edits and deletes", () => {
    const c = chat();
    const seq = c.send("usr_a", "the launch code is 1234");
    expect(c.texts("usr_b", "code")).toEqual(["the launch code is 1234"]);
    c.sql.transactionSync(() => c.store.edit("usr_a", seq, "the launch is postponed"));
    // Not indexed twice: the edit replaced the words of the indexed row.
    expect(c.texts("usr_b", "launch")).toEqual(["the launch is postponed"]);
    expect(c.indexed()).toBe(1);
    c.consistent();
    c.sql.transactionSync(() => c.store.delete("usr_a", seq, true));
    expect(c.texts("usr_b", "launch")).toEqual([]);
    c.consistent();
  });

  it("a rolled back batch leaves the mark and the index as they were", () => {
    const c = chat();
    for (let i = 1; i < SEARCH_INDEX_BATCH; i++) c.send("usr_a", `message ${i}`);
    expect(() =>
      c.sql.transactionSync(() => {
        c.store.send("usr_a", { clientMessageId: "refused", text: "never stored", attachments: [] }, null);
        throw new Error("abort");
      }),
    ).toThrow("abort");
    expect(c.indexed()).toBe(0);
    expect(c.mark()).toBe(0);
    expect(c.texts("usr_a", "never")).toEqual([]);
    expect(c.texts("usr_a", "message").length).toBe(SEARCH_INDEX_BATCH - 1);
    c.consistent();
  });

  it("takes over a chat whose sends each indexed their own message", () => {
    const clock = fakeClock();
    const sql = nodeSqlStorage();
    // The chat as the earlier version left it: no mark, and the trigger that indexed every send.
    sql.exec(
      CHAT_SCHEMA.replace("DEFAULT 0, -- the last outbox", "DEFAULT 0 -- the last outbox").replace(
        /\n\s*indexed_seq[^\n]*/,
        "",
      ),
    );
    sql.exec(`CREATE VIRTUAL TABLE message_search USING fts5(text, content = 'messages', content_rowid = 'seq',
      prefix = '2 3', tokenize = 'unicode61 remove_diacritics 2')`);
    sql.exec(`CREATE TRIGGER message_search_insert AFTER INSERT ON messages WHEN new.text IS NOT NULL BEGIN
      INSERT INTO message_search (rowid, text) VALUES (new.seq, new.text); END`);
    sql.exec(`CREATE TRIGGER message_search_update AFTER UPDATE OF text ON messages BEGIN
      INSERT INTO message_search (message_search, rowid, text) SELECT 'delete', old.seq, old.text WHERE old.text IS NOT NULL;
      INSERT INTO message_search (rowid, text) SELECT new.seq, new.text WHERE new.text IS NOT NULL; END`);
    const at = (seq: number, text: string) =>
      sql.exec(
        "INSERT INTO messages (seq, sender_id, client_message_id, text, created_at) VALUES (?, 'usr_a', ?, ?, 1)",
        seq,
        `old${seq}`,
        text,
      );
    sql.exec(
      "INSERT INTO chat (id, kind, title, created_by, created_at, updated_at, last_seq) VALUES (?, 'group', 'Old', 'usr_a', 1, 1, 2)",
      UNIT_CHAT_ID,
    );
    sql.exec("INSERT INTO members (user_id, role, joined_at) VALUES ('usr_a', 'owner', 1)");
    at(1, "written long ago");
    at(2, "also long ago");

    ensureFeaturesSchema(sql);
    expect(sql.exec<{ indexed_seq: number }>("SELECT indexed_seq FROM chat").one().indexed_seq).toBe(2);
    const triggers = sql
      .exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'message_search%'")
      .toArray()
      .map((t) => t.name)
      .sort();
    expect(triggers).toEqual(["message_search_delete_indexed", "message_search_update_indexed"]);
    const store = new ChatFeatures(sql, clock);
    const texts = (q: string) =>
      sql.transactionSync(() => searchMessages(store.access, "usr_a", query(q))).hits.map((h) => h.message.text);
    // The old messages are found once each; an edit of one moves its words, a new send is found.
    sql.transactionSync(() => store.edit("usr_a", 1, "rewritten today"));
    sql.transactionSync(() =>
      store.send("usr_a", { clientMessageId: "new", text: "sent today", attachments: [] }, null),
    );
    expect(texts("long ago")).toEqual(["also long ago"]);
    expect(texts("today")).toEqual(["sent today", "rewritten today"]);
    sql.exec("INSERT INTO message_search (message_search) VALUES ('integrity-check')");
  });
});
