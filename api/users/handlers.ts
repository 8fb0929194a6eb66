import type { OpenAPIHono } from "@hono/zod-openapi";
import { presenceAudience } from "../../durable/index.ts";
import {
  findUsersRoute,
  getMeRoute,
  getUserRoute,
  listSessionsRoute,
  revokeSessionRoute,
  updateMeRoute,
} from "../../openapi/users.ts";
import { listLiveSessions, revokeOwnSession, sessionSignedOut } from "../auth/sessions.ts";
import { userObject } from "../chats/objects.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { timed } from "../middleware/server-timing.ts";
import { unwrap } from "../objects/unwrap.ts";
import { canSeePhone, findUserByUsername, getUser, toMe, toPublicUser } from "./store.ts";

export function registerUserRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(getMeRoute, async (c) => {
    // One call to the caller's own object: it checks the session and keeps the caller's row
    // (durable/user/profile.ts), so the profile costs no D1 read.
    const { userId, sessionId } = c.get("auth");
    const ask = async () => unwrap(await userObject(c.env, userId).me(userId, sessionId));
    const answer = await timed(c, "session", ask);
    if (!answer.live) throw sessionSignedOut();
    c.set("sessionAdmitted", true);
    if (!answer.user) throw ApiError.unauthorized("This account no longer exists");
    return c.json({ success: true as const, data: toMe(answer.user) }, 200);
  });

  app.openapi(updateMeRoute, async (c) => {
    const changes = c.req.valid("json");
    const { userId } = c.get("auth");
    // Through the caller's object, the one writer of the row its GET /me answers from.
    const updated = unwrap(await userObject(c.env, userId).updateProfile(userId, changes, Date.now()));
    if (!updated) throw ApiError.unauthorized("This account no longer exists");
    return c.json({ success: true as const, data: toMe(updated) }, 200);
  });

  app.openapi(listSessionsRoute, async (c) => {
    const { userId, sessionId } = c.get("auth");
    const sessions = await listLiveSessions(c.env.DB, userId, sessionId);
    return c.json({ success: true as const, data: { sessions } }, 200);
  });

  app.openapi(revokeSessionRoute, async (c) => {
    const { sessionId } = c.req.valid("param");
    const { userId } = c.get("auth");
    // The caller's object first: it admits their sends without asking D1, so it must refuse the
    // session before D1 says so (durable/user/session-gate.ts); its realtime socket closes too.
    // An id that is not one of the caller's sessions touches nothing there.
    await userObject(c.env, userId).revokeSession(sessionId);
    // Someone else's session and a session that does not exist look the same: 404.
    if (!(await revokeOwnSession(c.env.DB, userId, sessionId, Date.now()))) {
      throw ApiError.notFound("No such session");
    }
    return c.json({ success: true as const, data: { sessionId, revoked: true as const } }, 200);
  });

  app.openapi(getUserRoute, async (c) => {
    const { userId } = c.req.valid("param");
    const user = await getUser(c.env.DB, userId);
    if (!user) throw ApiError.notFound("No such user");
    const viewerId = c.get("auth").userId;
    const [visible, presence, audience] = await Promise.all([
      canSeePhone(c.env.DB, viewerId, user),
      userObject(c.env, userId).presence(),
      viewerId === userId ? [viewerId] : presenceAudience(c.env.DB, userId, [viewerId]),
    ]);
    // Hidden presence reads like someone never seen: their privacy setting, a block, or reciprocity.
    const shown = audience.includes(viewerId) ? unwrap(presence) : { online: false, lastSeen: null };
    return c.json({ success: true as const, data: { ...toPublicUser(user, visible), ...shown } }, 200);
  });

  app.openapi(findUsersRoute, async (c) => {
    const { username } = c.req.valid("query");
    const user = await findUserByUsername(c.env.DB, username);
    const users = user ? [toPublicUser(user, await canSeePhone(c.env.DB, c.get("auth").userId, user))] : [];
    return c.json({ success: true as const, data: { users } }, 200);
  });
}
