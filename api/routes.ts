import type { OpenAPIHono } from "@hono/zod-openapi";
import { registerAttachmentRoutes } from "./attachments/handlers.ts";
import { registerAuthRoutes } from "./auth/handlers.ts";
import { registerChatRoutes } from "./chats/handlers.ts";
import { registerContactRoutes } from "./contacts/handlers.ts";
import type { AppEnv } from "./env.ts";
import { registerGroupRoutes } from "./groups/handlers.ts";
import { registerHealthRoutes } from "./health/handlers.ts";
import { registerMessageRoutes } from "./messages/handlers.ts";
import { registerRealtimeRoutes } from "./realtime/handlers.ts";
import { registerTelegramRoutes } from "./telegram/handlers.ts";
import { registerUpdateRoutes } from "./updates/handlers.ts";
import { registerUserRoutes } from "./users/handlers.ts";

/** Every resource's routes, in the order they appear in the document. */
export function registerRoutes(app: OpenAPIHono<AppEnv>) {
  registerHealthRoutes(app);
  registerAuthRoutes(app);
  registerUserRoutes(app);
  registerContactRoutes(app);
  registerChatRoutes(app);
  registerGroupRoutes(app);
  registerMessageRoutes(app);
  registerUpdateRoutes(app);
  registerAttachmentRoutes(app);
  registerRealtimeRoutes(app);
  registerTelegramRoutes(app);
}
