import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { appWithProbes } from "./helpers/app-with-probe.ts";
import { HTTPS_BASES } from "./helpers/deployed-env.ts";
import { api, freshIp, sentMessages } from "./helpers/sign-in.ts";
import { TWILIO_PEER_BASE } from "./peers/twilio.ts";

const { call } = appWithProbes();

/** POST /api/v1/auth/code on an app whose bindings differ from the test defaults. */
function sendCodeWith(phone: string, bindings: Record<string, unknown>) {
  return call(
    "/api/v1/auth/code",
    {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": freshIp() },
      body: JSON.stringify({ phone }),
    },
    { ...env, ...bindings },
  );
}
const verifyWith = (phone: string, code: string, bindings: Record<string, unknown>) =>
  call(
    "/api/v1/auth/verify",
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ phone, code, device: { name: "Emulator", platform: "android" } }),
    },
    { ...env, ...bindings },
  );
const storedCode = (phone: string) => env.DB.prepare("SELECT * FROM auth_codes WHERE phone = ?").bind(phone).first();

afterEach(() => vi.restoreAllMocks());

describe("the Twilio provider", () => {
  it("sends To, From and Body form-encoded with Basic auth (the peer checks each)", async () => {
    const res = await api("POST", "/auth/code", { body: { phone: "+16175550101" }, ip: freshIp() });
    expect(res.status).toBe(200);
    const [message] = await sentMessages("+16175550101");
    expect(message).toMatchObject({ from: "+12015550100", body: expect.stringMatching(/code is \d{6}/) });
  });

  it("uses MessagingServiceSid when the sender is a Messaging Service", async () => {
    const res = await sendCodeWith("+16175550102", { TWILIO_FROM: "MG00000000000000000000000000000001" });
    expect(res.status).toBe(200);
    expect(await sentMessages("+16175550102")).toMatchObject([
      { from: null, messagingServiceSid: "MG00000000000000000000000000000001" },
    ]);
  });

  it("answers 400 SMS_RECIPIENT_REJECTED when Twilio refuses the number, keeping no code", async () => {
    for (const [phone, providerCode] of [
      ["+16175550111", 21211],
      ["+16175550112", 21614],
      ["+16175550113", 21610],
    ] as const) {
      await fetch(`${TWILIO_PEER_BASE}/__peer/fail`, {
        method: "POST",
        body: JSON.stringify({ to: phone, status: 400, code: providerCode }),
      });
      const res = await api("POST", "/auth/code", { body: { phone }, ip: freshIp() });
      expect(res.status, phone).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: "SMS_RECIPIENT_REJECTED", details: { providerCode } } });
      expect(await storedCode(phone)).toBeNull();
    }
  });

  it("never asks Twilio about numbers that are not mobiles (its magic +1500 numbers are personal numbers)", async () => {
    const res = await api("POST", "/auth/code", { body: { phone: "+15005550001" }, ip: freshIp() });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "PHONE_NOT_MOBILE" } });
    expect(await storedCode("+15005550001")).toBeNull();
  });

  it("answers 503 SMS_UNAVAILABLE with Retry-After on bad credentials, and hides them", async () => {
    const res = await sendCodeWith("+16175550103", { TWILIO_AUTH_TOKEN: "a-wrong-token-for-twilio" });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("30");
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: "SMS_UNAVAILABLE", details: { providerCode: 20003 } } });
    expect(text).not.toContain("a-wrong-token-for-twilio");
    expect(await storedCode("+16175550103")).toBeNull();
  });

  it("answers 503 when Twilio is rate limiting or failing, and lets the caller retry at once", async () => {
    for (const [status, code] of [
      [429, 20429],
      [500, 20500],
    ]) {
      await fetch(`${TWILIO_PEER_BASE}/__peer/fail`, {
        method: "POST",
        body: JSON.stringify({ to: "+16175550104", status, code }),
      });
      const res = await api("POST", "/auth/code", { body: { phone: "+16175550104" }, ip: freshIp() });
      expect(res.status).toBe(503);
      expect(await storedCode("+16175550104")).toBeNull();
    }
    // No cooldown was left behind by the failures.
    expect((await api("POST", "/auth/code", { body: { phone: "+16175550104" }, ip: freshIp() })).status).toBe(200);
    expect(await sentMessages("+16175550104")).toHaveLength(1);
  });
});

