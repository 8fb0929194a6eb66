import { z } from "zod";
import {
  aiVarsSchema,
  DEPLOYED_ENVIRONMENTS,
  DEV_SESSION_SECRET,
  messagingVarsSchema,
  sfuConfigIssues,
  sfuVarsSchema,
  telegramConfig,
  telegramVarsSchema,
} from "../durable/index.ts";
import { presignedConfig, presignedConfigIssues, presignedVarsSchema } from "./attachments/presigned-config.ts";
import type { AccessClaims } from "./auth/access-token.ts";
import type { SessionCaller } from "./auth/session-caller.ts";
import { callConfig, callVarsSchema, checkCallVars } from "./calls/config.ts";
import type { DeclaredRoute } from "./declared-route.ts";
import { ApiError } from "./errors.ts";
import { pushConfig, pushConfigIssues, pushVarsSchema } from "./push/config.ts";

/** Secrets are set with `wrangler secret put` (production) or `.dev.vars` (local). */
export interface Secrets {
  JWT_SECRET?: string;
  SESSION_SECRET?: string;
  /** Twilio credentials and sender, when SMS_PROVIDER = "twilio". */
  TWILIO_ACCOUNT_SID?: string;
  TWILIO_AUTH_TOKEN?: string;
  TWILIO_FROM?: string;
  /** Telegram API hash from my.telegram.org (production); the loopback DC accepts any. */
  TELEGRAM_API_HASH?: string;
  /** The assistant's key for AI_BASE_URL (Bearer); local servers often need none. Read by ChatDO only. */
  AI_API_KEY?: string;
  /** Push (api/push/config.ts): APNs token-based auth, the FCM service account JSON, VAPID keys. */
  APNS_KEY_ID?: string;
  APNS_TEAM_ID?: string;
  APNS_PRIVATE_KEY?: string;
  FCM_SERVICE_ACCOUNT?: string;
  VAPID_PUBLIC_KEY?: string;
  VAPID_PRIVATE_KEY?: string;
  /** coturn's static-auth-secret, when TURN_PROVIDER = "coturn". */
  TURN_SECRET?: string;
  /** The Cloudflare Realtime TURN key's API token, when TURN_PROVIDER = "cloudflare". */
  TURN_KEY_API_TOKEN?: string;
  /** The Cloudflare Realtime SFU app's secret, with SFU_APP_ID: calls past CALL_MESH_LIMIT go through the SFU. */
  SFU_APP_TOKEN?: string;
  /** The operator token of the admin API (/api/admin); unset = the admin API is off. */
  ADMIN_TOKEN?: string;
  /** An R2 API token's S3 credentials for the ATTACHMENTS bucket: presigned uploads (api/attachments/presigned.ts). */
  R2_S3_ACCESS_KEY_ID?: string;
  R2_S3_SECRET_ACCESS_KEY?: string;
}

/** Everything the Worker is given: bindings and vars from wrangler.toml, plus secrets. */
export type Bindings = Env & Secrets;

/**
 * Hono's environment type for every app and handler. Read variables with `c.get("name")`: Hono's
 * `c.var` builds an object of all of them on every access (it showed in `npm run profile`).
 */
export type AppEnv = {
  Bindings: Bindings;
  Variables: {
    requestId: string;
    config: Config;
    /** Set by the security guard on routes that declare `bearerJwt`. */
    auth: AccessClaims;
    /**
     * Set by the security guard with `auth`: what the session check's own read learned of the
     * caller (api/auth/sessions.ts). Awaiting it also awaits that check: it rejects with the 401
     * of a signed-out session.
     */
    caller: Promise<SessionCaller>;
    /**
     * On a route whose session the caller's own object checks (api/auth/authenticators.ts): set
     * once that check passed. The guard refuses to answer such a route with a success without it.
     */
    sessionAdmitted: boolean;
    /** Set by the security guard on routes that declare `apiKey`: the id (not the key) of the caller's key. */
    apiKeyId: string;
    /**
     * Set by the error handler: the answer's error code and, for an unexpected exception, its
     * cause (name and message, never the stack). The request log line carries both.
     */
    failure: { code: string; cause?: string };
    /** Stages of this request for the `Server-Timing` header (api/middleware/server-timing.ts). */
    timings: string[];
    /** What the document declares of this request's route (api/declared-route.ts), once looked up. */
    declaredRoute: DeclaredRoute | null;
  };
};

// Local development must run with no secrets at all. These values are public, so production
// and staging refuse them (see configSchema below).
const DEV_DEFAULTS = {
  JWT_SECRET: "dev-only-jwt-secret-do-not-use-in-production-0000",
  // The Telegram session object falls back to the same value on its own (durable/telegram/config.ts).
  SESSION_SECRET: DEV_SESSION_SECRET,
} as const;

