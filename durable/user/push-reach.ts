import type { Db } from "../privacy/d1.ts";
import { StoredIdSet } from "./stored-id-set.ts";

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

export class PushReach {
  private readonly db: Db;
  private readonly sessions: StoredIdSet;

  constructor(sql: SqlStorage, db: Db) {
    this.db = db;
    this.sessions = new StoredIdSet(sql, {
      table: "push_sessions",
      column: "session_id",
      loadedKey: "push_sessions_loaded",
    });
  }

  /** Loads the copy from D1 once per object (storage remembers that it did). */
  async ensureLoaded(ownerId: string): Promise<void> {
    await this.sessions.ensureLoaded(async () => {
      const { results } = await this.db
        .prepare("SELECT session_id FROM push_devices WHERE user_id = ?")
        .bind(ownerId)
        .all<{ session_id: string }>();
      return results.map((row) => row.session_id);
    });
  }

  /** A session is getting a push target (called before D1 stores it). */
  async add(ownerId: string, sessionId: string): Promise<void> {
    await this.ensureLoaded(ownerId);
    this.sessions.add(sessionId);
  }

  /** A session lost its push target or was signed out. */
  remove(sessionId: string): void {
    this.sessions.delete(sessionId);
  }

  /**
   * Whether some session with a push target did not get the latest updates on an open socket
   * (`seen`). Before the copy is loaded the answer is yes: unknown means reachable.
   */
  reachableBeyond(seen: Set<string>): boolean {
    const sessions = this.sessions.loaded();
    if (!sessions) return true;
    for (const sessionId of sessions) if (!seen.has(sessionId)) return true;
    return false;
  }
}
