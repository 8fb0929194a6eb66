-- Outbox rows a ChatDO gave up on after OUTBOX_MAX_ATTEMPTS (its own outbox_dead table keeps the
-- payload). Durable Objects cannot be enumerated, so each dead row is recorded here too, and
-- GET /api/v1/health reports the count. No payload: message text never lands in D1.
CREATE TABLE outbox_dead_letters (
  chat_id TEXT NOT NULL,
  outbox_id INTEGER NOT NULL,          -- the row's id in the chat's outbox
  recipient TEXT NOT NULL,             -- a user id, or '#push' for PUSH_QUEUE
  event_id INTEGER NOT NULL,
  kind TEXT NOT NULL,                  -- the update type (newMessage, read …) or push job kind
  attempts INTEGER NOT NULL,
  last_error TEXT,
  dead_at INTEGER NOT NULL,            -- unix ms
  PRIMARY KEY (chat_id, outbox_id)
);
CREATE INDEX outbox_dead_letters_dead_at ON outbox_dead_letters (dead_at);
