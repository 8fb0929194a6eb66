import type { DeadLetter } from "./rpc.ts";

// The D1 side of the outbox's dead-letter table: objects cannot be enumerated, so every row a
// ChatDO gives up on is recorded here, where GET /api/v1/health counts them.

/** Idempotent on (chat_id, outbox_id): recording a row twice (a retried drain) counts it once. */
export async function recordDeadLetters(db: D1Database, letters: DeadLetter[]): Promise<void> {
  if (letters.length === 0) return;
  await db.batch(
    letters.map((l) =>
      db
        .prepare(
          `INSERT OR IGNORE INTO outbox_dead_letters
             (chat_id, outbox_id, recipient, event_id, kind, attempts, last_error, dead_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .bind(l.chatId, l.outboxId, l.recipient, l.eventId, l.kind, l.attempts, l.lastError, l.deadAt),
    ),
  );
}
