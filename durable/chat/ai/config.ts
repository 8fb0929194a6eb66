import { z } from "zod";
import { openAiCompatible } from "./openai-compatible.ts";
import type { AiProvider } from "./provider.ts";
import { type WorkersAiBinding, workersAi } from "./workers-ai.ts";

// The assistant's settings, read by the ChatDO from its own env (the key is a secret there, never
// an RPC argument). api/env.ts validates the same vars with this same schema at request time.

export const DEFAULT_SYSTEM_PROMPT =
  "You are BIG Messenger's built-in assistant. Answer helpfully and concisely, in the language the user writes in.";

export const aiVarsSchema = z.object({
  /** "openai" (any OpenAI-compatible endpoint, AI_BASE_URL) or "workers-ai" (the AI binding). */
  AI_PROVIDER: z.enum(["openai", "workers-ai"]).default("openai"),
  /** e.g. https://api.openai.com/v1; empty: not configured (production answers 503 AI_NOT_CONFIGURED). */
  AI_BASE_URL: z.union([z.literal(""), z.url()]).default(""),
  AI_MODEL: z.string().default(""),
  AI_SYSTEM_PROMPT: z.string().max(8000).default(DEFAULT_SYSTEM_PROMPT),
  /** The reply's max_tokens: also what a turn reserves from the daily budget. */
  AI_MAX_TOKENS: z.coerce.number().int().min(16).max(32_000).default(1024),
  /** Context: at most this many recent messages, within this many (estimated) tokens. */
  AI_CONTEXT_MESSAGES: z.coerce.number().int().min(1).max(200).default(20),
  AI_CONTEXT_TOKENS: z.coerce.number().int().min(100).max(200_000).default(4000),
  /** A turn that has not ended after this long fails (its partial text is kept). */
  AI_TURN_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
  /** Retries of a provider 429/5xx/network failure before the first token. */
  AI_MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  /** How often the partial text of a streaming reply is saved. */
  AI_SAVE_INTERVAL_MS: z.coerce.number().int().min(50).max(10_000).default(300),
  /** Tokens one user may spend per UTC day (prompt + completion); 0: no budget. */
  AI_DAILY_TOKEN_BUDGET: z.coerce.number().int().min(0).default(50_000),
});

export type AiVars = z.output<typeof aiVarsSchema>;

export type AiSettings = AiVars & { configured: boolean };

/** The env an assistant chat reads: its vars, the key (a secret) and, in production, the AI binding. */
export type AiEnv = { AI_API_KEY?: string; AI?: WorkersAiBinding };

const cache = new WeakMap<object, AiSettings>();

/** The settings from `env`, with defaults; invalid values fall back to the defaults. */
export function aiSettings(env: object): AiSettings {
  // Parsed once per env object: the ChatDO asks on every alarm.
  const cached = cache.get(env);
  if (cached) return cached;
  const parsed = aiVarsSchema.safeParse(env);
  const vars = parsed.success ? parsed.data : aiVarsSchema.parse({});
  const binding = (env as AiEnv).AI;
  const configured =
    vars.AI_PROVIDER === "workers-ai"
      ? binding !== undefined && vars.AI_MODEL !== ""
      : vars.AI_BASE_URL !== "" && vars.AI_MODEL !== "";
  const settings = { ...vars, configured };
  cache.set(env, settings);
  return settings;
}

/** The provider `env` configures, or null (then the assistant answers 503 AI_NOT_CONFIGURED). */
export function aiProvider(env: object): AiProvider | null {
  const settings = aiSettings(env);
  if (!settings.configured) return null;
  const { AI, AI_API_KEY } = env as AiEnv;
  if (settings.AI_PROVIDER === "workers-ai" && AI) return workersAi(AI, settings.AI_MODEL);
  return openAiCompatible({ baseUrl: settings.AI_BASE_URL, apiKey: AI_API_KEY || undefined, model: settings.AI_MODEL });
}
