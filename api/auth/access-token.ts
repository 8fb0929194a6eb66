import { errors as joseErrors, jwtVerify, SignJWT } from "jose";
import type { Config } from "../env.ts";
import { ApiError } from "../errors.ts";

/** What an access token proves: who the caller is, and which sign-in (refresh family) it came from. */
export type AccessClaims = { userId: string; sessionId: string };

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = "https://api.iambig.ai";
const AUDIENCE = "big-messenger";
const ALGORITHM = "HS256";
const TOKEN_TYPE = "access";

/**
 * The key id names the secret a token was signed with, so a rotated JWT_SECRET can be told
 * apart from a forged token. Derived from the secret itself (first 8 bytes of its SHA-256).
 */
export async function accessTokenKeyId(secret: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(secret)));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

// Every authenticated request verifies a token: derive each secret's key and kid once per isolate.
const keys = new Map<string, Promise<{ key: Uint8Array; kid: string }>>();

function keyFor(secret: string) {
  let derived = keys.get(secret);
  if (!derived) {
    derived = accessTokenKeyId(secret).then((kid) => ({ key: new TextEncoder().encode(secret), kid }));
    keys.set(secret, derived);
  }
  return derived;
}

export async function signAccessToken(claims: AccessClaims, config: Config, now = Date.now()): Promise<string> {
  const { key, kid } = await keyFor(config.jwtSecret);
  const issuedAt = Math.floor(now / 1000);
  return new SignJWT({ sid: claims.sessionId, typ: TOKEN_TYPE })
    .setProtectedHeader({ alg: ALGORITHM, kid, typ: "JWT" })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(claims.userId)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ACCESS_TOKEN_TTL_SECONDS)
    .sign(key);
}

/** Verifies signature, algorithm, issuer, audience, expiry and token type; any failure is a 401. */
export async function verifyAccessToken(token: string, config: Config): Promise<AccessClaims> {
  const { key, kid } = await keyFor(config.jwtSecret);
  try {
    const { payload, protectedHeader } = await jwtVerify(token, key, {
      algorithms: [ALGORITHM],
      issuer: ISSUER,
      audience: AUDIENCE,
      requiredClaims: ["sub", "exp", "sid", "typ"],
    });
    if (protectedHeader.kid !== kid) throw ApiError.unauthorized("Access token was signed with an unknown key");
    if (payload.typ !== TOKEN_TYPE) throw ApiError.unauthorized("Not an access token");
    if (typeof payload.sub !== "string" || typeof payload.sid !== "string") {
      throw ApiError.unauthorized("Access token is missing its subject");
    }
    return { userId: payload.sub, sessionId: payload.sid };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw ApiError.unauthorized("Access token expired", "TOKEN_EXPIRED");
    throw ApiError.unauthorized("Invalid access token");
  }
}
