import { API_KEY, BEARER_JWT } from "../../openapi/document.ts";
import { ApiError } from "../errors.ts";
import { verifyAccessToken } from "./access-token.ts";
import { hashApiKey, looksLikeApiKey } from "./api-keys.ts";
import type { Authenticator } from "./guard.ts";

/** `bearerJwt`: an access token from sign-in; sets `c.var.auth`. */
const accessToken: Authenticator = async (c, token) => {
  c.set("auth", await verifyAccessToken(token, c.var.config));
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
};

/** One authenticator per security scheme of openapi/document.ts. */
export const authenticators: Record<string, Authenticator> = {
  [BEARER_JWT]: accessToken,
  [API_KEY]: apiKey,
};
