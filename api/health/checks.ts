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

export async function runHealthChecks(env: Bindings): Promise<Record<string, CheckResult>> {
  const names = Object.keys(checks);
  const results = await Promise.all(names.map((name) => timed(checks[name] as Check, env)));
  return Object.fromEntries(names.map((name, i) => [name, results[i] as CheckResult]));
}