const secret = z.string().min(32, "must be at least 32 characters");
const positiveInt = z.coerce.number().int().positive();

/**
 * `+15550100001:123456,+15550100002:654321` → Map(phone → code). Phones must already be E.164
 * and codes six digits, so a typo fails loudly at start-up instead of silently never matching.
 */
const testNumbersSchema = z
  .string()
  .default("")
  .transform((value, ctx) => {
    const numbers = new Map<string, string>();
    for (const entry of value.split(",").map((part) => part.trim())) {
      if (!entry) continue;
      const match = /^(\+[1-9]\d{6,14}):(\d{6})$/.exec(entry);
      if (!match?.[1] || !match[2]) {
        // The entry holds a code: name its position, not its text.
        ctx.addIssue({ code: "custom", message: "entries must look like +15550100001:123456" });
        return z.NEVER;
      }
      numbers.set(match[1], match[2]);
    }
    return numbers;
  });

/** `DE, us,GB` → Set("DE", "US", "GB"); empty = every country. */
const countriesSchema = z
  .string()
  .default("")
  .transform((value) =>
    value
      .split(",")
      .map((part) => part.trim().toUpperCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^[A-Z]{2}$/, "entries must be ISO 3166 alpha-2 codes, e.g. DE,US")))
  .transform((codes) => new Set(codes));

