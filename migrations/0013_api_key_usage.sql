-- Calls per Telegram-proxy API key per UTC day (each call that passed authentication), for the
-- admin API's usage view (`GET /api/admin/api-keys`). One small upsert per call; rows older than
-- 90 days are deleted by the scheduled cleanup (api/cleanup/jobs.ts).
CREATE TABLE api_key_usage (
  api_key_id TEXT NOT NULL REFERENCES api_keys(id),
  day TEXT NOT NULL,                   -- YYYY-MM-DD, UTC
  calls INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (api_key_id, day)
);
CREATE INDEX api_key_usage_by_day ON api_key_usage (day);
