import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { logoutRoute, refreshRoute, sendCodeRoute, verifyCodeRoute } from "../../openapi/auth.ts";
import { userObject } from "../chats/objects.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { smsProviderFor } from "../sms/index.ts";
import { findOrCreateUserByPhone, toMe } from "../users/store.ts";
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken } from "./access-token.ts";
import { clientIpBucket } from "./client-ip.ts";
import { consumeSignInCode, sendSignInCode } from "./codes.ts";
import { toE164 } from "./phone.ts";
import { revokeSession, rotateRefreshToken, startSession } from "./sessions.ts";

/** The body's phone as E.164, or 400 INVALID_PHONE naming the field. */
export function phoneOrBadRequest(input: string, field = "phone"): string {
  const phone = toE164(input);
  if (!phone) {
    throw ApiError.badRequest(
      "Not a valid phone number: use the international format, e.g. +12015550123",
      { issues: [{ path: field, message: "invalid phone number", code: "invalid_phone" }] },
      "INVALID_PHONE",
    );
  }
  return phone;
}

/** The caller's rate-limit bucket: IPv4 address, IPv6 /64, or "unknown" (see client-ip.ts). */
function clientIp(c: Context<AppEnv>): string {
  return clientIpBucket(c.req.header("cf-connecting-ip"));
}

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(sendCodeRoute, async (c) => {
    const { phone: input } = c.req.valid("json");
    const config = c.get("config");
    const result = await sendSignInCode({
      db: c.env.DB,
      config,
      sms: smsProviderFor(config),
      phone: phoneOrBadRequest(input),
      ip: clientIp(c),
      now: Date.now(),
    });
    return c.json({ success: true as const, data: result }, 200);
  });

  app.openapi(verifyCodeRoute, async (c) => {
    const body = c.req.valid("json");
    const phone = phoneOrBadRequest(body.phone);
    const now = Date.now();
    await consumeSignInCode({ db: c.env.DB, config: c.get("config"), phone, code: body.code, ip: clientIp(c), now });
    const { user, isNew } = await findOrCreateUserByPhone(c.env.DB, phone, now);
    const { sessionId, refreshToken } = await startSession(c.env.DB, user.id, body.device, now);
    const accessToken = await signAccessToken({ userId: user.id, sessionId }, c.get("config"), now);
    return c.json(
      {
        success: true as const,
        data: {
          accessToken,
          accessTokenExpiresIn: ACCESS_TOKEN_TTL_SECONDS,
          refreshToken,
          sessionId,
          user: toMe(user),
          isNewUser: isNew,
        },
      },
      200,
    );
  });

  app.openapi(refreshRoute, async (c) => {
    const { refreshToken } = c.req.valid("json");
    const now = Date.now();
    const rotated = await rotateRefreshToken(c.env.DB, refreshToken, now, (revoked) =>
      userObject(c.env, revoked.userId).revokeSession(revoked.sessionId),
    );
    const accessToken = await signAccessToken(rotated, c.get("config"), now);
    return c.json(
      {
        success: true as const,
        data: {
          accessToken,
          accessTokenExpiresIn: ACCESS_TOKEN_TTL_SECONDS,
          refreshToken: rotated.refreshToken,
          sessionId: rotated.sessionId,
        },
      },
      200,
    );
  });

  app.openapi(logoutRoute, async (c) => {
    const { sessionId } = c.get("auth");
    // The user's object first: it admits their sends without asking D1 (durable/user/session-gate.ts).
    await userObject(c.env, c.get("auth").userId).revokeSession(sessionId);
    await revokeSession(c.env.DB, sessionId, "logout", Date.now());
    return c.json({ success: true as const, data: { sessionId, revoked: true as const } }, 200);
  });
}
