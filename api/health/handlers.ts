import type { OpenAPIHono } from "@hono/zod-openapi";
import { healthRoute, proxyHealthRoute } from "../../openapi/health.ts";
import pkg from "../../package.json" with { type: "json" };
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { runHealthChecks } from "./checks.ts";

export function registerHealthRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(proxyHealthRoute, (c) => c.json({ status: "ok" as const, timestamp: new Date().toISOString() }, 200));

  app.openapi(healthRoute, async (c) => {
    const config = c.get("config");
    const { checkedAt, results: checks } = await runHealthChecks(c.env);
    const failed = Object.entries(checks).filter(([, result]) => !result.ok);
    const report = {
      status: failed.length ? ("degraded" as const) : ("ok" as const),
      version: pkg.version,
      commit: config.commitSha ?? null,
      environment: config.environment,
      timestamp: new Date().toISOString(),
      checkedAt,
      checks,
    };
    if (failed.length) {
      const names = failed.map(([name]) => name).join(", ");
      throw new ApiError(503, "SERVICE_UNAVAILABLE", `Unhealthy: ${names}`, { details: report });
    }
    return c.json({ success: true as const, data: report }, 200);
  });
}
