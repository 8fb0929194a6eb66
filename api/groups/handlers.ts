import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  addMembersRoute,
  createGroupRoute,
  removeMemberRoute,
  setMemberRoleRoute,
  updateGroupRoute,
} from "../../openapi/groups.ts";
import { chatObject, newGroupId, unknownUsers } from "../chats/objects.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { unwrap } from "../objects/unwrap.ts";

async function requireUsers(db: D1Database, field: string, userIds: string[]) {
  const unknown = await unknownUsers(db, userIds);
  if (unknown.length > 0) {
    throw ApiError.badRequest("Some user ids are not users", {
      target: "body",
      issues: [{ path: field, message: `unknown user ids: ${unknown.join(", ")}`, code: "custom" }],
      unknownUserIds: unknown,
    });
  }
}

export function registerGroupRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createGroupRoute, async (c) => {
    const { userId } = c.var.auth;
    const { title, memberIds = [] } = c.req.valid("json");
    await requireUsers(c.env.DB, "memberIds", memberIds);
    const chatId = newGroupId();
    const details = unwrap(await chatObject(c.env, chatId).createGroup(chatId, userId, title, memberIds));
    return c.json({ success: true as const, data: details }, 201);
  });

  app.openapi(updateGroupRoute, async (c) => {
    const { chatId } = c.req.valid("param");
    const patch = c.req.valid("json");
    const details = unwrap(await chatObject(c.env, chatId).updateGroup(c.var.auth.userId, patch));
    return c.json({ success: true as const, data: details }, 200);
  });

  app.openapi(addMembersRoute, async (c) => {
    const { chatId } = c.req.valid("param");
    const { userIds } = c.req.valid("json");
    await requireUsers(c.env.DB, "userIds", userIds);
    const details = unwrap(await chatObject(c.env, chatId).addMembers(c.var.auth.userId, userIds));
    return c.json({ success: true as const, data: details }, 200);
  });

  app.openapi(removeMemberRoute, async (c) => {
    const { chatId, userId: targetId } = c.req.valid("param");
    const result = unwrap(await chatObject(c.env, chatId).removeMember(c.var.auth.userId, targetId));
    return c.json({ success: true as const, data: { chatId, userId: targetId, left: result.left } }, 200);
  });

  app.openapi(setMemberRoleRoute, async (c) => {
    const { chatId, userId: targetId } = c.req.valid("param");
    const { role } = c.req.valid("json");
    const details = unwrap(await chatObject(c.env, chatId).setRole(c.var.auth.userId, targetId, role));
    return c.json({ success: true as const, data: details }, 200);
  });
}
