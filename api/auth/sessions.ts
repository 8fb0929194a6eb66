import { ApiError } from "../errors.ts";
import { removeSessionDeviceStatement } from "../push/devices.ts";
import type { AccessClaims } from "./access-token.ts";
import { newId, newRefreshToken, sha256Hex } from "./secrets.ts";
import type { SessionCaller } from "./session-caller.ts";

/** A refresh token unused for this long expires; each rotation starts the clock again. */
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 86_400;
/** How stale `last_used_at` may get before an authenticated request rewrites it. */
const LAST_USED_RESOLUTION_MS = 60_000;

export type Device = { name: string; platform: string };
export type RevokeReason = "logout" | "revoked" | "reuse";

type SessionRow = {
  id: string;
  user_id: string;
  device_name: string;
  platform: string;
  created_at: number;
  last_used_at: number;
  revoked_at: number | null;
};

function insertRefreshToken(db: D1Database, tokenHash: string, sessionId: string, now: number) {
  return db
    .prepare("INSERT INTO refresh_tokens (token_hash, session_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
    .bind(tokenHash, sessionId, now, now + REFRESH_TOKEN_TTL_SECONDS * 1000);
}

/** A new sign-in: its session (refresh-token family) and first refresh token, in one transaction. */
export async function startSession(db: D1Database, userId: string, device: Device, now: number) {
  const sessionId = newId("ses");
  const refreshToken = newRefreshToken();
  await db.batch([
    db
      .prepare(
        `INSERT INTO auth_sessions (id, user_id, device_name, platform, created_at, last_used_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)`,
      )
      .bind(sessionId, userId, device.name, device.platform, now),
    insertRefreshToken(db, await sha256Hex(refreshToken), sessionId, now),
  ]);
  return { sessionId, refreshToken };
}

/** Revokes a session; its push target goes in the same batch (a signed-out phone gets no pushes). */
export async function revokeSession(db: D1Database, sessionId: string, reason: RevokeReason, now: number) {
  await db.batch([
    db
      .prepare("UPDATE auth_sessions SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND revoked_at IS NULL")
      .bind(now, reason, sessionId),
    removeSessionDeviceStatement(db, sessionId),
  ]);
}

/** Revokes one of `userId`'s live sessions; false when there is no such live session of theirs. */
export async function revokeOwnSession(db: D1Database, userId: string, sessionId: string, now: number) {
  const [revoked] = await db.batch([
    db
      .prepare(
        `UPDATE auth_sessions SET revoked_at = ?1, revoked_reason = 'revoked'
         WHERE id = ?2 AND user_id = ?3 AND revoked_at IS NULL RETURNING id`,
      )
      .bind(now, sessionId, userId),
    // Only the caller's own session can have been revoked above; another user's keeps its target.
    db.prepare("DELETE FROM push_devices WHERE session_id = ?1 AND user_id = ?2").bind(sessionId, userId),
  ]);
  return (revoked?.results.length ?? 0) > 0;
}

/**
 * Rotation with reuse detection. The presented token is marked used in the same statement that
 * checks it was unused, so of two concurrent refreshes with one token exactly one wins; the
 * other — like any later replay — is treated as theft and revokes the whole family.
 */
export async function rotateRefreshToken(
  db: D1Database,
  refreshToken: string,
  now: number,
  onReuse?: (revoked: AccessClaims) => Promise<unknown>,
) {
  const invalid = () => ApiError.unauthorized("Invalid or expired refresh token", "REFRESH_TOKEN_INVALID");
  const tokenHash = await sha256Hex(refreshToken);
  const claimed = await db
    .prepare(
      `UPDATE refresh_tokens SET used_at = ?1
       WHERE token_hash = ?2 AND used_at IS NULL AND expires_at > ?1
         AND session_id IN (SELECT id FROM auth_sessions WHERE revoked_at IS NULL)
       RETURNING session_id`,
    )
    .bind(now, tokenHash)
    .first<{ session_id: string }>();
  if (!claimed) {
    const known = await db
      .prepare("SELECT session_id, used_at FROM refresh_tokens WHERE token_hash = ?")
      .bind(tokenHash)
      .first<{ session_id: string; used_at: number | null }>();
    if (known?.used_at != null) {
      await revokeSession(db, known.session_id, "reuse", now);
      // The family's live connections (its realtime socket) go too, as on logout.
      const owner = await db
        .prepare("SELECT user_id FROM auth_sessions WHERE id = ?")
        .bind(known.session_id)
        .first<{ user_id: string }>();
      if (owner && onReuse) await onReuse({ userId: owner.user_id, sessionId: known.session_id });
      throw ApiError.unauthorized(
        "This refresh token was already used: the session has been revoked. Sign in again.",
        "REFRESH_TOKEN_REUSED",
      );
    }
    throw invalid();
  }
  const next = newRefreshToken();
  const [, session] = await db.batch<{ user_id: string }>([
    insertRefreshToken(db, await sha256Hex(next), claimed.session_id, now),
    db
      .prepare("UPDATE auth_sessions SET last_used_at = ?1 WHERE id = ?2 RETURNING user_id")
      .bind(now, claimed.session_id),
    // Used tokens are kept until they would have expired (so a replay is still recognised as
    // reuse), then dropped: a family holds at most 30 days of rotations.
    db.prepare("DELETE FROM refresh_tokens WHERE session_id = ? AND expires_at <= ?").bind(claimed.session_id, now),
  ]);
  const userId = session?.results[0]?.user_id;
  if (!userId) throw invalid();
  return { userId, sessionId: claimed.session_id, refreshToken: next };
}

/** The answer to a token whose session was signed out or revoked, wherever that is found. */
export const sessionSignedOut = () => ApiError.unauthorized("This session has been signed out", "SESSION_REVOKED");

/**
 * The check behind every bearer-authenticated request the caller's own object does not check
 * (api/auth/authenticators.ts): the token's session must exist, belong to its subject and not be
 * revoked. The same statement says whether anyone blocked the caller, which every dialog send and
 * call would otherwise fetch in a round trip of its own. `last_used_at` is rewritten at most once a
 * minute per session.
 */
export async function liveSessionCaller(db: D1Database, claims: AccessClaims, now: number): Promise<SessionCaller> {
  const row = await db
    .prepare(
      `SELECT user_id, revoked_at, last_used_at,
         EXISTS (SELECT 1 FROM blocks WHERE blocked_id = auth_sessions.user_id) AS blocked_by_anyone
       FROM auth_sessions WHERE id = ?`,
    )
    .bind(claims.sessionId)
    .first<{ user_id: string; revoked_at: number | null; last_used_at: number; blocked_by_anyone: 0 | 1 }>();
  if (!row || row.user_id !== claims.userId || row.revoked_at !== null) throw sessionSignedOut();
  if (now - row.last_used_at > LAST_USED_RESOLUTION_MS) {
    await db.prepare("UPDATE auth_sessions SET last_used_at = ? WHERE id = ?").bind(now, claims.sessionId).run();
  }
  return { blockedByAnyone: row.blocked_by_anyone === 1 };
}

export async function listLiveSessions(db: D1Database, userId: string, currentSessionId: string) {
  const { results } = await db
    .prepare(
      `SELECT id, device_name, platform, created_at, last_used_at FROM auth_sessions
       WHERE user_id = ? AND revoked_at IS NULL ORDER BY created_at DESC, id`,
    )
    .bind(userId)
    .all<SessionRow>();
  return results.map((row) => ({
    id: row.id,
    deviceName: row.device_name,
    platform: row.platform,
    createdAt: new Date(row.created_at).toISOString(),
    lastUsedAt: new Date(row.last_used_at).toISOString(),
    current: row.id === currentSessionId,
  }));
}
