import { describe, expect, it } from "vitest";
import { fakeClock } from "../clock.ts";
import { nodeSqlStorage } from "../sql/node-sqlite.ts";
import { DRAFTS_SCHEMA, listDrafts, saveDraft } from "./drafts.ts";
import { USER_SCHEMA } from "./schema.ts";
import { UserStore } from "./store.ts";

const CHAT = `dlg_${"d".repeat(32)}`;
const OTHER = `grp_${"e".repeat(32)}`;

function drafts() {
  const clock = fakeClock();
  const sql = nodeSqlStorage();
  sql.exec(USER_SCHEMA);
  sql.exec(DRAFTS_SCHEMA);
  const store = new UserStore(sql, clock);
  store.bindOwner("usr_dana");
  const save = (chatId: string, text: string, replyToSeq?: number) => {
    clock.advance(1000);
    return sql.transactionSync(() => saveDraft(sql, store, clock, { chatId, text, replyToSeq }, 1000));
  };
  return { sql, store, save };
}

describe("drafts", () => {
  it("each change is one draftUpdated in the update log; a repeat of the same draft logs nothing", () => {
    const d = drafts();
    d.save(CHAT, "Hel");
    d.save(CHAT, "Hello", 3);
    d.save(CHAT, "Hello", 3);
    d.save(CHAT, "   ");
    const log = d.store.updatesSince(0, 100);
    if (log.tooLong) throw new Error("unexpected tooLong");
    expect(log.updates.map((u) => (u.type === "draftUpdated" ? u.draft : u.type))).toEqual([
      { text: "Hel", replyToSeq: null, updatedAt: expect.any(Number) },
      { text: "Hello", replyToSeq: 3, updatedAt: expect.any(Number) },
      null,
    ]);
    expect(log.updates.map((u) => u.pts)).toEqual([1, 2, 3]);
  });

  it("lists the drafts of every chat, latest change first; clearing removes one", () => {
    const d = drafts();
    d.save(CHAT, "first");
    d.save(OTHER, "second");
    expect(listDrafts(d.sql).drafts.map((x) => [x.chatId, x.text])).toEqual([
      [OTHER, "second"],
      [CHAT, "first"],
    ]);
    expect(d.save(CHAT, "").draft).toBeNull();
    expect(listDrafts(d.sql).drafts.map((x) => x.chatId)).toEqual([OTHER]);
    // Clearing what is not there logs nothing.
    expect(d.save(CHAT, "").update).toBeNull();
  });
});
