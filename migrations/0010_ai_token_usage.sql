-- The assistant's per-user daily token budget (durable/chat/ai/budget.ts): one row per user and
-- UTC day. `reserved` holds the worst case of turns still running; `used` what ended turns spent.
CREATE TABLE ai_token_usage (
  user_id TEXT NOT NULL,
  day TEXT NOT NULL,                 -- UTC day, "2026-12-01"
  reserved INTEGER NOT NULL DEFAULT 0,
  used INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL,       -- unix ms; the cleanup deletes rows of days long over
  PRIMARY KEY (user_id, day)
);
CREATE INDEX ai_token_usage_by_updated ON ai_token_usage (updated_at);
