-- Users live in D1 (chat data lives in Durable Objects). Identity details (codes, refresh-token
-- families, devices, phone book) come in their own migration.
CREATE TABLE users (
  id TEXT PRIMARY KEY,                 -- opaque, server-made (usr_…)
  phone TEXT NOT NULL UNIQUE,          -- E.164
  first_name TEXT NOT NULL DEFAULT '',
  last_name TEXT NOT NULL DEFAULT '',
  username TEXT,                       -- as the user typed it
  username_lower TEXT UNIQUE,          -- for case-insensitive uniqueness and lookup
  bio TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,         -- unix ms
  updated_at INTEGER NOT NULL
);
