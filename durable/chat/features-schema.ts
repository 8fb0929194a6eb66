// The SQLite schema of the ChatDO's search index, pinned messages and scheduled messages (issue 19),
// beside CHAT_SCHEMA so the two can change apart. Idempotent: run at every start, after CHAT_SCHEMA.

import { columnsOf } from "./schema.ts";

/**
 * The full-text index over message text: FTS5 with the messages table as its external content
 * (the index stores tokens only, `highlight()` reads the text from `messages`). New messages enter
 * it in batches (search-index.ts: `chat.indexed_seq` is how far it goes, and search catches up
 * first). Below that mark, triggers keep it in step inside the very statement that edits or
 * deletes a message, so the change and its index change commit together or not at all; above it
 * they leave the index alone, and the catch-up indexes the text as it is by then. A delete for
 * everyone sets the text to NULL: its tokens leave the index with it. Prefix indexes for 2 and 3
 * characters serve the search-as-you-type prefix on the last word (without them a short prefix
 * merges every term that starts with it).
 */
export const SEARCH_SCHEMA = `
CREATE VIRTUAL TABLE IF NOT EXISTS message_search USING fts5(
  text,
  content = 'messages', content_rowid = 'seq', prefix = '2 3', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS message_search_update_indexed AFTER UPDATE OF text ON messages
WHEN old.seq <= (SELECT indexed_seq FROM chat) BEGIN
  INSERT INTO message_search (message_search, rowid, text) SELECT 'delete', old.seq, old.text WHERE old.text IS NOT NULL;
  INSERT INTO message_search (rowid, text) SELECT new.seq, new.text WHERE new.text IS NOT NULL;
END;
CREATE TRIGGER IF NOT EXISTS message_search_delete_indexed AFTER DELETE ON messages
WHEN old.text IS NOT NULL AND old.seq <= (SELECT indexed_seq FROM chat) BEGIN
  INSERT INTO message_search (message_search, rowid, text) VALUES ('delete', old.seq, old.text);
END;
`;

/**
 * Chats from before the batched index: every message was indexed by its send's own trigger, so
 * the mark starts at the last seq, and the three old triggers give way to the mark's two.
 */
const BEFORE_BATCHES = `
DROP TRIGGER IF EXISTS message_search_insert;
DROP TRIGGER IF EXISTS message_search_update;
DROP TRIGGER IF EXISTS message_search_delete;
`;

export const FEATURES_SCHEMA = `
CREATE TABLE IF NOT EXISTS pinned_messages (
  seq INTEGER PRIMARY KEY,
  pinned_by TEXT NOT NULL,
  pinned_at INTEGER NOT NULL
);
-- A message deleted for everyone is no longer pinned (same statement, same transaction).
CREATE TRIGGER IF NOT EXISTS pinned_messages_unpin_deleted AFTER UPDATE OF deleted_at ON messages
WHEN new.deleted_at IS NOT NULL BEGIN
  DELETE FROM pinned_messages WHERE seq = new.seq;
END;
CREATE TABLE IF NOT EXISTS scheduled_messages (
  id TEXT PRIMARY KEY,                     -- sch_…
  sender_id TEXT NOT NULL,
  client_message_id TEXT NOT NULL,
  text TEXT NOT NULL,
  reply_to_seq INTEGER,
  attachment_ids TEXT NOT NULL DEFAULT '[]',
  send_at INTEGER NOT NULL,                -- unix ms; the alarm sends it then, and it gets its seq then
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS scheduled_by_client_id ON scheduled_messages (sender_id, client_message_id);
CREATE INDEX IF NOT EXISTS scheduled_by_time ON scheduled_messages (send_at, id);
`;

/**
 * Creates the tables of this file (after CHAT_SCHEMA). A chat created before the search index
 * existed gets its index built from its history once, on the first start that creates it; one
 * created before the index took batches gets its mark.
 */
export function ensureFeaturesSchema(sql: SqlStorage) {
  const hadIndex =
    sql.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'message_search'").toArray().length > 0;
  const hadMark = columnsOf(sql, "chat").includes("indexed_seq");
  if (!hadMark) {
    sql.exec("ALTER TABLE chat ADD COLUMN indexed_seq INTEGER NOT NULL DEFAULT 0");
    sql.exec(BEFORE_BATCHES);
  }
  sql.exec(SEARCH_SCHEMA);
  sql.exec(FEATURES_SCHEMA);
  if (!hadIndex) sql.exec("INSERT INTO message_search (message_search) VALUES ('rebuild')");
  // Everything is indexed now, whichever of the two built it.
  if (!hadIndex || !hadMark) sql.exec("UPDATE chat SET indexed_seq = last_seq");
}
