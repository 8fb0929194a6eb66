import { describe, expect, it } from "vitest";
import { fakeClock } from "../clock.ts";
import { nodeSqlStorage } from "../sql/node-sqlite.ts";
import { ChatFeatures } from "./features.ts";
import { ensureFeaturesSchema } from "./features-schema.ts";
import { CHAT_SCHEMA } from "./schema.ts";
import { searchMessages } from "./search.ts";
import { statusOf, UNIT_CHAT_ID, unitChat } from "./unit-harness.ts";

function chat() {
  const c = unitChat();
  const search = (userId: string, q: string, limit = 20, offset = 0, order: "relevance" | "recent" = "relevance") =>
    searchMessages(c.access, userId, { q, order, limit, offset });
  const texts = (userId: string, q: string) => search(userId, q).hits.map((h) => h.message.text);
  return { ...c, search, texts };
}

describe("search in one chat", () => {
  it("finds messages by word, ignoring case and accents, with the matched ranges", () => {
    const c = chat();
    c.send("usr_a", "Meet at the Café tomorrow");
    c.send("usr_b", "nothing to see");
    const [hit] = c.search("usr_c", "cafe").hits;
    expect(hit?.message.text).toBe("Meet at the Café tomorrow");
    expect(hit?.matches).toEqual([{ start: 12, end: 16 }]);
    expect(c.texts("usr_c", "MEET tomorrow")).toEqual(["Meet at the Café tomorrow"]);
    expect(c.texts("usr_c", "tomor")).toEqual(["Meet at the Café tomorrow"]);
    expect(c.texts("usr_c", "absent")).toEqual([]);
  });

  it("ranks the closer match first and pages by offset without repeats", () => {
    const c = chat();
    c.send("usr_a", "rocket science is a long subject with many words about nothing in particular");
    c.send("usr_a", "rocket rocket rocket");
    for (let i = 0; i < 5; i++) c.send("usr_b", `rocket number ${i} and some filler words here`);
    expect(c.texts("usr_a", "rocket")[0]).toBe("rocket rocket rocket");
    const first = c.search("usr_a", "rocket", 3, 0);
    const second = c.search("usr_a", "rocket", 3, 3);
    const third = c.search("usr_a", "rocket", 3, 6);
    expect(first.nextOffset).toBe(3);
    expect(second.nextOffset).toBe(6);
    expect(third.nextOffset).toBeNull();
    const seqs = [...first.hits, ...second.hits, ...third.hits].map((h) => h.message.seq);
    expect(new Set(seqs).size).toBe(7);
  });

  it("orders newest first when asked, paging the same way", () => {
    const c = chat();
    const seqs = [
      c.send("usr_a", "apple apple apple"),
      c.send("usr_b", "an apple a day"),
      c.send("usr_c", "apple pie"),
    ];
    expect(c.search("usr_a", "apple", 20, 0, "recent").hits.map((h) => h.message.seq)).toEqual([...seqs].reverse());
    const first = c.search("usr_a", "apple", 2, 0, "recent");
    expect(first.nextOffset).toBe(2);
    expect(c.search("usr_a", "apple", 2, 2, "recent").hits.map((h) => h.message.seq)).toEqual([seqs[0]]);
  });

  it("follows edits and deletes in the same transaction", () => {
    const c = chat();
    const seq = c.send("usr_a", "the launch code is 1234");
    c.sql.transactionSync(() => c.store.edit("usr_a", seq, "the launch is postponed"));
    expect(c.texts("usr_b", "code")).toEqual([]);
    expect(c.texts("usr_b", "postponed")).toEqual(["the launch is postponed"]);
    c.sql.transactionSync(() => c.store.delete("usr_a", seq, true));
    expect(c.texts("usr_b", "launch")).toEqual([]);
    // Nothing of the deleted text is left in the index itself.
    const tokens = c.sql.exec("SELECT COUNT(*) AS n FROM message_search WHERE message_search MATCH 'launch'").one().n;
    expect(tokens).toBe(0);
  });

  it("a rolled back edit leaves the index as it was", () => {
    const c = chat();
    const seq = c.send("usr_a", "original words");
    expect(() =>
      c.sql.transactionSync(() => {
        c.store.edit("usr_a", seq, "replacement words");
        throw new Error("abort");
      }),
    ).toThrow("abort");
    expect(c.texts("usr_a", "original")).toEqual(["original words"]);
    expect(c.texts("usr_a", "replacement")).toEqual([]);
  });

  it("leaves out messages the caller deleted for themselves, but not for the others", () => {
    const c = chat();
    const seq = c.send("usr_a", "private joke");
    c.sql.transactionSync(() => c.store.delete("usr_b", seq, false));
    expect(c.texts("usr_b", "joke")).toEqual([]);
    expect(c.texts("usr_c", "joke")).toEqual(["private joke"]);
  });

  it("refuses non-members with the chat's 404 and a query without words with 400", () => {
    const c = chat();
    c.send("usr_a", "hello");
    expect(statusOf(() => c.search("usr_stranger", "hello"))).toBe(404);
    expect(statusOf(() => c.search("usr_a", '"*()'))).toBe(400);
  });

  it("builds the index from the history of a chat that existed before it", () => {
    const clock = fakeClock();
    const sql = nodeSqlStorage();
    sql.exec(CHAT_SCHEMA);
    const store = new ChatFeatures(sql, clock);
    sql.transactionSync(() => store.createGroup(UNIT_CHAT_ID, "usr_a", "Old", [], 100));
    sql.transactionSync(() =>
      store.send("usr_a", { clientMessageId: "old1", text: "written long ago", attachments: [] }, null),
    );
    const gone = sql.transactionSync(() =>
      store.send("usr_a", { clientMessageId: "old2", text: "erased long ago", attachments: [] }, null),
    ).message.seq;
    sql.transactionSync(() => store.delete("usr_a", gone, true));
    ensureFeaturesSchema(sql);
    const found = searchMessages(store.access, "usr_a", { q: "long ago", order: "relevance", limit: 10, offset: 0 });
    expect(found.hits.map((h) => h.message.text)).toEqual(["written long ago"]);
  });
});
