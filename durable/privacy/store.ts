import { type Audience, DEFAULT_PRIVACY, type PrivacySettings } from "./rules.ts";

// The privacy settings and blocks in D1 (migrations/0012_privacy_blocks.sql). Every query takes
// a list and answers for all of it at once, since relays and group adds ask about many users.

import type { Db } from "./d1.ts";

// D1 allows at most 100 bound parameters per statement.
const CHUNK = 90;

async function inChunks<T>(ids: string[], query: (chunk: string[], marks: string) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    rows.push(...(await query(chunk, chunk.map(() => "?").join(", "))));
  }
  return rows;
}

type SettingsRow = { user_id: string; add_to_groups: Audience; presence: Audience };

/** Each user's settings (the defaults for users who never changed them). */
export async function privacyOf(db: Db, userIds: string[]): Promise<Map<string, PrivacySettings>> {
  const rows = await inChunks(userIds, async (chunk, marks) => {
    const { results } = await db
      .prepare(`SELECT user_id, add_to_groups, presence FROM privacy_settings WHERE user_id IN (${marks})`)
      .bind(...chunk)
      .all<SettingsRow>();
    return results;
  });
  const settings = new Map(userIds.map((id) => [id, DEFAULT_PRIVACY]));
  for (const row of rows) settings.set(row.user_id, { addToGroups: row.add_to_groups, presence: row.presence });
  return settings;
}

export async function writePrivacy(db: Db, userId: string, patch: Partial<PrivacySettings>, now: number) {
  const current = (await privacyOf(db, [userId])).get(userId) ?? DEFAULT_PRIVACY;
  const next = { ...current, ...patch };
  await db
    .prepare(
      `INSERT INTO privacy_settings (user_id, add_to_groups, presence, updated_at) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT(user_id) DO UPDATE SET add_to_groups = ?2, presence = ?3, updated_at = ?4`,
    )
    .bind(userId, next.addToGroups, next.presence, now)
    .run();
  return next;
}

/**
 * Whether `blockerId` blocked `blockedId`. The one check other features call before letting one
 * user reach another (calls, messages): `isBlocked(callee, caller)` stops the call.
 */
export async function isBlocked(db: Db, blockerId: string, blockedId: string): Promise<boolean> {
  const row = await db
    .prepare("SELECT 1 AS hit FROM blocks WHERE blocker_id = ? AND blocked_id = ?")
    .bind(blockerId, blockedId)
    .first();
  return row !== null;
}

/** Everyone `blockerId` blocked: the senders whose messages they do not see in groups. */
export async function blockedIdsOf(db: Db, blockerId: string): Promise<string[]> {
  const { results } = await db
    .prepare("SELECT blocked_id FROM blocks WHERE blocker_id = ?")
    .bind(blockerId)
    .all<{ blocked_id: string }>();
  return results.map((row) => row.blocked_id);
}

/** Of `others`, those who blocked `userId` or whom `userId` blocked. */
export async function blockedEitherWay(db: Db, userId: string, others: string[]): Promise<Set<string>> {
  const rows = await inChunks(others, async (chunk) => {
    // ?1 is the user; ?2… the chunk, named by number so both lists can use them.
    const marks = chunk.map((_, i) => `?${i + 2}`).join(", ");
    const { results } = await db
      .prepare(
        `SELECT blocker_id AS id FROM blocks WHERE blocked_id = ?1 AND blocker_id IN (${marks})
         UNION SELECT blocked_id AS id FROM blocks WHERE blocker_id = ?1 AND blocked_id IN (${marks})`,
      )
      .bind(userId, ...chunk)
      .all<{ id: string }>();
    return results;
  });
  return new Set(rows.map((row) => row.id));
}

/** Of `others`, those whose number is in `ownerId`'s phone book. */
export async function inPhoneBookOf(db: Db, ownerId: string, others: string[]): Promise<Set<string>> {
  const rows = await inChunks(others, async (chunk, marks) => {
    const { results } = await db
      .prepare(
        `SELECT u.id AS id FROM users u JOIN contacts c ON c.owner_id = ?1 AND c.phone = u.phone
         WHERE u.id IN (${marks})`,
      )
      .bind(ownerId, ...chunk)
      .all<{ id: string }>();
    return results;
  });
  return new Set(rows.map((row) => row.id));
}

/** Whether anyone blocked `userId`: one indexed read that spares most sends any further check. */
export async function isBlockedByAnyone(db: Db, userId: string): Promise<boolean> {
  return (await db.prepare("SELECT 1 AS hit FROM blocks WHERE blocked_id = ? LIMIT 1").bind(userId).first()) !== null;
}
