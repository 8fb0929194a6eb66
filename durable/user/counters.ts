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

type Count = { windowStart: number; count: number; stored: number };

/**
 * The counts live in memory while the object does, and reach storage when they matter. A write of
 * its own in the counting call cost the sender's object a storage commit per send (the first
 * statement after each await paid ~1.3 ms in `npm run profile`), so a count is written:
 * - at once, from half the limit on: a user near their limit is counted exactly, whatever happens;
 * - below that, inside the transaction of the object's next writes (`flush`, called by every
 *   delivery to this user, and a send comes back to its sender's object as one within
 *   milliseconds).
 * An object evicted with counts not yet flushed forgets them: at worst a user sends 1.5× the limit
 * in that one window (half the limit unrecorded, then the full limit counted from storage).
 */
export class WindowCounters {
  private readonly sql: SqlStorage;
  private readonly counts = new Map<string, Count>();

  constructor(sql: SqlStorage) {
    this.sql = sql;
  }

  /** Adds `cost` to `key`'s count in the window starting at `windowStart`; answers the new count. */
  add(key: string, windowStart: number, cost: number, limit: number): number {
    const entry = this.current(key, windowStart);
    entry.count += cost;
    if (entry.count * 2 >= limit) this.write(key, entry);
    return entry.count;
  }

  /**
   * Writes every count not yet stored. Call it inside the `transactionSync` of a call that writes
   * anyway, and `rolledBack()` if that transaction fails. Not before it: a write outside a
   * transaction opens an implicit one, which workerd commits on its own when `transactionSync`
   * starts, one more commit per delivery to a user who sent since the last one (moved in with the
   * chat's delete of delivered rows: the group's deliveries/s 0.785 → 0.839× of the reference's in
   * `npm run bench`; the dialogs' CPU per message did not move beyond the noise).
   */
  flush(): void {
    for (const [key, entry] of this.counts) if (entry.count !== entry.stored) this.write(key, entry);
  }

  /** The transaction a flush wrote in was rolled back: every count is written again by the next. */
  rolledBack(): void {
    for (const entry of this.counts.values()) entry.stored = -1;
  }

  private current(key: string, windowStart: number): Count {
    let entry = this.counts.get(key) ?? this.load(key);
    if (entry.windowStart !== windowStart) entry = { windowStart, count: 0, stored: -1 };
    this.counts.set(key, entry);
    return entry;
  }

  /** An earlier instance's count, from storage (a new window starts from nothing). */
  private load(key: string): Count {
    const row = this.sql
      .exec<{ window_start: number; count: number }>("SELECT window_start, count FROM counters WHERE key = ?", key)
      .toArray()[0];
    return row
      ? { windowStart: row.window_start, count: row.count, stored: row.count }
      : { windowStart: -1, count: 0, stored: -1 };
  }

  private write(key: string, entry: Count) {
    this.sql.exec(
      `INSERT INTO counters (key, window_start, count) VALUES (?1, ?2, ?3)
       ON CONFLICT(key) DO UPDATE SET window_start = excluded.window_start, count = excluded.count`,
      key,
      entry.windowStart,
      entry.count,
    );
    entry.stored = entry.count;
  }
}
