-- The scheduled cleanup (api/cleanup/, a cron trigger in wrangler.toml) deletes rows that no
-- longer mean anything: expired sign-in codes, rate-limit windows that have ended, refresh tokens
-- past their expiry, and sign-in sessions that were revoked or have no live refresh token left.
-- These indexes let each cleanup statement find its rows without scanning the table.

-- A window's end, so a row can be dropped once it is over without knowing which limit wrote it.
-- Rows written before this migration have NULL and are dropped after the longest window (1 day).
ALTER TABLE rate_limits ADD COLUMN expires_at INTEGER;
CREATE INDEX rate_limits_expiry ON rate_limits (expires_at);

CREATE INDEX auth_codes_expiry ON auth_codes (expires_at);
CREATE INDEX refresh_tokens_expiry ON refresh_tokens (expires_at);
CREATE INDEX auth_sessions_revoked ON auth_sessions (revoked_at) WHERE revoked_at IS NOT NULL;
CREATE INDEX auth_sessions_last_used ON auth_sessions (last_used_at) WHERE revoked_at IS NULL;
