import { env } from "cloudflare:test";
import { createRoute, z } from "@hono/zod-openapi";
import { createApp } from "../../api/app.ts";
import { jsonBody, jsonSuccess } from "../../openapi/envelope.ts";

/**
 * The real app plus probe routes, so the shared middleware (validation, 413, 415, malformed JSON,
 * the security guard, unexpected errors) can be exercised on its own. Runs inside workerd.
 */
export function appWithProbes() {
  const app = createApp();
  app.openapi(
    createRoute({
      method: "post",
      path: "/probe/echo",
      security: [],
      request: { body: jsonBody(z.object({ name: z.string().min(1), count: z.number().int().max(10) })) },
      responses: { 200: jsonSuccess("echo", z.object({ name: z.string(), count: z.number() })) },
    }),
    (c) => c.json({ success: true as const, data: c.req.valid("json") }, 200),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: "/probe/whoami/{thing}",
      security: [{ bearerJwt: [] }],
      request: { params: z.object({ thing: z.string() }) },
      responses: { 200: jsonSuccess("who", z.object({ userId: z.string(), sessionId: z.string() })) },
    }),
    (c) => c.json({ success: true as const, data: c.var.auth }, 200),
  );
  app.get("/probe/crash", () => {
    throw new Error("secret internals: db password is hunter2");
  });
  // Tests may pass a modified env (a missing binding, production vars) to see how the app copes.
  const call = (path: string, init?: RequestInit, bindings: Record<string, unknown> = { ...env }) =>
    app.request(path, init, bindings as unknown as typeof env);
  return { app, call };
}

export type HealthCheck = { ok: boolean; count?: number };

/**
 * The health checks, from a round of their own: the app keeps a round for 5 s per env object
 * (runHealthChecks), and a copy of env is a new one, so no recent answer is replayed. The counts
 * cover every chat and push, other test files' in this runtime included: compare before and after.
 */
export async function freshHealthChecks(): Promise<Record<string, HealthCheck | undefined>> {
  const res = await appWithProbes().call("/api/v1/health");
  if (res.status !== 200) throw new Error(`health answered ${res.status}`);
  return ((await res.json()) as { data: { checks: Record<string, HealthCheck> } }).data.checks;
}
