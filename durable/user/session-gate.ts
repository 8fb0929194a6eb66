import type { Db } from "../privacy/d1.ts";

// The user's own object as the authority on two facts a send needs, so that a send costs no D1
// read: whether the access token's session is still live, and whether anyone blocked the user.
// D1 stays the source of truth; the object reads it once per session per lifetime (in memory
// only) and is told of every change that matters, in the order that keeps it safe:
// - a revocation tells the object *before* D1 stores it (api/auth/handlers.ts,
//   api/users/handlers.ts; the refresh-reuse path right after): a session the object has seen
//   revoked stays refused, whatever a read in flight answers;
// - a block tells the blocked user's object before and after D1 stores it, so "blocked by
//   someone" can only err towards true (which costs a dialog send one D1 read, as before); an
//   unblock makes the object read D1 again.
// A restarted object knows nothing and reads D1 again, so a revocation stored in D1 alone (by
// hand) reaches sends when the object next starts, or when the token expires (15 minutes).

type Fresh = { live: boolean; blockedByAnyone: boolean };

export type Admission = { live: boolean; blockedByAnyone: boolean };

export class SessionGate {
  private readonly db: Db;
  /** Sessions D1 said were live, in this object's lifetime. */
  private readonly live = new Set<string>();
  /** Sessions this object was told were revoked: they win over `live` and over any read in flight. */
  private readonly revoked = new Set<string>();
  /** Whether anyone blocked the owner; null until read (or after an unblock). */
  private blocked: boolean | null = null;
  /** Bumped by every block or unblock: a read that started before one does not overwrite it. */
  private blockEpoch = 0;

  constructor(db: Db) {
    this.db = db;
  }

  /** Whether `sessionId` of `ownerId` may act now, and whether anyone blocked `ownerId`. */
  async admit(ownerId: string, sessionId: string): Promise<Admission> {
    if (this.revoked.has(sessionId)) return { live: false, blockedByAnyone: this.blocked ?? true };
    if (!this.live.has(sessionId) || this.blocked === null) {
      const epoch = this.blockEpoch;
      const fresh = await this.read(ownerId, sessionId);
      if (fresh.live && !this.revoked.has(sessionId)) this.live.add(sessionId);
      if (epoch === this.blockEpoch) this.blocked = fresh.blockedByAnyone;
      if (!fresh.live) return { live: false, blockedByAnyone: this.blocked ?? true };
    }
    return { live: !this.revoked.has(sessionId), blockedByAnyone: this.blocked ?? true };
  }

  /** The session was signed out: refused from now on (called before D1 stores it). */
  revoke(sessionId: string): void {
    this.revoked.add(sessionId);
    this.live.delete(sessionId);
  }

  /** Someone is blocking the owner (called before and after D1 stores it). */
  blockedBySomeone(): void {
    this.blockEpoch += 1;
    this.blocked = true;
  }

  /** Someone unblocked the owner (called after D1 dropped it): D1 says whether anyone else still does. */
  unblockedBySomeone(): void {
    this.blockEpoch += 1;
    this.blocked = null;
  }

  private async read(ownerId: string, sessionId: string): Promise<Fresh> {
    const row = await this.db
      .prepare(
        `SELECT EXISTS (SELECT 1 FROM auth_sessions WHERE id = ?1 AND user_id = ?2 AND revoked_at IS NULL) AS live,
           EXISTS (SELECT 1 FROM blocks WHERE blocked_id = ?2) AS blocked`,
      )
      .bind(sessionId, ownerId)
      .first<{ live: 0 | 1; blocked: 0 | 1 }>();
    return { live: row?.live === 1, blockedByAnyone: row?.blocked === 1 };
  }
}
