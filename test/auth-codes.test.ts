import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { api, freshIp, latestCode, skipCooldown } from "./helpers/sign-in.ts";

const device = { name: "Pixel", platform: "android" };
const verify = (phone: string, code: string) => api("POST", "/auth/verify", { body: { phone, code, device } });
const sendCode = (phone: string) => api("POST", "/auth/code", { body: { phone }, ip: freshIp() });
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");
const accountsOf = async (phone: string) =>
  (await env.DB.prepare("SELECT COUNT(*) AS n FROM users WHERE phone = ?").bind(phone).first<{ n: number }>())?.n ?? 0;

describe("sign-in codes", () => {
  it("allow five wrong attempts, counting down, then the code is dead even when right", async () => {
    const phone = "+13125550101";
    await sendCode(phone);
    const code = await latestCode(phone);
    for (const attemptsLeft of [4, 3, 2, 1, 0]) {
      const res = await verify(phone, wrong(code));
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: "CODE_INVALID", details: { attemptsLeft } } });
    }
    const late = await verify(phone, code);
    expect(late.status).toBe(400);
    expect(await late.json()).toMatchObject({ error: { code: "CODE_EXPIRED" } });
    expect(await accountsOf(phone)).toBe(0);
  });

  it("accept the right code on the fifth attempt", async () => {
    const phone = "+13125550102";
    await sendCode(phone);
    const code = await latestCode(phone);
    for (let i = 0; i < 4; i++) expect((await verify(phone, wrong(code))).status).toBe(400);
    expect((await verify(phone, code)).status).toBe(200);
  });

  it("expire after five minutes", async () => {
    const phone = "+13125550103";
    await sendCode(phone);
    // Five minutes pass.
    await env.DB.prepare("UPDATE auth_codes SET expires_at = ? WHERE phone = ?")
      .bind(Date.now() - 1, phone)
      .run();
    const res = await verify(phone, await latestCode(phone));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "CODE_EXPIRED" } });
  });

  it("sign in once: the same code again is refused", async () => {
    const phone = "+13125550104";
    await sendCode(phone);
    const code = await latestCode(phone);
    expect((await verify(phone, code)).status).toBe(200);
    expect((await verify(phone, code)).status).toBe(400);
  });

  it("keep one active code per phone: a new one replaces the old", async () => {
    const phone = "+13125550105";
    await sendCode(phone);
    const first = await latestCode(phone);
    let second = first;
    // (codes are random: in the one-in-a-million case the new one equals the old, send again)
    while (second === first) {
      await skipCooldown(env.DB, phone);
      await sendCode(phone);
      second = await latestCode(phone);
    }
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM auth_codes WHERE phone = ?").bind(phone).first("n")).toBe(1);
    expect((await verify(phone, first)).status).toBe(400);
    expect((await verify(phone, second)).status).toBe(200);
  });

  it("belong to their phone: another number's code does not sign you in", async () => {
    await sendCode("+13125550106");
    await sendCode("+13125550107");
    while ((await latestCode("+13125550106")) === (await latestCode("+13125550107"))) {
      await skipCooldown(env.DB, "+13125550107");
      await sendCode("+13125550107");
    }
    expect((await verify("+13125550107", await latestCode("+13125550106"))).status).toBe(400);
    expect((await verify("+13125550107", await latestCode("+13125550107"))).status).toBe(200);
  });

  it("refuse verify without any code requested", async () => {
    const res = await verify("+13125550108", "123456");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "CODE_EXPIRED" } });
  });
});
