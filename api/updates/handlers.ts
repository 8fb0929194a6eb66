import type { OpenAPIHono } from "@hono/zod-openapi";
import { ackUpdatesRoute, getUpdatesRoute } from "../../openapi/updates.ts";
import { userObject } from "../chats/objects.ts";
import type { AppEnv } from "../env.ts";
import { unwrap } from "../objects/unwrap.ts";

export function registerUpdateRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(getUpdatesRoute, async (c) => {
    const { userId } = c.get("auth");
    const { since, limit } = c.req.valid("query");
    const page = unwrap(await userObject(c.env, userId).getUpdates(userId, since, limit));
    return c.json({ success: true as const, data: page }, 200);
  });

  app.openapi(ackUpdatesRoute, async (c) => {
    const { userId } = c.get("auth");
    const { pts } = c.req.valid("json");
    const acknowledged = unwrap(await userObject(c.env, userId).acknowledge(userId, pts));
    return c.json({ success: true as const, data: acknowledged }, 200);
  });
}
