import type { OpenAPIHono } from "@hono/zod-openapi";
import { cancelScheduledRoute, editScheduledRoute, listScheduledRoute } from "../../openapi/scheduled.ts";
import { chatObject } from "../chats/objects.ts";
import type { AppEnv } from "../env.ts";
import { unwrap } from "../objects/unwrap.ts";

// Scheduling itself is POST /chats/{chatId}/messages with sendAt (api/messages/handlers.ts).
export function registerScheduledRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listScheduledRoute, async (c) => {
    const { chatId } = c.req.valid("param");
    const data = unwrap(await chatObject(c.env, chatId).listScheduled(c.get("auth").userId));
    return c.json({ success: true as const, data }, 200);
  });

  app.openapi(editScheduledRoute, async (c) => {
    const { chatId, scheduledId } = c.req.valid("param");
    const patch = c.req.valid("json");
    const data = unwrap(await chatObject(c.env, chatId).editScheduled(c.get("auth").userId, scheduledId, patch));
    return c.json({ success: true as const, data }, 200);
  });

  app.openapi(cancelScheduledRoute, async (c) => {
    const { chatId, scheduledId } = c.req.valid("param");
    const data = unwrap(await chatObject(c.env, chatId).cancelScheduled(c.get("auth").userId, scheduledId));
    return c.json({ success: true as const, data }, 200);
  });
}
