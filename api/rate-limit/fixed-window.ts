import { ApiError } from "../errors.ts";

export type RateLimit = {
  /** What is limited, e.g. `auth:code:ip:203.0.113.7`. Never put a secret in a key. */
  key: string;
  /** How many calls each window allows. */
  limit: number;
  windowSeconds: number;
  /** How much this call spends (default 1), e.g. the number of contacts in an upload. */
  cost?: number;
  /**
   * A window that starts at a given moment (unix ms) instead of on the clock's boundaries, e.g.
   * "the attempts on the code sent at T": the budget then lasts exactly as long as the code.
   */
  startsAt?: number;
};

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

/** Start of the window that contains `now`, in unix ms. */
export function windowStart(now: number, windowSeconds: number): number {
  const windowMs = windowSeconds * 1000;
  return Math.floor(now / windowMs) * windowMs;
}

/**
 * Counts one call against a fixed-window limit in D1, atomically (one UPSERT … RETURNING, so
 * concurrent calls cannot both see the last free slot). Calls over the limit are counted too.
 */
export async function consumeRateLimit(db: D1Database, limit: RateLimit, now = Date.now()): Promise<RateLimitResult> {
  const start = limit.startsAt ?? windowStart(now, limit.windowSeconds);
  const row = await db
    .prepare(
      `INSERT INTO rate_limits (key, window_start, count, expires_at) VALUES (?1, ?2, ?3, ?4)
       ON CONFLICT(key) DO UPDATE SET
         count = CASE WHEN rate_limits.window_start = excluded.window_start THEN rate_limits.count + ?3 ELSE ?3 END,
         window_start = excluded.window_start,
         expires_at = excluded.expires_at
       RETURNING count`,
    )
    // expires_at lets the scheduled cleanup drop a finished window (api/cleanup/jobs.ts).
    .bind(limit.key, start, limit.cost ?? 1, start + limit.windowSeconds * 1000)
    .first<{ count: number }>();
  return verdict(limit, row?.count ?? 1, now);
}

/** What a window's count (this call included) means for the call made at `now`. */
export function verdict(limit: RateLimit, count: number, now: number): RateLimitResult {
  const end = windowStart(now, limit.windowSeconds) + limit.windowSeconds * 1000;
  const retryAfterSeconds = Math.max(1, Math.ceil((end - now) / 1000));
  return { allowed: count <= limit.limit, remaining: Math.max(0, limit.limit - count), retryAfterSeconds };
}

/** Throws 429 with `Retry-After` when a result is over its limit. */
export function refuseOverLimit(result: RateLimitResult, message?: string): RateLimitResult {
  if (!result.allowed) throw ApiError.tooManyRequests(result.retryAfterSeconds, message);
  return result;
}

/** Like consumeRateLimit, but throws 429 with `Retry-After` when the limit is exceeded. */
export async function enforceRateLimit(db: D1Database, limit: RateLimit, now = Date.now(), message?: string) {
  return refuseOverLimit(await consumeRateLimit(db, limit, now), message);
}

/**
 * Whether `limit` is already spent, without spending anything: for budgets charged only when a
 * call fails (wrong sign-in codes), checked before the call is tried.
 */
export async function peekRateLimit(db: D1Database, limit: RateLimit, now = Date.now()): Promise<RateLimitResult> {
  const start = limit.startsAt ?? windowStart(now, limit.windowSeconds);
  const row = await db
    .prepare("SELECT count FROM rate_limits WHERE key = ? AND window_start = ?")
    .bind(limit.key, start)
    .first<{ count: number }>();
  const count = row?.count ?? 0;
  const retryAfterSeconds = Math.max(1, Math.ceil((start + limit.windowSeconds * 1000 - now) / 1000));
  return { allowed: count < limit.limit, remaining: Math.max(0, limit.limit - count), retryAfterSeconds };
}
