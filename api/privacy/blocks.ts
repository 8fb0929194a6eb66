// The blocks a user made, in D1 (migrations/0012_privacy_blocks.sql). Reading whether someone is
// blocked is shared with the objects (durable/privacy/store.ts); writing is only the Worker's.

export async function block(db: D1Database, blockerId: string, blockedId: string, now: number) {
  await db
    .prepare("INSERT INTO blocks (blocker_id, blocked_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
    .bind(blockerId, blockedId, now)
    .run();
}

/** Whether there was such a block to drop. */
export async function unblock(db: D1Database, blockerId: string, blockedId: string): Promise<boolean> {
  const result = await db
    .prepare("DELETE FROM blocks WHERE blocker_id = ? AND blocked_id = ?")
    .bind(blockerId, blockedId)
    .run();
  return result.meta.changes > 0;
}

export async function blockedBy(db: D1Database, blockerId: string) {
  const { results } = await db
    .prepare("SELECT blocked_id, created_at FROM blocks WHERE blocker_id = ? ORDER BY created_at DESC LIMIT 1000")
    .bind(blockerId)
    .all<{ blocked_id: string; created_at: number }>();
  return results.map((row) => ({ userId: row.blocked_id, blockedAt: new Date(row.created_at).toISOString() }));
}
