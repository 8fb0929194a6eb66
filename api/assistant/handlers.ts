import type { OpenAPIHono } from "@hono/zod-openapi";
import { aiSettings } from "../../durable/index.ts";
import { ASSISTANT_USER_ID, cancelReplyRoute, openAssistantRoute } from "../../openapi/assistant.ts";
import { chatObject, dialogId } from "../chats/objects.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { unwrap } from "../objects/unwrap.ts";

export function registerAssistantRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(openAssistantRoute, async (c) => {
    const { userId } = c.get("auth");
    // Said here before any chat is made; the ChatDO, which reads the same env, says it too.
    if (!aiSettings(c.env).configured) {
      throw new ApiError(503, "AI_NOT_CONFIGURED", "The assistant is not configured on this server");
    }
    // Like any dialog, its id comes from its two members: the same user always gets the same chat.
    const chatId = await dialogId(userId, ASSISTANT_USER_ID);
    const result = unwrap(await chatObject(c.env, chatId).openAssistant(chatId, userId));
    if (result.created) return c.json({ success: true as const, data: result.details }, 201);
    return c.json({ success: true as const, data: result.details }, 200);
  });

  app.openapi(cancelReplyRoute, async (c) => {
    const { chatId, seq } = c.req.valid("param");
    const message = unwrap(await chatObject(c.env, chatId).cancelReply(c.get("auth").userId, seq));
    return c.json({ success: true as const, data: message }, 200);
  });
}
