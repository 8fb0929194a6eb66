-- Fixed-window counters for rate limits (sign-in, contact upload, sends). One row per key;
-- a new window resets the row in place, and the scheduled cleanup (api/cleanup/, migration 0007
-- adds the expires_at it reads) deletes rows whose window is over, so the table stays as small as
-- the set of keys active in their current window.
CREATE TABLE rate_limits (
  key TEXT PRIMARY KEY,          -- e.g. "auth:code:phone:+15551234567"
  window_start INTEGER NOT NULL, -- unix ms
  count INTEGER NOT NULL
);
