// The SQLite schema of one UserDO. Idempotent: run at every start.
export const USER_SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,          -- owner | trimmed_through | acked_pts | ... (and pts, where older versions kept it)
  value
);
CREATE TABLE IF NOT EXISTS chats (
  chat_id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  title TEXT,
  peer_id TEXT,
  last_seq INTEGER NOT NULL DEFAULT 0,
  read_seq INTEGER NOT NULL DEFAULT 0,
  unread_count INTEGER NOT NULL DEFAULT 0,
  last_message TEXT,             -- JSON MessagePreview, or NULL
  last_activity_at INTEGER NOT NULL,
  muted INTEGER NOT NULL DEFAULT 0,
  muted_until INTEGER,
  pinned INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS chats_by_order ON chats (pinned, last_activity_at, chat_id);
-- The last event applied per chat: a chat delivers its events to a user in order, so a repeat is
-- any event id at or below this mark.
CREATE TABLE IF NOT EXISTS chat_event_marks (
  chat_id TEXT PRIMARY KEY,
  last_event_id INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS updates (
  pts INTEGER PRIMARY KEY,       -- monotonically increasing; never reused: the log's pts is its MAX (a trim keeps the newest)
  type TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  body TEXT NOT NULL             -- the Update as JSON, with its pts
);
CREATE INDEX IF NOT EXISTS updates_by_chat ON updates (chat_id, pts);
`;
