import { BEARER_JWT } from "../../openapi/document.ts";
import { verifyAccessToken } from "./access-token.ts";
import type { Authenticator } from "./guard.ts";

/** `bearerJwt`: an access token from sign-in; sets `c.var.auth`. */
const accessToken: Authenticator = async (c, token) => {
  c.set("auth", await verifyAccessToken(token, c.var.config));
};

/** One authenticator per security scheme of openapi/document.ts. */
export const authenticators: Record<string, Authenticator> = {
  [BEARER_JWT]: accessToken,
};
