import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, signIn } from "./helpers/sign-in.ts";

type Tokens = { accessToken: string; refreshToken: string; sessionId: string };

async function refresh(refreshToken: unknown) {
  const res = await api("POST", "/auth/refresh", { body: { refreshToken } });
  return { status: res.status, body: (await res.json()) as { data: Tokens; error: { code: string } } };
}

describe("POST /auth/refresh", () => {
  it("rotates: new tokens of the same session, and the new access token works", async () => {
    const signedIn = await signIn("+12125550201");
    const { status, body } = await refresh(signedIn.refreshToken);
    expect(status).toBe(200);
    expect(body.data.sessionId).toBe(signedIn.sessionId);
    expect(body.data.refreshToken).not.toBe(signedIn.refreshToken);
    expect((await api("GET", "/me", { token: body.data.accessToken })).status).toBe(200);
    // And the rotated one rotates again.
    expect((await refresh(body.data.refreshToken)).status).toBe(200);
  });

  it("treats a used refresh token as stolen: the whole family is revoked, access tokens too", async () => {
    const signedIn = await signIn("+12125550202");
    const other = await signIn("+12125550202", { name: "Other device", platform: "android" });
    const rotated = (await refresh(signedIn.refreshToken)).body.data;

    const replay = await refresh(signedIn.refreshToken);
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe("REFRESH_TOKEN_REUSED");
    // Everything of that sign-in is dead: the newest refresh token and both access tokens.
    expect((await refresh(rotated.refreshToken)).status).toBe(401);
    expect((await api("GET", "/me", { token: rotated.accessToken })).status).toBe(401);
    expect((await api("GET", "/me", { token: signedIn.accessToken })).status).toBe(401);
    // Another sign-in of the same user is untouched.
    expect((await api("GET", "/me", { token: other.accessToken })).status).toBe(200);
    expect((await refresh(other.refreshToken)).status).toBe(200);
  });

  it("drops a family's expired tokens when it rotates, keeping the unexpired used ones", async () => {
    const signedIn = await signIn("+12125550206");
    const first = (await refresh(signedIn.refreshToken)).body.data;
    const tokens = () =>
      env.DB.prepare("SELECT COUNT(*) AS n FROM refresh_tokens WHERE session_id = ?")
        .bind(signedIn.sessionId)
        .first("n");
    expect(await tokens()).toBe(2);
    // The first (used) token reaches its expiry; the next rotation removes it.
    await env.DB.prepare("UPDATE refresh_tokens SET expires_at = ? WHERE session_id = ? AND used_at IS NOT NULL")
      .bind(Date.now() - 1, signedIn.sessionId)
      .run();
    expect((await refresh(first.refreshToken)).status).toBe(200);
    expect(await tokens()).toBe(2);
  });

  it("lets exactly one of two concurrent refreshes with the same token win", async () => {
    const signedIn = await signIn("+12125550203");
    const results = await Promise.all([refresh(signedIn.refreshToken), refresh(signedIn.refreshToken)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it("refuses unknown, expired and access tokens with 401 in the envelope", async () => {
    const signedIn = await signIn("+12125550204");
    for (const token of ["rt_not-a-real-token", signedIn.accessToken]) {
      const { status, body } = await refresh(token);
      expect(status).toBe(401);
      expect(body).toMatchObject({ success: false, error: { code: "REFRESH_TOKEN_INVALID" } });
    }
    await env.DB.prepare("UPDATE refresh_tokens SET expires_at = ?")
      .bind(Date.now() - 1)
      .run();
    expect((await refresh(signedIn.refreshToken)).status).toBe(401);
  });

  it("answers 400 for a missing or mistyped token, and changes nothing", async () => {
    const signedIn = await signIn("+12125550205");
    const before = (await env.DB.prepare("SELECT * FROM refresh_tokens ORDER BY token_hash").all()).results;
    for (const body of [{}, { refreshToken: 42 }, { refreshToken: "" }, { refreshToken: "x".repeat(1025) }, []]) {
      const res = await api("POST", "/auth/refresh", { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await res.json()).toMatchObject({ success: false, error: { code: "VALIDATION_FAILED" } });
    }
    expect((await env.DB.prepare("SELECT * FROM refresh_tokens ORDER BY token_hash").all()).results).toEqual(before);
    expect((await refresh(signedIn.refreshToken)).status).toBe(200);
  });
});
