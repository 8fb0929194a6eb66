import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { signAccessToken } from "../api/auth/access-token.ts";
import { loadConfig } from "../api/env.ts";
import { createClient, memoryTokenStore } from "../sdk/index.ts";
import { latestCode } from "./helpers/sign-in.ts";

/** An SDK client on the real Worker that counts the calls it makes, by path. */
function client(session = memoryTokenStore()) {
  const calls: string[] = [];
  const api = createClient({
    baseUrl: "http://gateway",
    session,
    fetch: (request) => {
      calls.push(`${request.method} ${new URL(request.url).pathname}`);
      return exports.default.fetch(request);
    },
  });
  return { api, calls, session };
}

async function signInWithSdk(phone: string) {
  const { api, calls, session } = client();
  const sent = await api.POST("/api/v1/auth/code", { body: { phone }, headers: { "cf-connecting-ip": phone } });
  expect(sent.response.status).toBe(200);
  const { data } = await api.POST("/api/v1/auth/verify", {
    body: { phone, code: await latestCode(phone), device: { name: "SDK", platform: "other" } },
  });
  expect(data?.data.isNewUser).toBe(true);
  return { api, calls, session, signedIn: data?.data };
}

/** Swaps the stored access token for an expired one of the same session. */
async function expireAccessToken(session: ReturnType<typeof memoryTokenStore>, userId: string, sessionId: string) {
  const tokens = await session.get();
  if (!tokens) throw new Error("not signed in");
  const expired = await signAccessToken({ userId, sessionId }, loadConfig(env), Date.now() - 3_600_000);
  await session.set({ ...tokens, accessToken: expired });
}

describe("the SDK's sign-in session", () => {
  it("signs in, keeps the tokens and sends the access token", async () => {
    const { api, session, signedIn } = await signInWithSdk("+12125550101");
    expect(await session.get()).toEqual({ accessToken: signedIn?.accessToken, refreshToken: signedIn?.refreshToken });
    const { data } = await api.GET("/api/v1/me");
    expect(data?.data.phone).toBe("+12125550101");
  });

  it("refreshes an expired access token once and retries the request, body included", async () => {
    const { api, calls, session, signedIn } = await signInWithSdk("+12125550102");
    if (!signedIn) throw new Error("no sign-in");
    await expireAccessToken(session, signedIn.user.id, signedIn.sessionId);
    const before = await session.get();
    calls.length = 0;

    const { data, response } = await api.PATCH("/api/v1/me", { body: { firstName: "Grace" } });
    expect(response.status).toBe(200);
    expect(data?.data.firstName).toBe("Grace");
    expect(calls).toEqual(["PATCH /api/v1/me", "POST /api/v1/auth/refresh", "PATCH /api/v1/me"]);
    // Rotated: both tokens are new, and the old refresh token is now spent.
    const after = await session.get();
    expect(after?.refreshToken).not.toBe(before?.refreshToken);
    expect(after?.accessToken).not.toBe(before?.accessToken);
  });

  it("shares one refresh between concurrent expired requests", async () => {
    const { api, calls, session, signedIn } = await signInWithSdk("+12125550103");
    if (!signedIn) throw new Error("no sign-in");
    await expireAccessToken(session, signedIn.user.id, signedIn.sessionId);
    calls.length = 0;
    const answers = await Promise.all([
      api.GET("/api/v1/me"),
      api.GET("/api/v1/me/sessions"),
      api.GET("/api/v1/contacts"),
      api.GET("/api/v1/me"),
    ]);
    expect(answers.map((a) => a.response.status)).toEqual([200, 200, 200, 200]);
    expect(calls.filter((call) => call === "POST /api/v1/auth/refresh")).toHaveLength(1);
  });

  it("forgets the tokens on logout, and does not retry other 401s", async () => {
    const { api, calls, session } = await signInWithSdk("+12125550104");
    const { response } = await api.POST("/api/v1/auth/logout");
    expect(response.status).toBe(200);
    expect(await session.get()).toBeUndefined();
    calls.length = 0;
    const after = await api.GET("/api/v1/me");
    expect(after.response.status).toBe(401);
    expect(calls).toEqual(["GET /api/v1/me"]);
  });

  it("clears the session when the refresh token is refused", async () => {
    const { api, session, signedIn } = await signInWithSdk("+12125550105");
    if (!signedIn) throw new Error("no sign-in");
    // Revoke the session behind the client's back (as another device would), then let it expire.
    await env.DB.prepare("UPDATE auth_sessions SET revoked_at = ? WHERE id = ?")
      .bind(Date.now(), signedIn.sessionId)
      .run();
    await expireAccessToken(session, signedIn.user.id, signedIn.sessionId);
    const { response, error } = await api.GET("/api/v1/me");
    expect(response.status).toBe(401);
    expect(error?.error.code).toBe("TOKEN_EXPIRED");
    expect(await session.get()).toBeUndefined();
  });
});
