import type { Bindings } from "../env.ts";

export type CheckResult = { ok: boolean; latencyMs: number; error?: string; count?: number };
/** A check passes by resolving; one that counts something resolves to `{ count }`. */
type Check = (env: Bindings) => Promise<unknown>;

function requireBinding<T>(value: T | undefined, name: string): T {
  if (!value) throw new Error(`binding ${name} is not configured`);
  return value;
}

/** One live round trip per binding the Worker has. Each must be cheap and side-effect free. */
const checks: Record<string, Check> = {
  d1: (env) => requireBinding(env.DB, "DB").prepare("SELECT 1 AS ok").first(),
  kv: (env) => requireBinding(env.CACHE, "CACHE").get("health:probe"),
  r2: (env) => requireBinding(env.ATTACHMENTS, "ATTACHMENTS").head("health/probe"),
  // The consumer drops messages of this kind (see api/queue.ts).
  queue: (env) => requireBinding(env.PUSH_QUEUE, "PUSH_QUEUE").send({ kind: "healthcheck" }),
  // Outbox rows the chats gave up on (recorded by each ChatDO, see migrations/0006). A count
  // above 0 is reported, not failed: those updates are lost already and the recipients heal
  // by catch-up; answering 503 would only take a working Worker out of a load balancer.
  outboxDeadLetters: async (env) => {
    const row = await requireBinding(env.DB, "DB")
      .prepare("SELECT COUNT(*) AS count FROM outbox_dead_letters")
      .first<{ count: number }>();
    return { count: row?.count ?? 0 };
  },
  // Pushes that used up their retries and went to the dead-letter queue (api/queue.ts records
  // them, with the provider's reason): a count above 0 usually means credentials to fix.
  pushDeadLetters: async (env) => {
    const row = await requireBinding(env.DB, "DB")
      .prepare("SELECT COUNT(*) AS count FROM push_dead_letters")
      .first<{ count: number }>();
    return { count: row?.count ?? 0 };
  },
};

async function timed(check: Check, env: Bindings): Promise<CheckResult> {
  const started = Date.now();
  try {
    const answer = await check(env);
    const result: CheckResult = { ok: true, latencyMs: Date.now() - started };
    if (isCount(answer)) result.count = answer.count;
    return result;
  } catch (error) {
    return {
      ok: false,
      latencyMs: Date.now() - started,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

const isCount = (value: unknown): value is { count: number } =>
  typeof value === "object" && value !== null && typeof (value as { count?: unknown }).count === "number";

export type HealthChecks = { checkedAt: string; results: Record<string, CheckResult> };

/**
 * How long one round of checks answers for. The route is public and each round sends a Queue
 * message, so callers (load balancers, anyone) share one round per isolate per window.
 */
export const HEALTH_CHECK_TTL_MS = 5_000;

// Keyed by the env object, like the parsed config: an env with other bindings gets its own round.
const recent = new WeakMap<object, { expiresAt: number; round: Promise<HealthChecks> }>();

async function runRound(env: Bindings): Promise<HealthChecks> {
  const checkedAt = new Date().toISOString();
  const names = Object.keys(checks);
  const results = await Promise.all(names.map((name) => timed(checks[name] as Check, env)));
  return { checkedAt, results: Object.fromEntries(names.map((name, i) => [name, results[i] as CheckResult])) };
}

/** The latest round of checks, at most HEALTH_CHECK_TTL_MS old; concurrent callers share one round. */
export function runHealthChecks(env: Bindings, now = Date.now()): Promise<HealthChecks> {
  const cached = recent.get(env);
  if (cached && cached.expiresAt > now) return cached.round;
  const round = runRound(env);
  recent.set(env, { expiresAt: now + HEALTH_CHECK_TTL_MS, round });
  return round;
}
