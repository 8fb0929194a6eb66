import type { Bindings } from "../env.ts";
import { unwrap } from "../objects/unwrap.ts";
import { type RateLimit, refuseOverLimit, verdict, windowStart } from "./fixed-window.ts";

/**
 * A fixed-window limit on one user's own calls (sends), counted in the user's Durable Object
 * instead of D1: same 429 + `Retry-After` contract as enforceRateLimit, without a D1 write per
 * call (D1 has one primary; the user's object is one RPC away and counts atomically). The object
 * is told the limit: it stores a count at once only near it (durable/user/counters.ts).
 */
export async function enforceUserRateLimit(
  env: Pick<Bindings, "USER">,
  userId: string,
  limit: RateLimit,
  now = Date.now(),
  message?: string,
) {
  const user = env.USER.get(env.USER.idFromName(userId));
  const count = unwrap(
    await user.countInWindow(userId, limit.key, windowStart(now, limit.windowSeconds), limit.cost ?? 1, limit.limit),
  );
  return refuseOverLimit(verdict(limit, count, now), message);
}
