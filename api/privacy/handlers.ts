import type { OpenAPIHono } from "@hono/zod-openapi";
import { DEFAULT_PRIVACY, privacyOf, writePrivacy } from "../../durable/index.ts";
import {
  acceptInvitationRoute,
  blockUserRoute,
  declineInvitationRoute,
  getPrivacyRoute,
  listBlockedRoute,
  listInvitationsRoute,
  reportMessageRoute,
  unblockUserRoute,
  updatePrivacyRoute,
} from "../../openapi/privacy.ts";
import { chatObject, userObject } from "../chats/objects.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { dropInvitationsBetween, invitationsFor, takeInvitation } from "../groups/invitations.ts";
import { unwrap } from "../objects/unwrap.ts";
import { enforceRateLimit } from "../rate-limit/fixed-window.ts";
import { getUser } from "../users/store.ts";
import { block, blockedBy, unblock } from "./blocks.ts";
import { storeReport } from "./reports.ts";

const DAY = 86_400;

export function registerPrivacyRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(getPrivacyRoute, async (c) => {
    const { userId } = c.get("auth");
    const settings = (await privacyOf(c.env.DB, [userId])).get(userId) ?? DEFAULT_PRIVACY;
    return c.json({ success: true as const, data: settings }, 200);
  });

  app.openapi(updatePrivacyRoute, async (c) => {
    const settings = await writePrivacy(c.env.DB, c.get("auth").userId, c.req.valid("json"), Date.now());
    return c.json({ success: true as const, data: settings }, 200);
  });

  app.openapi(listBlockedRoute, async (c) => {
    const users = await blockedBy(c.env.DB, c.get("auth").userId);
    return c.json({ success: true as const, data: { users } }, 200);
  });

  app.openapi(blockUserRoute, async (c) => {
    const { userId: me } = c.get("auth");
    const { userId } = c.req.valid("param");
    if (userId === me) throw ApiError.badRequest("You cannot block yourself", undefined, "CANNOT_BLOCK_SELF");
    if (!(await getUser(c.env.DB, userId))) throw ApiError.notFound("No such user");
    // The blocked user's object admits their sends without asking D1 whether anyone blocked them:
    // it hears of the block before D1 stores it and again after (durable/user/session-gate.ts).
    const blocked = userObject(c.env, userId);
    await blocked.blockedBySomeone();
    await block(c.env.DB, me, userId, Date.now());
    await blocked.blockedBySomeone();
    // D1 first: it is the truth the user's object loads its copy from (a failure here is retried
    // by repeating the idempotent PUT).
    unwrap(await userObject(c.env, me).setBlocked(me, userId, true));
    await dropInvitationsBetween(c.env.DB, me, userId);
    return c.json({ success: true as const, data: { userId, blocked: true } }, 200);
  });

  app.openapi(unblockUserRoute, async (c) => {
    const { userId: me } = c.get("auth");
    const { userId } = c.req.valid("param");
    // Only a block that existed reaches the other user's object (an unknown id wakes nothing).
    if (await unblock(c.env.DB, me, userId)) await userObject(c.env, userId).unblockedBySomeone();
    unwrap(await userObject(c.env, me).setBlocked(me, userId, false));
    return c.json({ success: true as const, data: { userId, blocked: false } }, 200);
  });

  app.openapi(listInvitationsRoute, async (c) => {
    const invitations = await invitationsFor(c.env.DB, c.get("auth").userId, Date.now());
    return c.json({ success: true as const, data: { invitations } }, 200);
  });

  app.openapi(acceptInvitationRoute, async (c) => {
    const { userId } = c.get("auth");
    const { invitationId } = c.req.valid("param");
    const invitation = await takeInvitation(c.env.DB, userId, invitationId, Date.now());
    if (!invitation) throw ApiError.notFound("No such invitation", "NOT_FOUND");
    // The inviter adds you now, so their right to add members is checked today, not when they invited.
    const added = await chatObject(c.env, invitation.chat_id).addMembers(invitation.inviter_id, [userId]);
    if (!added.ok && added.status !== 409) {
      throw ApiError.notFound("This invitation is no longer valid", "INVITATION_EXPIRED");
    }
    unwrap(added);
    const details = unwrap(await chatObject(c.env, invitation.chat_id).details(userId));
    return c.json({ success: true as const, data: details }, 200);
  });

  app.openapi(declineInvitationRoute, async (c) => {
    const { invitationId } = c.req.valid("param");
    if (!(await takeInvitation(c.env.DB, c.get("auth").userId, invitationId, Date.now()))) {
      throw ApiError.notFound("No such invitation");
    }
    return c.json({ success: true as const, data: { id: invitationId, declined: true as const } }, 200);
  });

  app.openapi(reportMessageRoute, async (c) => {
    const { userId } = c.get("auth");
    const { chatId, seq } = c.req.valid("param");
    const { reason, comment = "" } = c.req.valid("json");
    // Membership and visibility first: a stranger learns nothing, and spends nothing.
    const message = unwrap(await chatObject(c.env, chatId).forwardSource(userId, seq));
    await enforceRateLimit(
      c.env.DB,
      { key: `reports:user:${userId}`, limit: c.get("config").limits.reportDaily, windowSeconds: DAY },
      Date.now(),
      "Too many reports today",
    );
    const report = { reporterId: userId, chatId, seq, senderId: message.senderId, text: message.text, reason, comment };
    const reportId = await storeReport(c.env.DB, report, Date.now());
    return c.json({ success: true as const, data: { reportId } }, 200);
  });
}
