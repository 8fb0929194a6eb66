// The D1 side of the Telegram proxy: which API key owns which session. The session itself (its
// Telegram login, messages, sealed session string) lives in its TelegramSessionDO.

/** A key may hold this many sessions (each one is a Durable Object and possibly a socket). */
export const MAX_SESSIONS_PER_KEY = 50;

/**
 * Records `sessionId` as `apiKeyId`'s, unless the key already holds MAX_SESSIONS_PER_KEY: one
 * statement checks the cap and inserts, so racing creates cannot all pass a count read before
 * any of them inserted. False when the cap is reached.
 */
export async function claimSession(db: D1Database, sessionId: string, apiKeyId: string, now: number): Promise<boolean> {
  const claimed = await db
    .prepare(
      `INSERT INTO telegram_sessions (id, api_key_id, created_at)
       SELECT ?1, ?2, ?3 WHERE (SELECT COUNT(*) FROM telegram_sessions WHERE api_key_id = ?2) < ?4
       RETURNING id`,
    )
    .bind(sessionId, apiKeyId, now, MAX_SESSIONS_PER_KEY)
    .first<{ id: string }>();
  return claimed !== null;
}

/** The key's sessions, oldest first. */
export async function listSessions(db: D1Database, apiKeyId: string) {
  const { results } = await db
    .prepare("SELECT id, created_at FROM telegram_sessions WHERE api_key_id = ? ORDER BY created_at, id")
    .bind(apiKeyId)
    .all<{ id: string; created_at: number }>();
  return results.map((row) => ({ sessionId: row.id, createdAt: new Date(row.created_at).toISOString() }));
}

/** Whether `apiKeyId` owns `sessionId` (another key's session looks like a missing one). */
export async function ownsSession(db: D1Database, sessionId: string, apiKeyId: string): Promise<boolean> {
  const row = await db
    .prepare("SELECT id FROM telegram_sessions WHERE id = ? AND api_key_id = ?")
    .bind(sessionId, apiKeyId)
    .first<{ id: string }>();
  return row !== null;
}

export async function deleteSession(db: D1Database, sessionId: string): Promise<void> {
  await db.prepare("DELETE FROM telegram_sessions WHERE id = ?").bind(sessionId).run();
}
