import type { OpenAPIHono } from "@hono/zod-openapi";
import { ASSISTANT_USER_ID, cancelReplyRoute, openAssistantRoute } from "../../openapi/assistant.ts";
import { chatObject, dialogId } from "../chats/objects.ts";
import type { AppEnv } from "../env.ts";
import { unwrap } from "../objects/unwrap.ts";

export function registerAssistantRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(openAssistantRoute, async (c) => {
    const { userId } = c.var.auth;
    // Like any dialog, its id comes from its two members: the same user always gets the same chat.
    const chatId = await dialogId(userId, ASSISTANT_USER_ID);
    const result = unwrap(await chatObject(c.env, chatId).openAssistant(chatId, userId));
    if (result.created) return c.json({ success: true as const, data: result.details }, 201);
    return c.json({ success: true as const, data: result.details }, 200);
  });

  app.openapi(cancelReplyRoute, async (c) => {
    const { chatId, seq } = c.req.valid("param");
    const message = unwrap(await chatObject(c.env, chatId).cancelReply(c.var.auth.userId, seq));
    return c.json({ success: true as const, data: message }, 200);
  });
}
