import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, freshIp, latestCode, type SignInData, sentMessages, signIn } from "./helpers/sign-in.ts";
import { TWILIO_TEST_ACCOUNT } from "./peers/twilio.ts";

const device = { name: "Ada's iPhone", platform: "ios" };

describe("sign-in with an SMS code", () => {
  it("texts a code through Twilio, signs a new user up, and the access token works", async () => {
    const sent = await api("POST", "/auth/code", { body: { phone: "+1 (202) 555-0143" }, ip: freshIp() });
    expect(sent.status).toBe(200);
    expect(await sent.json()).toEqual({
      success: true,
      data: { phone: "+12025550143", expiresIn: 300, resendAfter: 60 },
    });
    const [sms] = await sentMessages("+12025550143");
    expect(sms?.from).toBe(TWILIO_TEST_ACCOUNT.from);
    expect(sms?.body).toMatch(/Your BIG Messenger code is \d{6}\./);

    const code = await latestCode("+12025550143");
    const res = await api("POST", "/auth/verify", { body: { phone: "+12025550143", code, device } });
    expect(res.status).toBe(200);
    const { data } = (await res.json()) as { data: SignInData };
    expect(data.isNewUser).toBe(true);
    expect(data.user).toMatchObject({ phone: "+12025550143", firstName: "", username: null });
    expect(data.user.id).toMatch(/^usr_[0-9a-f]{20}$/);
    expect(data.refreshToken).toMatch(/^rt_/);
    expect(data.accessTokenExpiresIn).toBe(900);

    const me = await api("GET", "/me", { token: data.accessToken });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { data: { id: string } }).data.id).toBe(data.user.id);
  });

  it("signs the same phone in again as the same user, on a second session", async () => {
    const first = await signIn("+12025550144");
    const second = await signIn("+12025550144", { name: "Laptop", platform: "web" });
    expect(second.isNewUser).toBe(false);
    expect(second.user.id).toBe(first.user.id);
    expect(second.sessionId).not.toBe(first.sessionId);
  });

  it("stores neither the code nor the refresh token in clear", async () => {
    const data = await signIn("+12025550145");
    const code = await latestCode("+12025550145");
    const dump = JSON.stringify([
      await env.DB.prepare("SELECT * FROM auth_codes").all(),
      await env.DB.prepare("SELECT * FROM refresh_tokens").all(),
    ]);
    expect(dump).not.toContain(data.refreshToken);
    expect(dump).not.toContain(data.refreshToken.slice(3));
    expect(dump).not.toContain(code);
  });

  it("answers the same for registered and unknown numbers", async () => {
    await signIn("+12025550146");
    const known = await api("POST", "/auth/code", { body: { phone: "+12025550146" }, ip: freshIp() });
    const unknown = await api("POST", "/auth/code", { body: { phone: "+12025550147" }, ip: freshIp() });
    expect([known.status, unknown.status]).toEqual([200, 200]);
    const knownBody = (await known.json()) as { data: { phone: string } };
    const unknownBody = (await unknown.json()) as { data: { phone: string } };
    expect({ ...knownBody, data: { ...knownBody.data, phone: "x" } }).toEqual({
      ...unknownBody,
      data: { ...unknownBody.data, phone: "x" },
    });
    const strip = (body = "") => body.replace(/\d{6}/, "CODE");
    expect(strip((await sentMessages("+12025550146")).at(-1)?.body)).toBe(
      strip((await sentMessages("+12025550147")).at(-1)?.body),
    );
  });

  it("logs out: the refresh token and the access token of that session stop working", async () => {
    const data = await signIn("+12025550148");
    const out = await api("POST", "/auth/logout", { token: data.accessToken });
    expect(out.status).toBe(200);
    expect(await out.json()).toEqual({ success: true, data: { sessionId: data.sessionId, revoked: true } });
    const me = await api("GET", "/me", { token: data.accessToken });
    expect(me.status).toBe(401);
    expect(await me.json()).toMatchObject({ success: false, error: { code: "SESSION_REVOKED" } });
    const refresh = await api("POST", "/auth/refresh", { body: { refreshToken: data.refreshToken } });
    expect(refresh.status).toBe(401);
  });

  it("refuses every /api/v1 route other than health and sign-in without a token", async () => {
    for (const [method, path] of [
      ["GET", "/me"],
      ["PATCH", "/me"],
      ["GET", "/me/sessions"],
      ["DELETE", "/me/sessions/ses_x"],
      ["GET", "/users/usr_x"],
      ["GET", "/users?username=ada_l"],
      ["POST", "/contacts/import"],
      ["GET", "/contacts"],
      ["DELETE", "/contacts/%2B12025550143"],
      ["POST", "/auth/logout"],
    ] as const) {
      const res = await api(method, path);
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(await res.json()).toMatchObject({ success: false, error: { code: "UNAUTHORIZED" } });
    }
  });
});
