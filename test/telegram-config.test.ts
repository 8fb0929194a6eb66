// Configuration of the Telegram proxy: production without a Telegram app answers 503 (and never
// falls back to the placeholder app), and a malformed DC override is a config error.
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createApp } from "../api/app.ts";
import { loadConfig } from "../api/env.ts";
import { deployedEnv } from "./helpers/deployed-env.ts";
import { createTestApiKey } from "./helpers/telegram.ts";

const app = createApp();
const production = deployedEnv();

async function request(path: string, headers: Record<string, string>, bindings: object, body?: unknown) {
  const response = await app.request(
    `http://gateway/api/telegram-proxy${path}`,
    {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    },
    bindings as typeof env,
  );
  // biome-ignore lint/suspicious/noExplicitAny: the envelope
  return { status: response.status, json: (await response.json()) as any };
}

describe("Telegram proxy configuration", () => {
  it("answers 503 TELEGRAM_NOT_CONFIGURED in production without TELEGRAM_API_ID/HASH", async () => {
    expect(loadConfig(production as typeof env).telegram.api).toBeUndefined();
    const { headers } = await createTestApiKey();
    const created = await request("/sessions", headers, production);
    expect(created.status).toBe(201);
    const sent = await request("/auth/send-code", headers, production, {
      sessionId: created.json.data.sessionId,
      phoneNumber: "+9996601501",
    });
    expect(sent.status).toBe(503);
    expect(sent.json.error.code).toBe("TELEGRAM_NOT_CONFIGURED");
  });

  it("uses the configured app in production, and points at Telegram's DCs when no DC is set", () => {
    const config = loadConfig({
      ...production,
      TELEGRAM_API_ID: "12345",
      TELEGRAM_API_HASH: "abcdef",
      TELEGRAM_DC_ADDRESS: "",
      TELEGRAM_DC_RSA_N: "",
    } as typeof env);
    expect(config.telegram).toEqual({ api: { id: 12345, hash: "abcdef" }, dc: undefined });
  });

  it("refuses a malformed DC address or key, naming the variable", () => {
    expect(() => loadConfig({ ...env, TELEGRAM_DC_ADDRESS: "no-port" })).toThrow(/TELEGRAM_DC_ADDRESS/);
    expect(() => loadConfig({ ...env, TELEGRAM_DC_RSA_N: "zz" })).toThrow(/TELEGRAM_DC_RSA_N/);
  });
});
