import { z } from "zod";
import { DEPLOYED_ENVIRONMENTS } from "../config.ts";

// What TelegramSessionDO needs to reach Telegram and to seal its session string, read by the object
// from its own env (never passed in RPC arguments: the session secret must not travel in calls).
// api/env.ts validates the same vars with this same schema at request time, so a bad value is
// reported as CONFIG_INVALID, and production refuses a missing SESSION_SECRET, before any object
// is called.

const emptyIsUnset = (v: unknown) => (v === "" ? undefined : v);

export const telegramVarsSchema = z.object({
  TELEGRAM_API_ID: z.preprocess(emptyIsUnset, z.coerce.number().int().positive().optional()),
  TELEGRAM_API_HASH: z.preprocess(emptyIsUnset, z.string().min(1).optional()),
  // "host:port" of one MTProto DC every Telegram connection goes to instead of Telegram's own
  // (the loopback DC of tools/telegram-dc in tests and `npm start`). Unset: Telegram's DCs.
  TELEGRAM_DC_ADDRESS: z.preprocess(
    emptyIsUnset,
    z
      .string()
      .regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, "must be host:port")
      .optional(),
  ),
  TELEGRAM_DC_ID: z.coerce.number().int().min(1).max(5).default(2),
  // Hex modulus of that DC's RSA key (exponent 65537), trusted in addition to Telegram's keys.
  TELEGRAM_DC_RSA_N: z.preprocess(
    emptyIsUnset,
    z
      .string()
      .regex(/^[0-9a-f]{512}$/i, "must be a 2048-bit modulus in hex")
      .optional(),
  ),
});

type TelegramVars = z.output<typeof telegramVarsSchema>;

/** What a session needs to reach Telegram. */
export interface TelegramConfig {
  /** Undefined when TELEGRAM_API_ID/HASH are missing in production: the proxy answers 503. */
  api: { id: number; hash: string } | undefined;
  /** The one DC to use instead of Telegram's (loopback in development); undefined in production. */
  dc: { id: number; host: string; port: number; rsaN: string | undefined } | undefined;
}

export function telegramConfig(vars: TelegramVars, isProduction: boolean): TelegramConfig {
  const [host = "", port = "0"] = vars.TELEGRAM_DC_ADDRESS?.split(":") ?? [];
  const dc = vars.TELEGRAM_DC_ADDRESS
    ? { id: vars.TELEGRAM_DC_ID, host, port: Number(port), rsaN: vars.TELEGRAM_DC_RSA_N }
    : undefined;
  // Outside production a placeholder app is fine: only the loopback DC accepts it.
  const api =
    vars.TELEGRAM_API_ID && vars.TELEGRAM_API_HASH
      ? { id: vars.TELEGRAM_API_ID, hash: vars.TELEGRAM_API_HASH }
      : isProduction
        ? undefined
        : { id: vars.TELEGRAM_API_ID ?? 1, hash: vars.TELEGRAM_API_HASH ?? "loopback" };
  return { api, dc };
}

/** Local development runs with no secrets; this value is public, so production refuses it (api/env.ts). */
export const DEV_SESSION_SECRET = "dev-only-session-secret-do-not-use-in-production";

/** The object's settings: where Telegram is, and the secret its session string is sealed with. */
export interface SessionSettings {
  telegram: TelegramConfig;
  /** Undefined in production without SESSION_SECRET (the Worker refuses to serve then anyway). */
  sessionSecret: string | undefined;
}

const objectEnvSchema = telegramVarsSchema.extend({
  ENVIRONMENT: z.string().default("production"),
  SESSION_SECRET: z.preprocess(emptyIsUnset, z.string().min(32).optional()),
});

/** Settings that make every call answer 503 TELEGRAM_NOT_CONFIGURED (the vars are invalid). */
const UNUSABLE: SessionSettings = { telegram: { api: undefined, dc: undefined }, sessionSecret: undefined };

const cache = new WeakMap<object, SessionSettings>();

/** The session settings of `env`, validated once per env object. */
export function sessionSettings(env: object): SessionSettings {
  const cached = cache.get(env);
  if (cached) return cached;
  const parsed = objectEnvSchema.safeParse(env);
  let settings = UNUSABLE;
  if (parsed.success) {
    const isProduction = DEPLOYED_ENVIRONMENTS.has(parsed.data.ENVIRONMENT);
    settings = {
      telegram: telegramConfig(parsed.data, isProduction),
      sessionSecret: parsed.data.SESSION_SECRET ?? (isProduction ? undefined : DEV_SESSION_SECRET),
    };
  }
  cache.set(env, settings);
  return settings;
}
