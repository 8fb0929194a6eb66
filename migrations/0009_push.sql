-- Push notifications: each sign-in session's push target, the user's push preferences, which
-- (job, device) pairs were already sent (the consumer is idempotent per pair), and the pairs the
-- consumer gave up on (counted by GET /api/v1/health).

-- One target per session: the session's id is the key, so a second PUT from the same session
-- replaces its target, and signing the session out (or revoking it) deletes the row.
CREATE TABLE push_devices (
  id TEXT PRIMARY KEY,                 -- pdv_…
  session_id TEXT NOT NULL UNIQUE REFERENCES auth_sessions (id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,                  -- apns | fcm | webpush
  address TEXT NOT NULL,               -- the APNs or FCM token, or the Web Push endpoint URL
  details TEXT NOT NULL DEFAULT '{}',  -- JSON: apns {topic, sandbox}; webpush {p256dh, auth}
  created_at INTEGER NOT NULL,         -- unix ms
  updated_at INTEGER NOT NULL
);
-- A token has one owner: registering it again (another session, another user) moves it.
CREATE UNIQUE INDEX push_devices_address ON push_devices (kind, address);
CREATE INDEX push_devices_user ON push_devices (user_id);

CREATE TABLE push_settings (
  user_id TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  hide_previews INTEGER NOT NULL DEFAULT 0, -- 1: every push says "New message", no sender or text
  updated_at INTEGER NOT NULL
);

-- A queue delivers at least once: a pair recorded here is acknowledged without sending again.
CREATE TABLE push_deliveries (
  job_id TEXT NOT NULL,
  device_id TEXT NOT NULL,
  outcome TEXT NOT NULL,               -- sent | skipped (muted, seen on the socket, hidden)
  done_at INTEGER NOT NULL,
  PRIMARY KEY (job_id, device_id)
);
CREATE INDEX push_deliveries_done_at ON push_deliveries (done_at);

-- Pairs that used up their retries and went to the dead-letter queue. No content, only why.
CREATE TABLE push_dead_letters (
  job_id TEXT NOT NULL,
  device_id TEXT NOT NULL,
  provider TEXT NOT NULL,              -- apns | fcm | webpush
  reason TEXT NOT NULL,                -- e.g. "apns 403 InvalidProviderToken"
  attempts INTEGER NOT NULL,
  dead_at INTEGER NOT NULL,
  PRIMARY KEY (job_id, device_id)
);
CREATE INDEX push_dead_letters_dead_at ON push_dead_letters (dead_at);
