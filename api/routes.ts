import type { OpenAPIHono } from "@hono/zod-openapi";
import { registerAdminRoutes } from "./admin/routes.ts";
import { registerAssistantRoutes } from "./assistant/handlers.ts";
import { registerAttachmentRoutes } from "./attachments/handlers.ts";
import { registerAuthRoutes } from "./auth/handlers.ts";
import { registerCallRoutes } from "./calls/handlers.ts";
import { registerChatRoutes } from "./chats/handlers.ts";
import { registerContactRoutes } from "./contacts/handlers.ts";
import { registerDraftRoutes } from "./drafts/handlers.ts";
import type { AppEnv } from "./env.ts";
import { registerExportRoutes } from "./exports/handlers.ts";
import { registerGroupRoutes } from "./groups/handlers.ts";
import { registerHealthRoutes } from "./health/handlers.ts";
import { registerMessageRoutes } from "./messages/handlers.ts";
import { registerPinRoutes } from "./pins/handlers.ts";
import { registerPrivacyRoutes } from "./privacy/handlers.ts";
import { registerPushRoutes } from "./push/handlers.ts";
import { registerRealtimeRoutes } from "./realtime/handlers.ts";
import { registerScheduledRoutes } from "./scheduled/handlers.ts";
import { registerSearchRoutes } from "./search/handlers.ts";
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
  registerAssistantRoutes(app);
  registerPushRoutes(app);
  registerCallRoutes(app);
  registerPrivacyRoutes(app);
  registerSearchRoutes(app);
  registerPinRoutes(app);
  registerScheduledRoutes(app);
  registerDraftRoutes(app);
  registerExportRoutes(app);
  registerAdminRoutes(app);
}
