// Fixed-window counters kept in the user's own object, for limits that are per user (sends).
// The Worker decides what a count means (api/rate-limit/user-window.ts); this only counts, and
// atomically: a Durable Object runs one call at a time, so two sends cannot both see the last slot.
// One row per key (a new window resets it), so the table never grows with traffic.

export const COUNTERS_SCHEMA = `
CREATE TABLE IF NOT EXISTS counters (
  key TEXT PRIMARY KEY,
  window_start INTEGER NOT NULL,
  count INTEGER NOT NULL
);
`;

/** Adds `cost` to `key`'s count in the window starting at `windowStart`; answers the new count. */
export function countInWindow(sql: SqlStorage, key: string, windowStart: number, cost: number): number {
  return sql
    .exec<{ count: number }>(
      `INSERT INTO counters (key, window_start, count) VALUES (?1, ?2, ?3)
       ON CONFLICT(key) DO UPDATE SET
         count = CASE WHEN counters.window_start = excluded.window_start THEN counters.count + ?3 ELSE ?3 END,
         window_start = excluded.window_start
       RETURNING count`,
      key,
      windowStart,
      cost,
    )
    .one().count;
}
