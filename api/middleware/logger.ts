import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { AppEnv, Config } from "../env.ts";

type Level = Config["logLevel"];
const rank: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * One JSON line per event. Only what is passed in `fields` is written: never log bodies,
 * headers, tokens or codes (secrets stay out of logs).
 */
export function log(minLevel: Level, level: Level, message: string, fields: Record<string, unknown> = {}) {
  if (rank[level] < rank[minLevel]) return;
  const line = JSON.stringify({ level, message, time: new Date().toISOString(), ...fields });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

/**
 * The route template that answered (`/api/v1/contacts/:phone`), never the raw path: paths carry
 * phone numbers, user and chat ids. An unmatched request logs no path at all.
 */
function routeOf(c: Parameters<MiddlewareHandler>[0]): string {
  const route = routePath(c, -1);
  return route === "*" || route === "/*" ? "(no route)" : route;
}

/** Logs each request once it is answered: method, route template, status, duration. */
export const requestLogger: MiddlewareHandler<AppEnv> = async (c, next) => {
  const started = Date.now();
  await next();
  const status = c.res.status;
  const minLevel = c.var.config?.logLevel ?? "info";
  log(minLevel, status >= 500 ? "error" : "info", "request", {
    requestId: c.var.requestId,
    method: c.req.method,
    route: routeOf(c),
    status,
    durationMs: Date.now() - started,
  });
};
