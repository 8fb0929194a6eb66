// The SQLite schema of one ChatDO (one dialog or group). Idempotent: run at every start.
export const CHAT_SCHEMA = `
CREATE TABLE IF NOT EXISTS chat (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,                      -- dialog | group
  title TEXT,
  about TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  last_seq INTEGER NOT NULL DEFAULT 0,     -- the last message's seq: the next one is last_seq + 1
  last_event_id INTEGER NOT NULL DEFAULT 0, -- the last outbox event's id (consumers dedupe on it)
  indexed_seq INTEGER NOT NULL DEFAULT 0   -- messages up to this seq are in the search index (search-index.ts)
);
CREATE TABLE IF NOT EXISTS members (
  user_id TEXT PRIMARY KEY,
  role TEXT NOT NULL,                      -- owner | admin | member
  joined_at INTEGER NOT NULL,
  read_seq INTEGER NOT NULL DEFAULT 0,     -- only moves forward
  delivered_seq INTEGER NOT NULL DEFAULT 0,-- only moves forward; never below read_seq
  announced INTEGER NOT NULL DEFAULT 0     -- 1 once the member's chat list has been told about the chat
);
CREATE TABLE IF NOT EXISTS messages (
  seq INTEGER PRIMARY KEY,                 -- gap-free, assigned in the transaction that stores the row
  sender_id TEXT NOT NULL,
  client_message_id TEXT NOT NULL,
  text TEXT,                               -- NULL once deleted for everyone
  reply_to_seq INTEGER,
  fwd_sender_id TEXT,
  fwd_sent_at INTEGER,
  attachment_ids TEXT NOT NULL DEFAULT '[]',
  created_at INTEGER NOT NULL,
  edited_at INTEGER,
  deleted_at INTEGER,
  call TEXT                                -- a call's history message: its MessageCall, JSON
);
CREATE UNIQUE INDEX IF NOT EXISTS messages_client_id ON messages (sender_id, client_message_id);
-- The attachments of each message with their metadata as sent (immutable once uploaded), in order.
-- Indexed by attachment: "does a message of this chat still show it?" decides downloads and
-- whether a delete-for-everyone releases the file.
CREATE TABLE IF NOT EXISTS message_attachments (
  seq INTEGER NOT NULL,
  position INTEGER NOT NULL,
  attachment_id TEXT NOT NULL,
  meta TEXT NOT NULL,                      -- JSON: the Attachment (id, name, size, mimeType, sha256)
  PRIMARY KEY (seq, position)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS message_attachments_by_id ON message_attachments (attachment_id);
CREATE TABLE IF NOT EXISTS hidden_messages (
  user_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (user_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS reactions (
  seq INTEGER NOT NULL,
  emoji TEXT NOT NULL,
  user_id TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (seq, emoji, user_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  recipient TEXT NOT NULL,                 -- a user id, '#push' for PUSH_QUEUE, '#attachments' for D1/R2
  event_id INTEGER NOT NULL,
  payload TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_error TEXT,
  echo INTEGER NOT NULL DEFAULT 0          -- 1: tells the recipient of their own action (delivered after the others')
);
CREATE INDEX IF NOT EXISTS outbox_by_recipient ON outbox (recipient, id);
-- "Is this recipient waiting for a retry?": checked for every row a drain considers.
CREATE INDEX IF NOT EXISTS outbox_by_recipient_due ON outbox (recipient, next_attempt_at);
-- Outbox rows given up on after OUTBOX_MAX_ATTEMPTS, payload kept for an operator to inspect or
-- replay; each is also recorded in D1 (outbox_dead_letters), where the health check counts them.
CREATE TABLE IF NOT EXISTS outbox_dead (
  id INTEGER PRIMARY KEY,                  -- the outbox row's id
  recipient TEXT NOT NULL,
  event_id INTEGER NOT NULL,
  payload TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  last_error TEXT,
  dead_at INTEGER NOT NULL
);
-- The assistant's replies in an assistant chat (durable/chat/ai/): the message itself is in
-- messages (its text saved while it streams); this is its turn. One row streams at a time.
CREATE TABLE IF NOT EXISTS ai_replies (
  seq INTEGER PRIMARY KEY,                 -- the assistant's message
  prompt_seq INTEGER NOT NULL,             -- the user's message it answers
  requested_by TEXT NOT NULL,              -- whose daily token budget pays
  state TEXT NOT NULL,                     -- streaming | complete | cancelled | interrupted | failed
  error TEXT,                              -- our own words, never the provider's body
  budget_day TEXT NOT NULL,
  reserved_tokens INTEGER NOT NULL,
  prompt_tokens INTEGER NOT NULL,          -- estimated, for settling when the provider reports no usage
  spent_tokens INTEGER,
  settled INTEGER NOT NULL DEFAULT 0,      -- 1 once the budget has been settled in D1
  started_at INTEGER NOT NULL,
  ended_at INTEGER
);
CREATE INDEX IF NOT EXISTS ai_replies_by_state ON ai_replies (state);
`;

/** The outbox recipient that stands for the push queue. */
export const PUSH_RECIPIENT = "#push";

/**
 * The columns a table of this schema has, none when it does not exist: CREATE TABLE IF NOT EXISTS
 * adds no column to a table an earlier version made, so a migration asks first.
 */
export function columnsOf(sql: SqlStorage, table: "chat" | "messages" | "outbox"): string[] {
  return sql
    .exec<{ name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
    .toArray()
    .map((column) => column.name);
}

/**
 * Columns added to this schema's tables after chats were first created. The DEFAULT is what the
 * rows an older chat already holds get: no call, and queued outbox rows are no echoes.
 */
const ADDED_COLUMNS = [
  { table: "messages", column: "call", definition: "TEXT" },
  { table: "outbox", column: "echo", definition: "INTEGER NOT NULL DEFAULT 0" },
] as const;

/** A chat created before any of ADDED_COLUMNS gets them; one that has them is left alone. */
export function ensureAddedColumns(sql: SqlStorage) {
  for (const { table, column, definition } of ADDED_COLUMNS) {
    const columns = columnsOf(sql, table);
    if (columns.length > 0 && !columns.includes(column)) {
      sql.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`);
    }
  }
}

/** The outbox recipient that stands for the attachments' holds in D1 and their bytes in R2. */
export const ATTACHMENTS_RECIPIENT = "#attachments";
