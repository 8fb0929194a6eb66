import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, signIn } from "./helpers/sign-in.ts";

type Session = {
  id: string;
  deviceName: string;
  platform: string;
  createdAt: string;
  lastUsedAt: string;
  current: boolean;
};
const sessionsOf = async (token: string) => {
  const res = await api("GET", "/me/sessions", { token });
  expect(res.status).toBe(200);
  return ((await res.json()) as { data: { sessions: Session[] } }).data.sessions;
};

describe("GET /me/sessions and DELETE /me/sessions/{id}", () => {
  it("list each sign-in with its device, marking the current one", async () => {
    const phone = await signIn("+19175550101", { name: "Phone", platform: "ios" });
    const laptop = await signIn("+19175550101", { name: "Laptop", platform: "web" });
    const sessions = await sessionsOf(laptop.accessToken);
    expect(sessions.map((s) => [s.id, s.deviceName, s.platform, s.current]).sort()).toEqual(
      [
        [phone.sessionId, "Phone", "ios", false],
        [laptop.sessionId, "Laptop", "web", true],
      ].sort(),
    );
    for (const s of sessions) expect(Date.parse(s.lastUsedAt)).toBeGreaterThanOrEqual(Date.parse(s.createdAt));
  });

  it("revoke another of your devices: its tokens stop working, yours keep working", async () => {
    const phone = await signIn("+19175550102", { name: "Phone", platform: "ios" });
    const laptop = await signIn("+19175550102", { name: "Laptop", platform: "web" });
    const res = await api("DELETE", `/me/sessions/${phone.sessionId}`, { token: laptop.accessToken });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ success: true, data: { sessionId: phone.sessionId, revoked: true } });
    expect((await api("GET", "/me", { token: phone.accessToken })).status).toBe(401);
    expect((await api("POST", "/auth/refresh", { body: { refreshToken: phone.refreshToken } })).status).toBe(401);
    expect((await sessionsOf(laptop.accessToken)).map((s) => s.id)).toEqual([laptop.sessionId]);
    // Revoking it again: it is gone.
    expect((await api("DELETE", `/me/sessions/${phone.sessionId}`, { token: laptop.accessToken })).status).toBe(404);
  });

  it("do not let user B see or revoke user A's sessions", async () => {
    const a = await signIn("+19175550103");
    const b = await signIn("+19175550104");
    expect((await sessionsOf(b.accessToken)).map((s) => s.id)).toEqual([b.sessionId]);
    const res = await api("DELETE", `/me/sessions/${a.sessionId}`, { token: b.accessToken });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });
    expect((await api("GET", "/me", { token: a.accessToken })).status).toBe(200);
    const row = await env.DB.prepare("SELECT revoked_at FROM auth_sessions WHERE id = ?").bind(a.sessionId).first();
    expect(row).toEqual({ revoked_at: null });
  });

  it("answer 404 for an unknown session and 400 for an oversized id", async () => {
    const me = await signIn("+19175550105");
    expect((await api("DELETE", "/me/sessions/ses_nope", { token: me.accessToken })).status).toBe(404);
    expect((await api("DELETE", `/me/sessions/${"s".repeat(65)}`, { token: me.accessToken })).status).toBe(400);
    expect((await api("GET", "/me", { token: me.accessToken })).status).toBe(200);
  });
});
