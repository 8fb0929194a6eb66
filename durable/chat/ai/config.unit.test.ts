import { describe, expect, it } from "vitest";
import { aiProvider, aiSettings } from "./config.ts";

describe("the assistant's configuration", () => {
  it("is not configured without a base URL and a model (production's default: 503 AI_NOT_CONFIGURED)", () => {
    expect(aiSettings({}).configured).toBe(false);
    expect(aiSettings({ AI_BASE_URL: "https://api.openai.com/v1" }).configured).toBe(false);
    expect(aiProvider({ AI_MODEL: "gpt-4o-mini" })).toBeNull();
  });

  it("is configured by AI_BASE_URL + AI_MODEL, or by the AI binding with AI_PROVIDER=workers-ai", () => {
    expect(aiSettings({ AI_BASE_URL: "http://localhost:11434/v1", AI_MODEL: "llama3.1" }).configured).toBe(true);
    expect(aiSettings({ AI_PROVIDER: "workers-ai", AI_MODEL: "@cf/meta/llama-3.1-8b-instruct" }).configured).toBe(
      false,
    );
    const binding = { run: async () => new ReadableStream() };
    const env = { AI_PROVIDER: "workers-ai", AI_MODEL: "@cf/meta/llama-3.1-8b-instruct", AI: binding };
    expect(aiSettings(env).configured).toBe(true);
    expect(aiProvider(env)).not.toBeNull();
  });

  it("reads the limits, with defaults for what is unset or invalid", () => {
    const settings = aiSettings({ AI_MAX_TOKENS: "256", AI_DAILY_TOKEN_BUDGET: "0" });
    expect(settings.AI_MAX_TOKENS).toBe(256);
    expect(settings.AI_DAILY_TOKEN_BUDGET).toBe(0);
    expect(settings.AI_TURN_TIMEOUT_MS).toBe(60_000);
    expect(aiSettings({ AI_MAX_TOKENS: "lots" }).AI_MAX_TOKENS).toBe(1024);
  });
});
