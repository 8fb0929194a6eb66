-- Migration 0001: bookkeeping only. Feature tables arrive with the features (one migration each).
CREATE TABLE IF NOT EXISTS schema_info (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT OR IGNORE INTO schema_info (key, value) VALUES ('created_by', '0001_init');
