-- Telegram-proxy API keys and the sessions each key owns. Keys are stored only as SHA-256 hashes
-- (they are 256-bit random, so a fast hash is enough); `npm run apikey -- create <name>` prints a
-- key once. A session is visible only to the key that created it.
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,                 -- opaque, server-made (key_…); safe to show and log
  name TEXT NOT NULL,
  key_hash TEXT NOT NULL UNIQUE,       -- hex sha256 of the whole key
  created_at INTEGER NOT NULL,         -- unix ms
  revoked_at INTEGER                   -- set by `npm run apikey -- revoke <id>`
);

CREATE TABLE telegram_sessions (
  id TEXT PRIMARY KEY,                 -- the sessionId callers use (a UUID)
  api_key_id TEXT NOT NULL REFERENCES api_keys(id),
  created_at INTEGER NOT NULL
);
CREATE INDEX telegram_sessions_by_key ON telegram_sessions (api_key_id, created_at);