const configSchema = z
  .object({
    ENVIRONMENT: z.enum(["development", "test", "staging", "production"]).default("production"),
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
    ADMIN_TOKEN: secret.optional(),
    SMS_PROVIDER: z.enum(["console", "twilio"]).default("console"),
    TWILIO_ACCOUNT_SID: z.string().min(1).optional(),
    TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
    TWILIO_FROM: z.string().min(1).optional(),
    TWILIO_API_BASE: z.url().default("https://api.twilio.com"),
    AUTH_TEST_NUMBERS: testNumbersSchema,
    AUTH_CODE_DAILY_LIMIT_PER_PHONE: positiveInt.default(10),
    AUTH_CODE_HOURLY_LIMIT_PER_IP: positiveInt.default(30),
    AUTH_CODE_DAILY_LIMIT_PER_PHONE_PER_IP: positiveInt.default(3),
    AUTH_CODE_HOURLY_LIMIT_GLOBAL: positiveInt.default(2000),
    AUTH_VERIFY_FAILURES_HOURLY_PER_IP: positiveInt.default(30),
    AUTH_VERIFY_FAILURES_PER_MINUTE_GLOBAL: positiveInt.default(600),
    AUTH_ALLOWED_COUNTRIES: countriesSchema,
    CONTACTS_IMPORT_DAILY_LIMIT: positiveInt.default(5000),
    GROUP_CREATE_HOURLY_LIMIT: positiveInt.default(20),
    GROUP_ADD_HOURLY_LIMIT: positiveInt.default(1000),
    REPORT_DAILY_LIMIT: positiveInt.default(50),
    // Attachments: largest single-request upload, and each user's quota (bytes a UTC day, bytes stored).
    ATTACHMENT_MAX_BYTES: positiveInt.default(26_214_400),
    ATTACHMENT_MAX_BYTES_MULTIPART: positiveInt.default(2_147_483_648),
    ATTACHMENT_DAILY_QUOTA_BYTES: positiveInt.default(1_073_741_824),
    ATTACHMENT_TOTAL_QUOTA_BYTES: positiveInt.default(10_737_418_240),
    // Presigned uploads (experimental): the bucket's S3 API endpoint and name; "" = off.
    ...presignedVarsSchema.shape,
    // Messaging limits: the Durable Objects read the same vars with the same schema.
    ...messagingVarsSchema.shape,
    // The Telegram session object reads the same vars with the same schema.
    ...telegramVarsSchema.shape,
    // The assistant's vars: the ChatDO reads the same vars with the same schema.
    ...aiVarsSchema.shape,
    // Push providers: each on when its secrets are set.
    ...pushVarsSchema.shape,
    // Calls: the ICE servers handed to callers.
    ...callVarsSchema.shape,
    // Calls past the mesh limit: the CallDO reads the same vars with the same schema.
    ...sfuVarsSchema.shape,
  })
  .superRefine((raw, ctx) => {
    for (const issue of pushConfigIssues(raw))
      ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
    if (raw.SMS_PROVIDER === "twilio") {
      for (const name of ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM"] as const) {
        if (!raw[name])
          ctx.addIssue({ code: "custom", path: [name], message: "is required when SMS_PROVIDER is twilio" });
      }
    }
    checkCallVars(raw, ctx);
    const deployed = DEPLOYED_ENVIRONMENTS.has(raw.ENVIRONMENT);
    for (const issue of [...sfuConfigIssues(raw, deployed), ...presignedConfigIssues(raw, deployed)])
      ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
    if (!DEPLOYED_ENVIRONMENTS.has(raw.ENVIRONMENT)) return;
    // Test numbers sign in with a fixed code: a back door anywhere but development and tests.
    if (raw.AUTH_TEST_NUMBERS.size > 0) {
      ctx.addIssue({ code: "custom", path: ["AUTH_TEST_NUMBERS"], message: "must be empty in production" });
    }
    // The console provider writes codes to the log, where anyone with log access could sign in.
    if (raw.SMS_PROVIDER === "console") {
      ctx.addIssue({ code: "custom", path: ["SMS_PROVIDER"], message: "must not be console in production" });
    }
    // The Twilio credentials travel in every request's Authorization header.
    if (raw.SMS_PROVIDER === "twilio" && !raw.TWILIO_API_BASE.startsWith("https://")) {
      ctx.addIssue({ code: "custom", path: ["TWILIO_API_BASE"], message: "must be https in production" });
    }
    // The AI key travels in every request's Authorization header. Loopback is allowed: it never
    // leaves the machine (and is what the tests' production-mode checks run with).
    if (raw.AI_BASE_URL !== "" && !/^(https:\/\/|http:\/\/(127\.0\.0\.1|localhost)[:/])/.test(raw.AI_BASE_URL)) {
      ctx.addIssue({ code: "custom", path: ["AI_BASE_URL"], message: "must be https in production" });
    }
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
    /** True in production and staging: every production rule applies. */
    isProduction: DEPLOYED_ENVIRONMENTS.has(raw.ENVIRONMENT),
    corsOrigins: raw.CORS_ORIGINS,
    maxBodyBytes: raw.MAX_BODY_BYTES,
    logLevel: raw.LOG_LEVEL,
    commitSha: raw.COMMIT_SHA,
    jwtSecret: raw.JWT_SECRET ?? DEV_DEFAULTS.JWT_SECRET,
    sessionSecret: raw.SESSION_SECRET ?? DEV_DEFAULTS.SESSION_SECRET,
    /** Unset: the admin API answers 403 ADMIN_API_DISABLED. */
    adminToken: raw.ADMIN_TOKEN,
    sms: {
      provider: raw.SMS_PROVIDER,
      twilio: {
        accountSid: raw.TWILIO_ACCOUNT_SID ?? "",
        authToken: raw.TWILIO_AUTH_TOKEN ?? "",
        from: raw.TWILIO_FROM ?? "",
        apiBase: raw.TWILIO_API_BASE.replace(/\/+$/, ""),
      },
    },
    authTestNumbers: raw.AUTH_TEST_NUMBERS,
    authAllowedCountries: raw.AUTH_ALLOWED_COUNTRIES,
    limits: {
      authCodeDailyPerPhone: raw.AUTH_CODE_DAILY_LIMIT_PER_PHONE,
      authCodeHourlyPerIp: raw.AUTH_CODE_HOURLY_LIMIT_PER_IP,
      authCodeDailyPerPhonePerIp: raw.AUTH_CODE_DAILY_LIMIT_PER_PHONE_PER_IP,
      authCodeHourlyGlobal: raw.AUTH_CODE_HOURLY_LIMIT_GLOBAL,
      authVerifyFailuresHourlyPerIp: raw.AUTH_VERIFY_FAILURES_HOURLY_PER_IP,
      authVerifyFailuresPerMinuteGlobal: raw.AUTH_VERIFY_FAILURES_PER_MINUTE_GLOBAL,
      contactsImportDaily: raw.CONTACTS_IMPORT_DAILY_LIMIT,
      groupCreateHourly: raw.GROUP_CREATE_HOURLY_LIMIT,
      groupAddHourly: raw.GROUP_ADD_HOURLY_LIMIT,
      reportDaily: raw.REPORT_DAILY_LIMIT,
    },
    attachments: {
      maxBytes: raw.ATTACHMENT_MAX_BYTES,
      maxBytesMultipart: raw.ATTACHMENT_MAX_BYTES_MULTIPART,
      dailyBytes: raw.ATTACHMENT_DAILY_QUOTA_BYTES,
      totalBytes: raw.ATTACHMENT_TOTAL_QUOTA_BYTES,
      presigned: presignedConfig(raw, DEPLOYED_ENVIRONMENTS.has(raw.ENVIRONMENT)),
    },
    messaging: {
      groupMemberLimit: raw.GROUP_MEMBER_LIMIT,
      updateLogRetention: raw.UPDATE_LOG_RETENTION,
      sendRateLimit: raw.SEND_RATE_LIMIT,
      sendRateWindowSeconds: raw.SEND_RATE_WINDOW_SECONDS,
    },
    telegram: telegramConfig(raw, DEPLOYED_ENVIRONMENTS.has(raw.ENVIRONMENT)),
    push: pushConfig(raw),
    calls: callConfig(raw),
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
