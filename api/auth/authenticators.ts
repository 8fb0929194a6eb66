import { ADMIN_TOKEN, API_KEY, BEARER_JWT } from "../../openapi/document.ts";
import { authenticateApiKeyCall } from "../admin/store.ts";
import { ApiError } from "../errors.ts";
import { verifyAccessToken } from "./access-token.ts";
import { hashApiKey, looksLikeApiKey } from "./api-keys.ts";
import type { Authenticator } from "./guard.ts";
import { liveSessionCaller } from "./sessions.ts";

/**
 * `bearerJwt`: an access token from sign-in; sets `c.get("auth")`. Beyond the signature and claims,
 * the token's session (refresh family) must still be live, so logging out or revoking a device
 * stops its access tokens at once rather than when they expire (one D1 read, answered as pending:
 * the guard overlaps it with a read-only handler and holds the answer until it passes). The same
 * read says whether anyone blocked the caller, `c.get("caller")`.
 */
const accessToken: Authenticator = async (c, token) => {
  const claims = await verifyAccessToken(token, c.get("config"));
  c.set("auth", claims);
  if (SESSION_CHECKED_BY_USER_OBJECT.has(c.get("declaredRoute")?.operationId ?? "")) return { byHandler: true };
  const caller = liveSessionCaller(c.env.DB, claims, Date.now());
  c.set("caller", caller);
  return { pending: caller.then(() => undefined) };
};

/**
 * Operations whose handler's first call goes to the caller's own object anyway: that object
 * checks the session there (durable/user/session-gate.ts) instead of a D1 read per request. A
 * send: the sender's object also counts it against the rate limit. Measured in `npm run bench`:
 * the D1 read was ~1.2 ms of server CPU of a ~7.4 ms dialog send. `GET /me`: the object also
 * keeps the caller's row (durable/user/profile.ts); `npm run profile` measured 3.1-3.5 ms of
 * isolate time per request against 3.9-4.2 ms with the D1 read.
 */
const SESSION_CHECKED_BY_USER_OBJECT = new Set(["sendMessage", "getMe"]);

/** `apiKey`: a Telegram-proxy API key (stored hashed in D1); sets `c.get("apiKeyId")`. */
const apiKey: Authenticator = async (c, key) => {
  const invalid = () => ApiError.unauthorized("Invalid or revoked API key", "INVALID_API_KEY");
  if (!looksLikeApiKey(key)) throw invalid();
  // Counted in the key's usage (the admin API shows calls per day) in the same round trip.
  const id = await authenticateApiKeyCall(c.env.DB, await hashApiKey(key), Date.now());
  if (!id) throw invalid();
  c.set("apiKeyId", id);
  return undefined;
};

/**
 * `adminToken`: the operator token, the ADMIN_TOKEN secret. While it is unset the admin API is
 * off (403), so a deployment without one exposes nothing. Compared as SHA-256 digests, so the
 * comparison takes the same time wherever the guess differs.
 */
const adminToken: Authenticator = async (c, token) => {
  const expected = c.get("config").adminToken;
  if (!expected) throw ApiError.forbidden("The admin API is off: set the ADMIN_TOKEN secret", "ADMIN_API_DISABLED");
  const [given, wanted] = await Promise.all([hashApiKey(token), hashApiKey(expected)]);
  let difference = 0;
  for (let i = 0; i < wanted.length; i++) difference |= wanted.charCodeAt(i) ^ given.charCodeAt(i);
  if (difference !== 0) throw ApiError.unauthorized("Invalid operator token", "INVALID_ADMIN_TOKEN");
  return undefined;
};

/** One authenticator per security scheme of openapi/document.ts. */
export const authenticators: Record<string, Authenticator> = {
  [BEARER_JWT]: accessToken,
  [API_KEY]: apiKey,
  [ADMIN_TOKEN]: adminToken,
};
