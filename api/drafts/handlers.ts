import type { OpenAPIHono } from "@hono/zod-openapi";
import { listDraftsRoute, saveDraftRoute } from "../../openapi/drafts.ts";
import { chatObject, userObject } from "../chats/objects.ts";
import type { AppEnv } from "../env.ts";
import { unwrap } from "../objects/unwrap.ts";

export function registerDraftRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(saveDraftRoute, async (c) => {
    const { userId } = c.get("auth");
    const { chatId } = c.req.valid("param");
    const body = c.req.valid("json");
    // Membership is the chat's to say; the draft is the user's own.
    unwrap(await chatObject(c.env, chatId).chatInfo(userId));
    const data = unwrap(await userObject(c.env, userId).saveDraft(userId, { chatId, ...body }));
    return c.json({ success: true as const, data }, 200);
  });

  app.openapi(listDraftsRoute, async (c) => {
    const { userId } = c.get("auth");
    const data = unwrap(await userObject(c.env, userId).listDrafts(userId));
    return c.json({ success: true as const, data }, 200);
  });
}
