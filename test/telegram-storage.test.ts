// The session string (it holds the account's auth key) is stored AES-GCM encrypted with a key
// derived from SESSION_SECRET: readable with the secret, useless without it.
import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../api/env.ts";
import { openSessionString } from "../durable/telegram/crypto.ts";
import { createTestApiKey, signedInSession } from "./helpers/telegram.ts";

describe("Telegram session at rest", () => {
  it("is not readable without SESSION_SECRET", async () => {
    const { headers } = await createTestApiKey();
    const { sessionId } = await signedInSession(headers, "+9996691001");
    const stub = env.TELEGRAM_SESSIONS.get(env.TELEGRAM_SESSIONS.idFromName(sessionId));
    const stored = await runInDurableObject(stub, (_instance, state) => {
      const rows = state.storage.sql.exec<{ sealed_session: string }>("SELECT sealed_session FROM session").toArray();
      return rows[0]?.sealed_session ?? "";
    });
    expect(stored).toMatch(/^v1\.[A-Za-z0-9+/]+=*$/);

    // With the secret: a GramJS StringSession ("1" + base64 of dc id, address, port, 256-byte auth key).
    const secret = loadConfig(env).sessionSecret;
    const plain = await openSessionString(stored, secret, sessionId);
    expect(plain).toMatch(/^1[A-Za-z0-9+/]+=*$/);
    expect(plain.length).toBeGreaterThan(340);
    expect(stored).not.toContain(plain.slice(1, 40));

    // Without it (or moved to another session) it does not open.
    await expect(openSessionString(stored, "another-secret-of-at-least-32-characters", sessionId)).rejects.toThrow();
    await expect(openSessionString(stored, secret, crypto.randomUUID())).rejects.toThrow();
  });
});
