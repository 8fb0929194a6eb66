import type { Context, MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import type { AppEnv } from "../env.ts";

// CORS from `CORS_ORIGINS` (comma-separated, or "*").

const EXPOSE_HEADERS = ["X-Request-Id", "Retry-After"];

/** Hono's cors middleware answers preflights (OPTIONS). Built once per origin list. */
const preflightByOrigins = new Map<string, MiddlewareHandler>();

export const corsPreflight: MiddlewareHandler<AppEnv> = (c, next) => {
  const origins = c.get("config").corsOrigins;
  const key = origins.join(",");
  let handler = preflightByOrigins.get(key);
  if (!handler) {
    handler = cors({
      origin: origins.includes("*") ? "*" : origins,
      allowHeaders: ["Authorization", "Content-Type", "X-Request-Id", "X-Session-ID"],
      allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
      exposeHeaders: EXPOSE_HEADERS,
      maxAge: 600,
    });
    preflightByOrigins.set(key, handler);
  }
  return handler(c, next);
};

/**
 * What an actual (non-preflight) request's answer says to the browser, as Hono's cors would:
 * the allowed origin ("*", or the request's own when listed), the headers a page may read, and
 * `Vary: Origin` when the answer depends on the origin.
 */
export function corsHeaders(c: Context<AppEnv>): Array<[string, string]> {
  const origins = c.get("config").corsOrigins;
  if (origins.includes("*")) return [ALLOW_ANY, EXPOSE];
  const origin = c.req.header("origin") ?? "";
  return origins.includes(origin) ? [["Access-Control-Allow-Origin", origin], EXPOSE, VARY] : [EXPOSE, VARY];
}

const ALLOW_ANY: [string, string] = ["Access-Control-Allow-Origin", "*"];
const EXPOSE: [string, string] = ["Access-Control-Expose-Headers", EXPOSE_HEADERS.join(",")];
const VARY: [string, string] = ["Vary", "Origin"];
