import type { Draft } from "../../openapi/drafts.ts";
import type { Update } from "../../openapi/realtime-types.ts";
import type { Clock } from "../clock.ts";
import type { UserStore } from "./store.ts";

// One draft per chat, in the user's own object. Every change is also an update of the user's log
// (draftUpdated), so the user's other devices follow it like any other change and catch up on it.

export const DRAFTS_SCHEMA = `
CREATE TABLE IF NOT EXISTS drafts (
  chat_id TEXT PRIMARY KEY,
  text TEXT NOT NULL,
  reply_to_seq INTEGER,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS drafts_by_time ON drafts (updated_at);
`;

type DraftRow = { chat_id: string; text: string; reply_to_seq: number | null; updated_at: number };

const toDraft = (row: DraftRow): Draft => ({
  chatId: row.chat_id,
  text: row.text,
  replyToSeq: row.reply_to_seq,
  updatedAt: row.updated_at,
});

/**
 * Saves (or, for blank text, clears) the draft of one chat and logs the change. Synchronous: the
 * UserDO runs it inside one transaction. Saving what is already there logs nothing.
 */
export function saveDraft(
  sql: SqlStorage,
  store: UserStore,
  now: Clock,
  input: { chatId: string; text: string; replyToSeq?: number | undefined },
  retention: number,
): { draft: Draft | null; update: Update | null } {
  const current = sql
    .exec<DraftRow & Record<string, SqlStorageValue>>("SELECT * FROM drafts WHERE chat_id = ?", input.chatId)
    .toArray()[0];
  const date = now();
  if (input.text.trim().length === 0) {
    if (!current) return { draft: null, update: null };
    sql.exec("DELETE FROM drafts WHERE chat_id = ?", input.chatId);
    return {
      draft: null,
      update: store.append({ type: "draftUpdated", chatId: input.chatId, date, draft: null }, retention),
    };
  }
  const replyToSeq = input.replyToSeq ?? null;
  if (current && current.text === input.text && current.reply_to_seq === replyToSeq) {
    return { draft: toDraft(current), update: null };
  }
  sql.exec(
    `INSERT INTO drafts (chat_id, text, reply_to_seq, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(chat_id) DO UPDATE SET text = excluded.text, reply_to_seq = excluded.reply_to_seq, updated_at = excluded.updated_at`,
    input.chatId,
    input.text,
    replyToSeq,
    date,
  );
  const draft: Draft = { chatId: input.chatId, text: input.text, replyToSeq, updatedAt: date };
  const update = store.append(
    { type: "draftUpdated", chatId: input.chatId, date, draft: { text: draft.text, replyToSeq, updatedAt: date } },
    retention,
  );
  return { draft, update };
}

/** Every draft, latest change first. */
export function listDrafts(sql: SqlStorage): { drafts: Draft[] } {
  const rows = sql
    .exec<DraftRow & Record<string, SqlStorageValue>>("SELECT * FROM drafts ORDER BY updated_at DESC, chat_id")
    .toArray();
  return { drafts: rows.map(toDraft) };
}
