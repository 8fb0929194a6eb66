// TelegramSessionDO reads its Telegram app and SESSION_SECRET from its own env (no call carries
// them): in production, an object whose env lacks them refuses every Telegram call with 503, even
// when the caller is fine. The core is built here over a real object's storage with such an env.
import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { TelegramSession } from "../durable/telegram/session.ts";

const production = { ...env, ENVIRONMENT: "production", TELEGRAM_DC_ADDRESS: "", TELEGRAM_DC_RSA_N: "" };

async function sendCodeWith(objectEnv: object) {
  const sessionId = crypto.randomUUID();
  const stub = env.TELEGRAM_SESSIONS.get(env.TELEGRAM_SESSIONS.idFromName(sessionId));
  return runInDurableObject(stub, async (_instance, state) => {
    const session = new TelegramSession(state, objectEnv);
    expect((await session.create(sessionId, "key-1")).ok).toBe(true);
    return session.sendCode("key-1", "+9996601501");
  });
}

describe("TelegramSessionDO settings", () => {
  it("refuses Telegram calls in production without TELEGRAM_API_ID/HASH in its own env", async () => {
    expect(await sendCodeWith({ ...production, SESSION_SECRET: "s".repeat(40) })).toMatchObject({
      ok: false,
      status: 503,
      code: "TELEGRAM_NOT_CONFIGURED",
    });
  });

  it("refuses Telegram calls in production without SESSION_SECRET in its own env", async () => {
    const outcome = await sendCodeWith({ ...production, TELEGRAM_API_ID: "12345", TELEGRAM_API_HASH: "abcdef" });
    expect(outcome).toMatchObject({ ok: false, status: 503, code: "TELEGRAM_NOT_CONFIGURED" });
    expect(outcome.ok ? "" : outcome.message).toContain("SESSION_SECRET");
  });
});
