import type { OpenAPIHono } from "@hono/zod-openapi";
import { registerChatRoutes } from "./chats/handlers.ts";
import type { AppEnv } from "./env.ts";
import { registerGroupRoutes } from "./groups/handlers.ts";
import { registerHealthRoutes } from "./health/handlers.ts";
import { registerMessageRoutes } from "./messages/handlers.ts";
import { registerUpdateRoutes } from "./updates/handlers.ts";

/** Every resource's routes, in the order they appear in the document. */
export function registerRoutes(app: OpenAPIHono<AppEnv>) {
  registerHealthRoutes(app);
  registerChatRoutes(app);
  registerGroupRoutes(app);
  registerMessageRoutes(app);
  registerUpdateRoutes(app);
}
