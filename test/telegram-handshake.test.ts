import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../api/env.ts";
import type { TelegramSessionDO } from "../durable/telegram-session.ts";

describe("TelegramSessionDO ↔ loopback DC", () => {
  it("completes the MTProto key exchange inside workerd and asks for a login code", async () => {
    const config = loadConfig(env);
    const sessionId = crypto.randomUUID();
    const stub = env.TELEGRAM_SESSIONS.get(env.TELEGRAM_SESSIONS.idFromName(sessionId));
    expect((await stub.create(sessionId, "key_a")).ok).toBe(true);
    const sent = await stub.sendCode(
      { telegram: config.telegram, sessionSecret: config.sessionSecret },
      "key_a",
      "+9996621234",
    );
    expect(sent).toMatchObject({ ok: true, data: { isCodeViaApp: true } });
    await runInDurableObject(stub, async (instance: TelegramSessionDO) => {
      expect(instance).toBeDefined();
    });
  });
});
