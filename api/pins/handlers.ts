import type { OpenAPIHono } from "@hono/zod-openapi";
import { listPinnedRoute, pinMessageRoute, unpinMessageRoute } from "../../openapi/pins.ts";
import { chatObject } from "../chats/objects.ts";
import type { AppEnv } from "../env.ts";
import { unwrap } from "../objects/unwrap.ts";

export function registerPinRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listPinnedRoute, async (c) => {
    const { chatId } = c.req.valid("param");
    const data = unwrap(await chatObject(c.env, chatId).listPinned(c.get("auth").userId));
    return c.json({ success: true as const, data }, 200);
  });

  app.openapi(pinMessageRoute, async (c) => {
    const { chatId, seq } = c.req.valid("param");
    const data = unwrap(await chatObject(c.env, chatId).setPinned(c.get("auth").userId, seq, true));
    return c.json({ success: true as const, data }, 200);
  });

  app.openapi(unpinMessageRoute, async (c) => {
    const { chatId, seq } = c.req.valid("param");
    const data = unwrap(await chatObject(c.env, chatId).setPinned(c.get("auth").userId, seq, false));
    return c.json({ success: true as const, data }, 200);
  });
}
