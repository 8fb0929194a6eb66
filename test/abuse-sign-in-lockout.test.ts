import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, latestCode, sentMessages, skipCooldown } from "./helpers/sign-in.ts";

// An anonymous attacker who knows the victim's number, trying to keep them from signing in.
const device = { name: "Victim's phone", platform: "ios" };
const sendCode = (phone: string, ip: string) => api("POST", "/auth/code", { body: { phone }, ip });
const verify = (phone: string, code: string, ip: string) =>
  api("POST", "/auth/verify", { body: { phone, code, device }, ip });
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

describe("an attacker cannot lock a number out of sign-in", () => {
  it("wrong guesses from the attacker's address do not burn the victim's code", async () => {
    const phone = "+13035550101";
    const victim = "198.51.100.10";
    const attacker = "203.0.113.66";
    expect((await sendCode(phone, victim)).status).toBe(200);
    const code = await latestCode(phone);
    for (let i = 0; i < 5; i++) expect(await errorOf(await verify(phone, wrong(code), attacker))).toBe("CODE_INVALID");
    // The attacker's own attempts at this code are spent, even with the right code…
    expect(await errorOf(await verify(phone, code, attacker))).toBe("CODE_EXPIRED");
    // …but the victim still signs in with it.
    expect((await verify(phone, code, victim)).status).toBe(200);
  });

  it("IPv6 attackers get one budget per /64, not one per address", async () => {
    const phone = "+13035550102";
    expect((await sendCode(phone, "198.51.100.11")).status).toBe(200);
    const code = await latestCode(phone);
    for (let i = 1; i <= 5; i++) {
      expect(await errorOf(await verify(phone, wrong(code), `2001:db8:66:1::${i}`))).toBe("CODE_INVALID");
    }
    // A sixth address of the same /64 is the same client.
    expect(await errorOf(await verify(phone, code, "2001:db8:66:1:ffff::7"))).toBe("CODE_EXPIRED");
  });

  it("one client can use only 3 of a phone's 10 daily codes, so the victim can still get one", async () => {
    const phone = "+13035550103";
    const attacker = "203.0.113.67";
    for (let i = 0; i < 3; i++) {
      expect((await sendCode(phone, attacker)).status, `send ${i + 1}`).toBe(200);
      await skipCooldown(env.DB, phone);
    }
    const refused = await sendCode(phone, attacker);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await sentMessages(phone)).toHaveLength(3);
    // The victim, from their own network:
    expect((await sendCode(phone, "198.51.100.12")).status).toBe(200);
    expect((await verify(phone, await latestCode(phone), "198.51.100.12")).status).toBe(200);
  });

  it("a client that keeps guessing gets 429 + Retry-After from /auth/verify, across phones", async () => {
    const attacker = "203.0.113.68";
    // 30 wrong codes an hour per client, whatever the phone (here: phones with no code at all).
    for (let i = 0; i < 30; i++) {
      const res = await verify(`+1303555${String(200 + i).padStart(4, "0")}`, "123456", attacker);
      expect(res.status, `guess ${i + 1}`).toBe(400);
    }
    const limited = await verify("+13035550300", "123456", attacker);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(await limited.json()).toMatchObject({ success: false, error: { code: "RATE_LIMITED" } });
    // Once limited it cannot even try a right code (so it cannot keep probing), while others can.
    const phone = "+13035550104";
    expect((await sendCode(phone, "198.51.100.13")).status).toBe(200);
    expect((await verify(phone, await latestCode(phone), attacker)).status).toBe(429);
    expect((await verify(phone, await latestCode(phone), "198.51.100.13")).status).toBe(200);
  });

  it("a code dies after 25 wrong guesses from all clients together (guessing stays hopeless)", async () => {
    const phone = "+13035550105";
    expect((await sendCode(phone, "198.51.100.14")).status).toBe(200);
    const code = await latestCode(phone);
    for (let client = 0; client < 5; client++) {
      for (let i = 0; i < 5; i++) {
        expect((await verify(phone, wrong(code), `203.0.113.${100 + client}`)).status).toBe(400);
      }
    }
    expect(await errorOf(await verify(phone, code, "198.51.100.14"))).toBe("CODE_EXPIRED");
  });
});
