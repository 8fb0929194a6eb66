import { z } from "zod";
import type { TelegramConfig } from "../durable/telegram-config.ts";
import type { AccessClaims } from "./auth/access-token.ts";
import { ApiError } from "./errors.ts";

/** Secrets are set with `wrangler secret put` (production) or `.dev.vars` (local). */
export interface Secrets {
  JWT_SECRET?: string;
  SESSION_SECRET?: string;
  /** Telegram API hash from my.telegram.org (production); the loopback DC accepts any. */
  TELEGRAM_API_HASH?: string;
}

/** Everything the Worker is given: bindings and vars from wrangler.toml, plus secrets. */
export type Bindings = Env & Secrets;

/** Hono's environment type for every app and handler. */
export type AppEnv = {
  Bindings: Bindings;
  Variables: {
    requestId: string;
    config: Config;
    /** Set by the security guard on routes that declare `bearerJwt`. */
    auth: AccessClaims;
    /** Set by the security guard on routes that declare `apiKey`: the id (not the key) of the caller's key. */
    apiKeyId: string;
  };
};

// Local development must run with no secrets at all. These values are public, so production
// refuses them (see configSchema below).
const DEV_DEFAULTS = {
  JWT_SECRET: "dev-only-jwt-secret-do-not-use-in-production-0000",
  SESSION_SECRET: "dev-only-session-secret-do-not-use-in-production",
} as const;

const secret = z.string().min(32, "must be at least 32 characters");

const configSchema = z
  .object({
    ENVIRONMENT: z.enum(["development", "test", "production"]).default("development"),
    CORS_ORIGINS: z
      .string()
      .default("*")
      .transform((value) =>
        value
          .split(",")
          .map((origin) => origin.trim())
          .filter(Boolean),
      ),
    MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_048_576),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    COMMIT_SHA: z.string().optional(),
    JWT_SECRET: secret.optional(),
    SESSION_SECRET: secret.optional(),
    TELEGRAM_API_ID: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().positive().optional()),
    TELEGRAM_API_HASH: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).optional()),
    // "host:port" of one MTProto DC every Telegram connection goes to instead of Telegram's own
    // (the loopback DC of tools/telegram-dc in tests and `npm start`). Unset: Telegram's DCs.
    TELEGRAM_DC_ADDRESS: z
      .string()
      .regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, "must be host:port")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    TELEGRAM_DC_ID: z.coerce.number().int().min(1).max(5).default(2),
    // Hex modulus of that DC's RSA key (exponent 65537), trusted in addition to Telegram's keys.
    TELEGRAM_DC_RSA_N: z
      .string()
      .regex(/^[0-9a-f]{512}$/i, "must be a 2048-bit modulus in hex")
      .optional()
      .or(z.literal("").transform(() => undefined)),
  })
  .superRefine((raw, ctx) => {
    if (raw.ENVIRONMENT !== "production") return;
    for (const name of ["JWT_SECRET", "SESSION_SECRET"] as const) {
      if (!raw[name]) {
        ctx.addIssue({ code: "custom", path: [name], message: "is required in production" });
      } else if (raw[name] === DEV_DEFAULTS[name]) {
        ctx.addIssue({ code: "custom", path: [name], message: "must not be the public development default" });
      }
    }
  })
  .transform((raw) => ({
    environment: raw.ENVIRONMENT,
    isProduction: raw.ENVIRONMENT === "production",
    corsOrigins: raw.CORS_ORIGINS,
    maxBodyBytes: raw.MAX_BODY_BYTES,
    logLevel: raw.LOG_LEVEL,
    commitSha: raw.COMMIT_SHA,
    jwtSecret: raw.JWT_SECRET ?? DEV_DEFAULTS.JWT_SECRET,
    sessionSecret: raw.SESSION_SECRET ?? DEV_DEFAULTS.SESSION_SECRET,
    telegram: telegramConfig(raw),
  }));

function telegramConfig(raw: {
  ENVIRONMENT: string;
  TELEGRAM_API_ID?: number;
  TELEGRAM_API_HASH?: string;
  TELEGRAM_DC_ADDRESS?: string;
  TELEGRAM_DC_ID: number;
  TELEGRAM_DC_RSA_N?: string;
}): TelegramConfig {
  const [host = "", port = "0"] = raw.TELEGRAM_DC_ADDRESS?.split(":") ?? [];
  const dc = raw.TELEGRAM_DC_ADDRESS
    ? { id: raw.TELEGRAM_DC_ID, host, port: Number(port), rsaN: raw.TELEGRAM_DC_RSA_N }
    : undefined;
  // Outside production a placeholder app is fine: only the loopback DC accepts it.
  const api =
    raw.TELEGRAM_API_ID && raw.TELEGRAM_API_HASH
      ? { id: raw.TELEGRAM_API_ID, hash: raw.TELEGRAM_API_HASH }
      : raw.ENVIRONMENT === "production"
        ? undefined
        : { id: raw.TELEGRAM_API_ID ?? 1, hash: raw.TELEGRAM_API_HASH ?? "loopback" };
  return { api, dc };
}

export type Config = z.output<typeof configSchema>;

/** Names only: a config error must never echo a secret's value. */
function describeConfigIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ");
}

// Parsed once per isolate: bindings do not change while an isolate lives. Keyed by the env
// object so tests that pass a different env get their own parse.
const parsed = new WeakMap<object, Config>();

export function loadConfig(env: Bindings): Config {
  const cached = parsed.get(env);
  if (cached) return cached;
  const result = configSchema.safeParse(env);
  if (!result.success) {
    throw new ApiError(500, "CONFIG_INVALID", `Server misconfigured: ${describeConfigIssues(result.error)}`);
  }
  parsed.set(env, result.data);
  return result.data;
}
