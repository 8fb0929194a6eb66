import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { appWithProbes } from "./helpers/app-with-probe.ts";
import { api, freshIp, sentMessages } from "./helpers/sign-in.ts";

// An SMS pumper asks for codes to numbers whose owner is paid per message delivered.
const { call } = appWithProbes();
const sendCode = (phone: string) => api("POST", "/auth/code", { body: { phone }, ip: freshIp() });
const sendCodeWith = (phone: string, bindings: Record<string, unknown>) =>
  call(
    "/api/v1/auth/code",
    {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": freshIp() },
      body: JSON.stringify({ phone }),
    },
    { ...env, ...bindings },
  );

describe("SMS pumping", () => {
  it("premium-rate, toll-free, personal, landline and satellite numbers get 400 PHONE_NOT_MOBILE, and no SMS", async () => {
    for (const phone of ["+19005550100", "+18005550100", "+15005550006", "+442079460958", "+881612345678"]) {
      const res = await sendCode(phone);
      expect(res.status, phone).toBe(400);
      expect(await res.json()).toMatchObject({ success: false, error: { code: "PHONE_NOT_MOBILE" } });
      expect(await sentMessages(phone)).toHaveLength(0);
    }
  });

  it("AUTH_ALLOWED_COUNTRIES refuses mobiles of other countries with 400 PHONE_COUNTRY_NOT_ALLOWED", async () => {
    const allowed = { AUTH_ALLOWED_COUNTRIES: "DE, us" };
    const refused = await sendCodeWith("+8613812345678", allowed);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { code: "PHONE_COUNTRY_NOT_ALLOWED" } });
    expect(await sentMessages("+8613812345678")).toHaveLength(0);
    expect((await sendCodeWith("+4915123456001", allowed)).status).toBe(200);
  });

  it("AUTH_CODE_HOURLY_LIMIT_GLOBAL caps the codes texted per hour in total, from any number of clients", async () => {
    // Codes this file already sent count too: the cap is 3 more than those.
    const sent = await env.DB.prepare("SELECT count FROM rate_limits WHERE key = 'auth:code:global'").first<number>(
      "count",
    );
    const capped = { AUTH_CODE_HOURLY_LIMIT_GLOBAL: String((sent ?? 0) + 3) };
    for (let i = 0; i < 3; i++) expect((await sendCodeWith(`+1720555${1000 + i}`, capped)).status).toBe(200);
    const res = await sendCodeWith("+17205551099", capped);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await sentMessages("+17205551099")).toHaveLength(0);
  });
});
