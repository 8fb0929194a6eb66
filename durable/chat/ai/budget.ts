import type { Usage } from "./provider.ts";

// The per-user daily token budget, in D1 (ai_token_usage, migrations/0010): a turn reserves its
// worst case (estimated prompt + max_tokens) before it starts and settles with the usage the
// provider reported when it ends, so concurrent turns in different chats cannot overspend.

/** The UTC day a moment falls on, as the budget's key: "2026-12-01". */
export function utcDay(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

/** Seconds until the next UTC midnight, when a new day's budget starts (at least 1). */
export function secondsUntilNextDay(now: number): number {
  const next = new Date(now);
  next.setUTCHours(24, 0, 0, 0);
  return Math.max(1, Math.ceil((next.getTime() - now) / 1000));
}

/** What a turn settles with: the reported usage, or its own estimate when the provider gave none. */
export function spentTokens(usage: Usage | null, estimate: { promptTokens: number; replyText: string }): number {
  if (usage) return usage.promptTokens + usage.completionTokens;
  return estimate.promptTokens + Math.ceil(estimate.replyText.length / 4);
}

/** Reserves `tokens` for `userId` today; false when that would pass `budget` (0 = no budget). */
export async function reserveTokens(
  db: D1Database,
  userId: string,
  day: string,
  tokens: number,
  budget: number,
  now: number,
): Promise<boolean> {
  if (budget === 0) return true;
  const [, reserved] = await db.batch([
    db
      .prepare(
        "INSERT INTO ai_token_usage (user_id, day, reserved, used, updated_at) VALUES (?1, ?2, 0, 0, ?3) ON CONFLICT (user_id, day) DO NOTHING",
      )
      .bind(userId, day, now),
    db
      .prepare(
        `UPDATE ai_token_usage SET reserved = reserved + ?3, updated_at = ?4
         WHERE user_id = ?1 AND day = ?2 AND reserved + used + ?3 <= ?5 RETURNING reserved`,
      )
      .bind(userId, day, tokens, now, budget),
  ]);
  return (reserved?.results.length ?? 0) > 0;
}

/** Gives back a reservation and counts what was really spent. */
export async function settleTokens(
  db: D1Database,
  userId: string,
  day: string,
  reserved: number,
  spent: number,
  now: number,
): Promise<void> {
  await db
    .prepare(
      `UPDATE ai_token_usage SET reserved = MAX(0, reserved - ?3), used = used + ?4, updated_at = ?5
       WHERE user_id = ?1 AND day = ?2`,
    )
    .bind(userId, day, reserved, spent, now)
    .run();
}
