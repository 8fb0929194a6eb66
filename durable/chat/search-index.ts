// The search index (FTS5, features-schema.ts) follows a chat's messages in batches, not one send
// at a time. `chat.indexed_seq` is its watermark: every message up to it is indexed, none after.
//
// Why: FTS5 writes a new segment, its structure record and a size row in every transaction that
// touches it, so indexing each message in its own send made that commit 10 pages instead of 7
// (strace of the bench's dialogs, pwrite calls per commit of a chat's file) and merged segments
// every few sends. Indexed 32 at a time, a send writes no index page and the batch writes one
// segment. Nobody reads the index but search, and search catches up first: what it finds is
// exactly what it found when every send indexed its own message.

/** The most messages that wait for the index: the send of every multiple of this seq indexes them. */
export const SEARCH_INDEX_BATCH = 32;

/**
 * Whether the send that took `seq` indexes the messages that wait, in its own transaction. Told
 * by the seq alone, so a send reads nothing more; a search between two batches makes the next
 * one smaller.
 */
export function batchDue(seq: number): boolean {
  return seq % SEARCH_INDEX_BATCH === 0;
}

/**
 * Indexes every message after the watermark with its text as it is now (an edit before its
 * indexing is indexed as edited, a delete for everyone not at all), and moves the watermark to
 * the chat's last seq. In the caller's transaction. The edit and delete triggers only touch the
 * index at or below the watermark, so each message enters it exactly once.
 */
export function catchUpSearchIndex(sql: SqlStorage): void {
  sql.exec(
    `INSERT INTO message_search (rowid, text)
     SELECT seq, text FROM messages WHERE seq > (SELECT indexed_seq FROM chat) AND text IS NOT NULL ORDER BY seq`,
  );
  sql.exec("UPDATE chat SET indexed_seq = last_seq");
}
