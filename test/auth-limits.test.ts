import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, sentMessages, skipCooldown } from "./helpers/sign-in.ts";

const sendCode = (phone: string, ip: string) => api("POST", "/auth/code", { body: { phone }, ip });

async function expectRateLimited(res: Response, min: number, max: number) {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(min);
  expect(retryAfter).toBeLessThanOrEqual(max);
  expect(await res.json()).toMatchObject({ success: false, error: { code: "RATE_LIMITED", details: { retryAfter } } });
}

describe("limits on sending codes", () => {
  it("a phone gets one code per 60 s (Retry-After counts down the rest), and nothing is sent meanwhile", async () => {
    const phone = "+14155550101";
    expect((await sendCode(phone, "203.0.113.1")).status).toBe(200);
    await expectRateLimited(await sendCode(phone, "203.0.113.2"), 59, 60);
    // 45 s later: 15 s to go.
    await env.DB.prepare("UPDATE auth_codes SET sent_at = sent_at - 45000 WHERE phone = ?").bind(phone).run();
    await expectRateLimited(await sendCode(phone, "203.0.113.3"), 14, 15);
    expect(await sentMessages(phone)).toHaveLength(1);
    await skipCooldown(env.DB, phone);
    expect((await sendCode(phone, "203.0.113.4")).status).toBe(200);
    expect(await sentMessages(phone)).toHaveLength(2);
  });

  it("a phone gets at most 10 codes a day; Retry-After is the time to the next UTC day", async () => {
    const phone = "+14155550102";
    for (let i = 0; i < 10; i++) {
      expect((await sendCode(phone, `203.0.113.${10 + i}`)).status, `send ${i + 1}`).toBe(200);
      await skipCooldown(env.DB, phone);
    }
    const now = Date.now();
    const toMidnight = Math.ceil((Math.ceil(now / 86_400_000) * 86_400_000 - now) / 1000);
    await expectRateLimited(await sendCode(phone, "203.0.113.30"), toMidnight - 5, toMidnight + 1);
    expect(await sentMessages(phone)).toHaveLength(10);
  });

  it("an IP address gets at most 30 codes an hour, whatever the phones", async () => {
    const ip = "203.0.113.99";
    for (let i = 0; i < 30; i++) {
      const res = await sendCode(`+1415555${String(200 + i).padStart(4, "0")}`, ip);
      expect(res.status, `send ${i + 1}`).toBe(200);
    }
    const now = Date.now();
    const toHour = Math.ceil((Math.ceil(now / 3_600_000) * 3_600_000 - now) / 1000);
    await expectRateLimited(await sendCode("+14155550300", ip), toHour - 5, toHour + 1);
    expect(await sentMessages("+14155550300")).toHaveLength(0);
    // Another address is not affected.
    expect((await sendCode("+14155550300", "203.0.113.100")).status).toBe(200);
  });
});
