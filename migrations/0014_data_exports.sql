-- Data exports (POST /api/v1/me/export): one row per requested archive. The archive itself is a
-- JSON object in R2 (ATTACHMENTS bucket, key exports/<user id>.json: each export replaces the
-- user's previous one, so R2 keeps at most one per user). The scheduled cleanup deletes rows
-- older than 7 days; the download refuses them already.
CREATE TABLE data_exports (
  id TEXT PRIMARY KEY,                 -- exp_…
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  status TEXT NOT NULL,                -- building | ready | failed
  r2_key TEXT NOT NULL,
  size_bytes INTEGER,
  error TEXT,
  created_at INTEGER NOT NULL,         -- unix ms
  completed_at INTEGER
);
CREATE INDEX data_exports_user ON data_exports (user_id, created_at);
CREATE INDEX data_exports_created ON data_exports (created_at);