describe("the console provider", () => {
  it("writes the code to the Worker's log instead of sending it", async () => {
    const logged: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => void logged.push(line));
    const res = await sendCodeWith("+16175550105", { SMS_PROVIDER: "console" });
    expect(res.status).toBe(200);
    const line = logged.find((l) => l.includes("sms (console provider)"));
    const code = /code is (\d{6})/.exec(line ?? "")?.[1];
    expect(code).toBeDefined();
    expect(await sentMessages("+16175550105")).toHaveLength(0);
    expect((await verifyWith("+16175550105", code ?? "", { SMS_PROVIDER: "console" })).status).toBe(200);
  });
});

describe("AUTH_TEST_NUMBERS", () => {
  const testNumbers = { AUTH_TEST_NUMBERS: "+16175550106:135790, +16175550107:246802" };

  it("sign in with their fixed code and send nothing", async () => {
    expect((await sendCodeWith("+1 617 555 0106", testNumbers)).status).toBe(200);
    expect(await sentMessages("+16175550106")).toHaveLength(0);
    const wrong = await verifyWith("+16175550106", "246802", testNumbers);
    expect(wrong.status).toBe(400);
    const res = await verifyWith("+16175550106", "135790", testNumbers);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ data: { isNewUser: true, user: { phone: "+16175550106" } } });
  });

  it("are ordinary numbers when not configured (the fixed code does not work)", async () => {
    expect((await api("POST", "/auth/code", { body: { phone: "+16175550107" }, ip: freshIp() })).status).toBe(200);
    expect(await sentMessages("+16175550107")).toHaveLength(1);
    expect(
      (
        await api("POST", "/auth/verify", {
          body: { phone: "+16175550107", code: "246802", device: { name: "x", platform: "ios" } },
        })
      ).status,
    ).toBe(400);
  });
});

describe("configuration of sign-in", () => {
  const production = {
    ENVIRONMENT: "production",
    JWT_SECRET: "j".repeat(40),
    SESSION_SECRET: "s".repeat(40),
  };
  const message = async (res: Response) => ((await res.json()) as { error: { message: string } }).error.message;

  it("refuses test numbers in production, without echoing their codes", async () => {
    const res = await call("/api/v1/health", {}, { ...env, ...production, AUTH_TEST_NUMBERS: "+16175550108:111222" });
    expect(res.status).toBe(500);
    const text = await message(res);
    expect(text).toContain("AUTH_TEST_NUMBERS must be empty in production");
    expect(text).not.toContain("111222");
  });

  it("refuses the console provider in production, and Twilio without its secrets", async () => {
    const consoleRes = await call("/api/v1/health", {}, { ...env, ...production, SMS_PROVIDER: "console" });
    expect(await message(consoleRes)).toContain("SMS_PROVIDER must not be console in production");
    const twilioRes = await call("/api/v1/health", {}, { ...env, TWILIO_AUTH_TOKEN: undefined });
    expect(await message(twilioRes)).toContain("TWILIO_AUTH_TOKEN is required when SMS_PROVIDER is twilio");
    const plain = await call("/api/v1/health", {}, { ...env, ...production });
    expect(await message(plain)).toContain("TWILIO_API_BASE must be https in production");
    const https = { ...production, ...HTTPS_BASES };
    expect((await call("/api/v1/health", {}, { ...env, ...https })).status).toBe(200);
  });

  it("refuses a malformed AUTH_TEST_NUMBERS without echoing it", async () => {
    const res = await call("/api/v1/health", {}, { ...env, AUTH_TEST_NUMBERS: "+16175550109=999888" });
    expect(res.status).toBe(500);
    const text = await message(res);
    expect(text).toContain("AUTH_TEST_NUMBERS");
    expect(text).not.toContain("999888");
  });
});
