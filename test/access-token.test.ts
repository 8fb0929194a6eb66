import { env } from "cloudflare:test";
import { SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { accessTokenKeyId, signAccessToken } from "../api/auth/access-token.ts";
import { loadConfig } from "../api/env.ts";
import { appWithProbes } from "./helpers/app-with-probe.ts";

const { call } = appWithProbes();
const config = loadConfig(env);
const whoami = (authorization?: string) =>
  call("/probe/whoami/x", authorization ? { headers: { authorization } } : undefined);
const b64url = (value: object) =>
  btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");

async function expectUnauthorized(res: Response) {
  expect(res.status).toBe(401);
  expect(await res.json()).toMatchObject({
    success: false,
    error: { code: expect.stringMatching(/UNAUTHORIZED|TOKEN_EXPIRED/) },
  });
}

// The authenticator also requires the token's session to be live: give usr_1 a session ses_1.
beforeAll(async () => {
  const now = Date.now();
  await env.DB.batch([
    env.DB.prepare("INSERT INTO users (id, phone, created_at, updated_at) VALUES ('usr_1', '+12025550100', ?, ?)").bind(
      now,
      now,
    ),
    env.DB.prepare(
      "INSERT INTO auth_sessions (id, user_id, device_name, platform, created_at, last_used_at) VALUES ('ses_1', 'usr_1', 't', 'other', ?, ?)",
    ).bind(now, now),
  ]);
});

describe("routes that declare bearerJwt", () => {
  it("let a valid access token through and tell the handler who called", async () => {
    const token = await signAccessToken({ userId: "usr_1", sessionId: "ses_1" }, config);
    const res = await whoami(`Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ success: true, data: { userId: "usr_1", sessionId: "ses_1" } });
  });

  it("refuse a missing or malformed Authorization header", async () => {
    await expectUnauthorized(await whoami());
    await expectUnauthorized(await whoami("Basic dXNlcjpwYXNz"));
    await expectUnauthorized(await whoami("Bearer not-a-jwt"));
  });

  it("refuse alg: none", async () => {
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${b64url({ alg: "none", typ: "JWT" })}.${b64url({
      sub: "usr_1",
      sid: "ses_1",
      typ: "access",
      iss: "https://api.iambig.ai",
      aud: "big-messenger",
      iat: now,
      exp: now + 600,
    })}.`;
    await expectUnauthorized(await whoami(`Bearer ${unsigned}`));
  });

  it("refuse a token signed with another key", async () => {
    const forged = await signAccessToken(
      { userId: "usr_1", sessionId: "ses_1" },
      {
        ...config,
        jwtSecret: "an-attacker-chosen-secret-of-sufficient-length",
      },
    );
    await expectUnauthorized(await whoami(`Bearer ${forged}`));
  });

  it("refuse an expired token with TOKEN_EXPIRED", async () => {
    const expired = await signAccessToken({ userId: "usr_1", sessionId: "ses_1" }, config, Date.now() - 60 * 60 * 1000);
    const res = await whoami(`Bearer ${expired}`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: "TOKEN_EXPIRED" } });
  });

  it("refuse the wrong audience and a token of another type", async () => {
    const key = new TextEncoder().encode(config.jwtSecret);
    const kid = await accessTokenKeyId(config.jwtSecret);
    const base = () =>
      new SignJWT({ sid: "ses_1", typ: "access" })
        .setProtectedHeader({ alg: "HS256", kid })
        .setIssuer("https://api.iambig.ai")
        .setAudience("big-messenger")
        .setSubject("usr_1")
        .setIssuedAt()
        .setExpirationTime("10m");
    // Sanity: the hand-built token is accepted, so the two refusals below are about their one change.
    expect((await whoami(`Bearer ${await base().sign(key)}`)).status).toBe(200);
    await expectUnauthorized(await whoami(`Bearer ${await base().setAudience("someone-else").sign(key)}`));
    const refreshTyped = await new SignJWT({ sid: "ses_1", typ: "refresh" })
      .setProtectedHeader({ alg: "HS256", kid })
      .setIssuer("https://api.iambig.ai")
      .setAudience("big-messenger")
      .setSubject("usr_1")
      .setIssuedAt()
      .setExpirationTime("10m")
      .sign(key);
    await expectUnauthorized(await whoami(`Bearer ${refreshTyped}`));
  });

  it("leave public routes (security: []) open", async () => {
    const res = await call("/api/v1/health");
    expect(res.status).toBe(200);
  });
});

describe("a route that declares no security at all", () => {
  it("is refused rather than left open (fail closed)", async () => {
    const { app } = appWithProbes();
    const { createRoute, z } = await import("@hono/zod-openapi");
    app.openapi(
      createRoute({
        method: "get",
        path: "/probe/undeclared",
        responses: { 200: { description: "x", content: { "application/json": { schema: z.object({}) } } } },
      }),
      (c) => c.json({}, 200),
    );
    const res = await app.request("/probe/undeclared", {}, env);
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain("{}");
  });
});
