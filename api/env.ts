import { z } from "zod";
import { messagingVarsSchema } from "../durable/config.ts";
import type { AccessClaims } from "./auth/access-token.ts";
import { ApiError } from "./errors.ts";

/** Secrets are set with `wrangler secret put` (production) or `.dev.vars` (local). */
export interface Secrets {
  JWT_SECRET?: string;
  SESSION_SECRET?: string;
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
    // Messaging limits: the Durable Objects read the same vars with the same schema.
    ...messagingVarsSchema.shape,
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
    messaging: {
      groupMemberLimit: raw.GROUP_MEMBER_LIMIT,
      updateLogRetention: raw.UPDATE_LOG_RETENTION,
      sendRateLimit: raw.SEND_RATE_LIMIT,
      sendRateWindowSeconds: raw.SEND_RATE_WINDOW_SECONDS,
    },
  }));

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
