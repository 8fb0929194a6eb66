import type { OpenAPIHono } from "@hono/zod-openapi";
import { groupAddPlan } from "../../durable/index.ts";
import {
  addMembersRoute,
  createGroupRoute,
  removeMemberRoute,
  setMemberRoleRoute,
  updateGroupRoute,
} from "../../openapi/groups.ts";
import { chatObject, newGroupId, unknownUsers } from "../chats/objects.ts";
import type { AppEnv, Config } from "../env.ts";
import { ApiError } from "../errors.ts";
import { unwrap } from "../objects/unwrap.ts";
import { enforceRateLimit } from "../rate-limit/fixed-window.ts";
import { invite } from "./invitations.ts";

const HOUR = 3600;

/** Group spam: how many groups one user makes, and how many users they put in groups, per hour. */
async function spendGroupBudget(db: D1Database, config: Config, userId: string, created: boolean, targets: number) {
  const now = Date.now();
  if (created) {
    await enforceRateLimit(
      db,
      { key: `groups:create:user:${userId}`, limit: config.limits.groupCreateHourly, windowSeconds: HOUR },
      now,
      "Too many groups created: try again later",
    );
  }
  if (targets > 0) {
    await enforceRateLimit(
      db,
      { key: `groups:add:user:${userId}`, limit: config.limits.groupAddHourly, windowSeconds: HOUR, cost: targets },
      now,
      "Too many people added to groups: try again later",
    );
  }
}

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
    const { userId } = c.get("auth");
    const { title, memberIds = [] } = c.req.valid("json");
    const others = [...new Set(memberIds)].filter((id) => id !== userId);
    await requireUsers(c.env.DB, "memberIds", others);
    await spendGroupBudget(c.env.DB, c.get("config"), userId, true, others.length);
    const plan = await groupAddPlan(c.env.DB, userId, others);
    const chatId = newGroupId();
    const details = unwrap(await chatObject(c.env, chatId).createGroup(chatId, userId, title, plan.add));
    await invite(c.env.DB, { chatId, title, inviterId: userId, inviteeIds: plan.invite }, Date.now());
    // Skipped users (a block either way) are reported as invited: the adder is not told of a block.
    const invitedUserIds = [...plan.invite, ...plan.skip];
    return c.json({ success: true as const, data: { ...details, invitedUserIds } }, 201);
  });

  app.openapi(updateGroupRoute, async (c) => {
    const { chatId } = c.req.valid("param");
    const patch = c.req.valid("json");
    const details = unwrap(await chatObject(c.env, chatId).updateGroup(c.get("auth").userId, patch));
    return c.json({ success: true as const, data: details }, 200);
  });

  app.openapi(addMembersRoute, async (c) => {
    const { chatId } = c.req.valid("param");
    const { userId } = c.get("auth");
    const { userIds } = c.req.valid("json");
    await requireUsers(c.env.DB, "userIds", userIds);
    const group = chatObject(c.env, chatId);
    // Only a member may learn anything (404 otherwise), and only an admin may add: checked by
    // the object before anyone is charged to the budget or invited.
    const before = unwrap(await group.details(userId));
    const newcomers = userIds.filter((id) => !before.members.some((m) => m.userId === id));
    await spendGroupBudget(c.env.DB, c.get("config"), userId, false, new Set(newcomers).size);
    const plan = await groupAddPlan(c.env.DB, userId, newcomers);
    const details = unwrap(await group.addMembers(userId, plan.add));
    const title = details.chat.title ?? "";
    await invite(c.env.DB, { chatId, title, inviterId: userId, inviteeIds: plan.invite }, Date.now());
    const invitedUserIds = [...plan.invite, ...plan.skip];
    return c.json({ success: true as const, data: { ...details, invitedUserIds } }, 200);
  });

  app.openapi(removeMemberRoute, async (c) => {
    const { chatId, userId: targetId } = c.req.valid("param");
    const result = unwrap(await chatObject(c.env, chatId).removeMember(c.get("auth").userId, targetId));
    return c.json({ success: true as const, data: { chatId, userId: targetId, left: result.left } }, 200);
  });

  app.openapi(setMemberRoleRoute, async (c) => {
    const { chatId, userId: targetId } = c.req.valid("param");
    const { role } = c.req.valid("json");
    const details = unwrap(await chatObject(c.env, chatId).setRole(c.get("auth").userId, targetId, role));
    return c.json({ success: true as const, data: details }, 200);
  });
}
