import type { MiddlewareHandler } from "hono";
import { type AppEnv, loadConfig } from "../env.ts";

/** Validates vars and secrets (once per isolate) and exposes them as `c.get("config")`. */
export const configMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set("config", loadConfig(c.env));
  await next();
};
