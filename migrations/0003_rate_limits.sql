-- Fixed-window counters for rate limits (sign-in, contact upload, sends). One row per key;
-- a new window resets the row in place, so the table stays as small as the set of active keys.
CREATE TABLE rate_limits (
  key TEXT PRIMARY KEY,          -- e.g. "auth:code:phone:+15551234567"
  window_start INTEGER NOT NULL, -- unix ms
  count INTEGER NOT NULL
);
