import type { Db } from "../privacy/d1.ts";

// Which of this user's sign-in sessions have a push target, copied into their own object: a chat
// then learns, with each delivery, whether a push could reach a device that did not already get the
// message on its socket, and queues none when it could not (a user with no push target, or with
// every such device online). D1's `push_devices` stays the source of truth. The copy may only err
// towards "reachable": a registration adds its session here *before* D1 stores it, so a push is
// never skipped for a device that exists; a removal (sign-out, a dead token) that is not mirrored
// leaves a session here that only costs the push pipeline a look, as before this copy existed.

export const PUSH_REACH_SCHEMA = `
CREATE TABLE IF NOT EXISTS push_sessions (session_id TEXT PRIMARY KEY);
`;

const LOADED_KEY = "push_sessions_loaded";

export class PushReach {
  private readonly sql: SqlStorage;
  private readonly db: Db;
  /** The copy, once loaded: this object is its only writer. */
  private sessions: Set<string> | null = null;

  constructor(sql: SqlStorage, db: Db) {
    this.sql = sql;
    this.db = db;
  }

  /** Loads the copy from D1 once per object (storage remembers that it did). */
  async ensureLoaded(ownerId: string): Promise<void> {
    if (this.sessions) return;
    if (this.sql.exec("SELECT 1 FROM meta WHERE key = ?", LOADED_KEY).toArray().length === 0) {
      const { results } = await this.db
        .prepare("SELECT session_id FROM push_devices WHERE user_id = ?")
        .bind(ownerId)
        .all<{ session_id: string }>();
      if (this.sessions) return;
      for (const row of results) this.sql.exec("INSERT OR IGNORE INTO push_sessions VALUES (?)", row.session_id);
      this.sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES (?, 1)", LOADED_KEY);
    }
    this.sessions = new Set(
      this.sql
        .exec<{ session_id: string }>("SELECT session_id FROM push_sessions")
        .toArray()
        .map((row) => row.session_id),
    );
  }

  /** A session is getting a push target (called before D1 stores it). */
  async add(ownerId: string, sessionId: string): Promise<void> {
    await this.ensureLoaded(ownerId);
    this.sql.exec("INSERT OR IGNORE INTO push_sessions VALUES (?)", sessionId);
    this.sessions?.add(sessionId);
  }

  /** A session lost its push target or was signed out. */
  remove(sessionId: string): void {
    this.sql.exec("DELETE FROM push_sessions WHERE session_id = ?", sessionId);
    this.sessions?.delete(sessionId);
  }

  /**
   * Whether some session with a push target did not get the latest updates on an open socket
   * (`seen`). Before the copy is loaded the answer is yes: unknown means reachable.
   */
  reachableBeyond(seen: Set<string>): boolean {
    if (!this.sessions) return true;
    for (const sessionId of this.sessions) if (!seen.has(sessionId)) return true;
    return false;
  }
}
