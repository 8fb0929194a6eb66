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

/** The error code of a failed answer that did not pass through the error handler. */
async function answeredErrorCode(response: Response): Promise<string | undefined> {
  if (!(response.headers.get("Content-Type") ?? "").includes("json")) return undefined;
  const body = (await response
    .clone()
    .json()
    .catch(() => undefined)) as { error?: { code?: unknown } } | undefined;
  return typeof body?.error?.code === "string" ? body.error.code : undefined;
}

/**
 * The route template that answered (`/api/v1/contacts/:phone`), never the raw path: paths carry
 * phone numbers, user and chat ids. An unmatched request logs no path at all.
 */
function routeOf(c: Parameters<MiddlewareHandler>[0]): string {
  const route = routePath(c, -1);
  return route === "*" || route === "/*" ? "(no route)" : route;
}

/**
 * One line per request, once it is answered: method, route template (no ids, no query string),
 * status, duration; a failed one at warn (4xx) or error (5xx) with its error code, and the cause of a 5xx.
 */
export const requestLogger: MiddlewareHandler<AppEnv> = async (c, next) => {
  const started = Date.now();
  await next();
  const status = c.res.status;
  const minLevel = c.get("config")?.logLevel ?? "info";
  const level: Level = status >= 500 ? "error" : status >= 400 ? "warn" : "info";
  // A line that would be dropped costs nothing to build (its route, its error code).
  if (rank[level] < rank[minLevel]) return;
  const failure = status >= 400 ? (c.get("failure") ?? { code: await answeredErrorCode(c.res) }) : undefined;
  log(minLevel, level, "request", {
    requestId: c.get("requestId"),
    method: c.req.method,
    route: routeOf(c),
    status,
    durationMs: Date.now() - started,
    ...(failure?.code ? { code: failure.code } : {}),
    ...(failure?.cause ? { error: failure.cause } : {}),
  });
};
