import { BEARER_JWT } from "../../openapi/document.ts";
import { verifyAccessToken } from "./access-token.ts";
import type { Authenticator } from "./guard.ts";
import { assertSessionLive } from "./sessions.ts";

/**
 * `bearerJwt`: an access token from sign-in; sets `c.var.auth`. Beyond the signature and claims,
 * the token's session (refresh family) must still be live, so logging out or revoking a device
 * stops its access tokens at once rather than when they expire (one D1 primary-key read).
 */
const accessToken: Authenticator = async (c, token) => {
  const claims = await verifyAccessToken(token, c.var.config);
  await assertSessionLive(c.env.DB, claims, Date.now());
  c.set("auth", claims);
};

/** One authenticator per security scheme of openapi/document.ts. */
export const authenticators: Record<string, Authenticator> = {
  [BEARER_JWT]: accessToken,
};
