import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import type { AppEnv } from "../env.ts";

/** CORS from `CORS_ORIGINS` (comma-separated, or "*"). Built once per origin list. */
const byOrigins = new Map<string, MiddlewareHandler>();

export const corsMiddleware: MiddlewareHandler<AppEnv> = (c, next) => {
  const origins = c.var.config.corsOrigins;
  const key = origins.join(",");
  let handler = byOrigins.get(key);
  if (!handler) {
    handler = cors({
      origin: origins.includes("*") ? "*" : origins,
      allowHeaders: ["Authorization", "Content-Type", "X-Request-Id", "X-Session-ID"],
      allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
      exposeHeaders: ["X-Request-Id", "Retry-After"],
      maxAge: 600,
    });
    byOrigins.set(key, handler);
  }
  return handler(c, next);
};
