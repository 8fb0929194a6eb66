import { API_KEY, BEARER_JWT } from "../../openapi/document.ts";
import { ApiError } from "../errors.ts";
import { verifyAccessToken } from "./access-token.ts";
import { hashApiKey, looksLikeApiKey } from "./api-keys.ts";
import type { Authenticator } from "./guard.ts";
import { assertSessionLive } from "./sessions.ts";

/**
 * `bearerJwt`: an access token from sign-in; sets `c.var.auth`. Beyond the signature and claims,
 * the token's session (refresh family) must still be live, so logging out or revoking a device
 * stops its access tokens at once rather than when they expire (one D1 primary-key read, answered
 * as pending: the guard overlaps it with a read-only handler and holds the answer until it passes).
 */
const accessToken: Authenticator = async (c, token) => {
  const claims = await verifyAccessToken(token, c.var.config);
  c.set("auth", claims);
  return { pending: assertSessionLive(c.env.DB, claims, Date.now()) };
};

/** `apiKey`: a Telegram-proxy API key (stored hashed in D1); sets `c.var.apiKeyId`. */
const apiKey: Authenticator = async (c, key) => {
  const invalid = () => ApiError.unauthorized("Invalid or revoked API key", "INVALID_API_KEY");
  if (!looksLikeApiKey(key)) throw invalid();
  const row = await c.env.DB.prepare("SELECT id FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL")
    .bind(await hashApiKey(key))
    .first<{ id: string }>();
  if (!row) throw invalid();
  c.set("apiKeyId", row.id);
  return undefined;
};

/** One authenticator per security scheme of openapi/document.ts. */
export const authenticators: Record<string, Authenticator> = {
  [BEARER_JWT]: accessToken,
  [API_KEY]: apiKey,
};
