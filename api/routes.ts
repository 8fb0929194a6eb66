import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./env.ts";
import { registerHealthRoutes } from "./health/handlers.ts";
import { registerTelegramRoutes } from "./telegram/handlers.ts";

/** Every resource's routes, in the order they appear in the document. */
export function registerRoutes(app: OpenAPIHono<AppEnv>) {
  registerHealthRoutes(app);
  registerTelegramRoutes(app);
}
