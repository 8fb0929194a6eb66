import type { OpenAPIHono } from "@hono/zod-openapi";
import { decodeChatCursor, encodeChatCursor } from "../../durable/index.ts";
import { getChatRoute, listChatsRoute, openDialogRoute, updateChatSettingsRoute } from "../../openapi/chats.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { unwrap } from "../objects/unwrap.ts";
import { hiddenSendersFor } from "../privacy/hidden-senders.ts";
import { chatObject, dialogId, unknownUsers, userObject } from "./objects.ts";

export function registerChatRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listChatsRoute, async (c) => {
    const { userId } = c.get("auth");
    const { limit, cursor } = c.req.valid("query");
    const after = cursor === undefined ? null : decodeChatCursor(cursor);
    if (after === undefined) {
      throw ApiError.badRequest("Invalid request query", {
        target: "query",
        issues: [{ path: "cursor", message: "is not a cursor from this API", code: "custom" }],
      });
    }
    const page = unwrap(await userObject(c.env, userId).listChats(userId, after, limit));
    const data = { chats: page.items, nextCursor: page.next ? encodeChatCursor(page.next) : null };
    return c.json({ success: true as const, data }, 200);
  });

  app.openapi(openDialogRoute, async (c) => {
    const { userId } = c.get("auth");
    const { userId: peerId } = c.req.valid("json");
    if (peerId !== userId && (await unknownUsers(c.env.DB, [peerId])).length > 0) {
      throw ApiError.notFound("User not found", "USER_NOT_FOUND");
    }
    const chatId = await dialogId(userId, peerId);
    const result = unwrap(await chatObject(c.env, chatId).openDialog(chatId, userId, peerId));
    if (result.created) return c.json({ success: true as const, data: result.details }, 201);
    return c.json({ success: true as const, data: result.details }, 200);
  });

  app.openapi(getChatRoute, async (c) => {
    const { chatId } = c.req.valid("param");
    const { userId } = c.get("auth");
    const hidden = await hiddenSendersFor(c.env, userId, chatId);
    const details = unwrap(await chatObject(c.env, chatId).details(userId, hidden));
    return c.json({ success: true as const, data: details }, 200);
  });

  app.openapi(updateChatSettingsRoute, async (c) => {
    const { userId } = c.get("auth");
    const { chatId } = c.req.valid("param");
    const patch = c.req.valid("json");
    // Membership is the chat's to say; the settings are the user's own.
    const chat = unwrap(await chatObject(c.env, chatId).chatInfo(userId));
    const item = unwrap(await userObject(c.env, userId).updateSettings(userId, chat, patch));
    return c.json({ success: true as const, data: item }, 200);
  });
}
