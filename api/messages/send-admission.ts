import type { Context } from "hono";
import { sessionSignedOut } from "../auth/sessions.ts";
import { userObject } from "../chats/objects.ts";
import type { AppEnv } from "../env.ts";
import { unwrap } from "../objects/unwrap.ts";
import { refuseOverLimit, verdict, windowStart } from "../rate-limit/fixed-window.ts";

/**
 * Admits a send in one call to the sender's own object: the access token's session must still be
 * live (that object is the authority a send asks instead of D1: durable/user/session-gate.ts),
 * then the send is counted against the per-user limit (durable/user/counters.ts). 401
 * SESSION_REVOKED or 429 + `Retry-After`, as any route says them. Answers whether anyone blocked
 * the sender (a dialog send then checks its partner).
 */
export async function admitSend(c: Context<AppEnv>, now = Date.now()): Promise<{ blockedByAnyone: boolean }> {
  const { userId, sessionId } = c.get("auth");
  const { sendRateLimit, sendRateWindowSeconds } = c.get("config").messaging;
  const limit = { key: "messages:send", limit: sendRateLimit, windowSeconds: sendRateWindowSeconds };
  const admission = unwrap(
    await userObject(c.env, userId).admitSend(userId, sessionId, {
      key: limit.key,
      windowStart: windowStart(now, limit.windowSeconds),
      cost: 1,
      limit: limit.limit,
    }),
  );
  if (!admission.live) throw sessionSignedOut();
  c.set("sessionAdmitted", true);
  refuseOverLimit(verdict(limit, admission.count, now), "Too many messages: slow down");
  return { blockedByAnyone: admission.blockedByAnyone };
}
