import type { Bindings } from "../env.ts";

export type CheckResult = { ok: boolean; latencyMs: number; error?: string };
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
};

async function timed(check: Check, env: Bindings): Promise<CheckResult> {
  const started = Date.now();
  try {
    await check(env);
    return { ok: true, latencyMs: Date.now() - started };
  } catch (error) {
    return {
      ok: false,
      latencyMs: Date.now() - started,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

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
