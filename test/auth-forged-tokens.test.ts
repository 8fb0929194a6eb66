import { env } from "cloudflare:test";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { signAccessToken } from "../api/auth/access-token.ts";
import { loadConfig } from "../api/env.ts";
import { api, signIn } from "./helpers/sign-in.ts";

const config = loadConfig(env);
const b64url = (value: object) =>
  btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");

async function expect401(token: string, code = "UNAUTHORIZED") {
  const res = await api("GET", "/me", { token });
  expect(res.status).toBe(401);
  expect(await res.json()).toMatchObject({ success: false, error: { code } });
}

describe("bearer tokens on a real route (GET /me)", () => {
  it("accept the signed-in user's token and refuse every forgery of it", async () => {
    const me = await signIn("+12125550301");
    const claims = { userId: me.user.id, sessionId: me.sessionId };
    expect((await api("GET", "/me", { token: me.accessToken })).status).toBe(200);

    // alg: none
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: "none", typ: "JWT" };
    const payload = {
      sub: me.user.id,
      sid: me.sessionId,
      typ: "access",
      iss: "https://api.iambig.ai",
      aud: "big-messenger",
      iat: now,
      exp: now + 600,
    };
    await expect401(`${b64url(header)}.${b64url(payload)}.`);
    // another key
    await expect401(await signAccessToken(claims, { ...config, jwtSecret: "another-secret-that-is-long-enough-000" }));
    // expired
    await expect401(await signAccessToken(claims, config, Date.now() - 3_600_000), "TOKEN_EXPIRED");
    // wrong audience, right key
    const key = new TextEncoder().encode(config.jwtSecret);
    const [realHeader = ""] = me.accessToken.split(".");
    const kid = (JSON.parse(atob(realHeader.replace(/-/g, "+").replace(/_/g, "/"))) as { kid: string }).kid;
    const wrongAudience = await new SignJWT({ sid: me.sessionId, typ: "access" })
      .setProtectedHeader({ alg: "HS256", kid })
      .setIssuer("https://api.iambig.ai")
      .setAudience("someone-else")
      .setSubject(me.user.id)
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(key);
    await expect401(wrongAudience);
    // the refresh token, used as an access token
    await expect401(me.refreshToken);
    // a tampered payload (another user's id) with the original signature
    const [h, , s] = me.accessToken.split(".");
    await expect401(`${h}.${b64url({ ...payload, alg: undefined, sub: "usr_someone_else" })}.${s}`);
  });

  it("refuse a genuine token whose session belongs to someone else", async () => {
    const a = await signIn("+12125550302");
    const b = await signIn("+12125550303");
    // Correctly signed, but naming B's session for A: the session check must not accept it.
    const mixed = await signAccessToken({ userId: a.user.id, sessionId: b.sessionId }, config);
    await expect401(mixed, "SESSION_REVOKED");
    const unknown = await signAccessToken({ userId: a.user.id, sessionId: "ses_does_not_exist" }, config);
    await expect401(unknown, "SESSION_REVOKED");
  });
});
