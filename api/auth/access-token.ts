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
// An imported CryptoKey, not raw bytes: jose would import raw bytes again on every verify (the
// profile of GET /me showed importKey per request).
const keys = new Map<string, Promise<{ key: CryptoKey; kid: string }>>();

function keyFor(secret: string) {
  let derived = keys.get(secret);
  if (!derived) {
    derived = Promise.all([
      crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
        "sign",
        "verify",
      ]),
      accessTokenKeyId(secret),
    ]).then(([key, kid]) => ({ key, kid }));
    keys.set(secret, derived);
  }
  return derived;
}

/**
 * Tokens whose signature and claims this isolate has verified, until they expire: a client sends
 * the same token for up to 15 minutes, and verifying it again proves nothing new. Only the token's
 * own content is cached; whether its session is still live is checked on every request
 * (api/auth/sessions.ts), so a revocation still stops it at once. Bounded: cleared when full.
 */
const verified = new Map<string, { claims: AccessClaims; kid: string; expiresAt: number }>();
const VERIFIED_CACHE_LIMIT = 10_000;

function cachedClaims(token: string, kid: string, now: number): AccessClaims | null {
  const hit = verified.get(token);
  if (!hit || hit.kid !== kid) return null;
  if (hit.expiresAt <= now) {
    verified.delete(token);
    throw ApiError.unauthorized("Access token expired", "TOKEN_EXPIRED");
  }
  return hit.claims;
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
export async function verifyAccessToken(token: string, config: Config, now = Date.now()): Promise<AccessClaims> {
  const { key, kid } = await keyFor(config.jwtSecret);
  const cached = cachedClaims(token, kid, now);
  if (cached) return cached;
  try {
    const { payload, protectedHeader } = await jwtVerify(token, key, {
      currentDate: new Date(now),
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
    const claims = { userId: payload.sub, sessionId: payload.sid };
    if (verified.size >= VERIFIED_CACHE_LIMIT) verified.clear();
    // `exp` is required above; jose has checked it is in the future.
    verified.set(token, { claims, kid, expiresAt: (payload.exp ?? 0) * 1000 });
    return claims;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (error instanceof joseErrors.JWTExpired) throw ApiError.unauthorized("Access token expired", "TOKEN_EXPIRED");
    throw ApiError.unauthorized("Invalid access token");
  }
}
