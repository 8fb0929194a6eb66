-- Identity: sign-in codes, sign-in sessions (refresh-token families) with their devices,
-- refresh tokens, and each user's phone book. Secrets are stored only as hashes.

-- One active code per phone (the primary key), replaced by each new send.
CREATE TABLE auth_codes (
  phone TEXT PRIMARY KEY,              -- E.164
  code_hash TEXT NOT NULL,             -- hex HMAC-SHA-256 of phone + code, keyed by a server secret
  attempts INTEGER NOT NULL DEFAULT 0, -- verify calls made against this code
  sent_at INTEGER NOT NULL,            -- unix ms; the resend cooldown counts from here
  expires_at INTEGER NOT NULL          -- unix ms
);

-- One row per sign-in: the refresh-token family and the device it was made on. An access
-- token's `sid` names its row; a revoked row stops its refresh and access tokens alike.
CREATE TABLE auth_sessions (
  id TEXT PRIMARY KEY,                 -- ses_…
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  device_name TEXT NOT NULL,
  platform TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  last_used_at INTEGER NOT NULL,
  revoked_at INTEGER,                  -- null while the session is live
  revoked_reason TEXT                  -- logout | revoked | reuse
);
CREATE INDEX auth_sessions_user ON auth_sessions (user_id, revoked_at);

-- Every refresh token ever issued to a family. A token works once: using it sets used_at;
-- presenting it again after that is reuse, which revokes the family.
CREATE TABLE refresh_tokens (
  token_hash TEXT PRIMARY KEY,         -- hex SHA-256 of the opaque token
  session_id TEXT NOT NULL REFERENCES auth_sessions (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);
CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

-- Each user's phone book. Whether a contact is a registered user is not stored: it is a join
-- on users.phone, so someone who signs up later shows as registered for everyone at once.
CREATE TABLE contacts (
  owner_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  phone TEXT NOT NULL,                 -- E.164
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (owner_id, phone)
);
-- "Who has this number in their phone book" (profile phone visibility, future invites).
CREATE INDEX contacts_phone ON contacts (phone);
