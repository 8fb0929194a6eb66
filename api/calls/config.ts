import { z } from "zod";

// The ICE server vars and secrets (wrangler.toml [vars], .dev.vars.example), validated with the
// rest of the Worker's config by api/env.ts.

const urlList = z
  .string()
  .default("")
  .transform((value) =>
    value
      .split(",")
      .map((url) => url.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^(stun|stuns|turn|turns):/, "must be stun:, stuns:, turn: or turns: URLs")));

export const callVarsSchema = z.object({
  STUN_URLS: urlList,
  TURN_PROVIDER: z.enum(["none", "coturn", "cloudflare"]).default("none"),
  TURN_URLS: urlList,
  TURN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(48 * 3600)
    .default(3600),
  TURN_KEY_ID: z.string().default(""),
  CLOUDFLARE_TURN_API_BASE: z.url().default("https://rtc.live.cloudflare.com"),
  /** coturn's static-auth-secret (use-auth-secret). */
  TURN_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  /** The Cloudflare Realtime TURN key's API token. */
  TURN_KEY_API_TOKEN: z.string().min(1).optional(),
});

type CallVars = z.output<typeof callVarsSchema>;

/** The secrets a TURN provider needs, in every environment: without them it cannot hand out credentials. */
export function checkCallVars(raw: CallVars, ctx: z.RefinementCtx) {
  const need = (name: keyof CallVars, why: string) => {
    if (!raw[name] || (Array.isArray(raw[name]) && raw[name].length === 0)) {
      ctx.addIssue({ code: "custom", path: [name], message: `is required when TURN_PROVIDER is ${why}` });
    }
  };
  if (raw.TURN_PROVIDER === "coturn") {
    need("TURN_URLS", "coturn");
    need("TURN_SECRET", "coturn");
  }
  if (raw.TURN_PROVIDER === "cloudflare") {
    need("TURN_KEY_ID", "cloudflare");
    need("TURN_KEY_API_TOKEN", "cloudflare");
  }
}

export type TurnConfig =
  | { provider: "none" }
  | { provider: "coturn"; urls: string[]; secret: string }
  | { provider: "cloudflare"; apiBase: string; keyId: string; apiToken: string };

export type CallConfig = { stunUrls: string[]; ttlSeconds: number; turn: TurnConfig };

export function callConfig(raw: CallVars): CallConfig {
  const turn: TurnConfig =
    raw.TURN_PROVIDER === "coturn"
      ? { provider: "coturn", urls: raw.TURN_URLS, secret: raw.TURN_SECRET ?? "" }
      : raw.TURN_PROVIDER === "cloudflare"
        ? {
            provider: "cloudflare",
            apiBase: raw.CLOUDFLARE_TURN_API_BASE.replace(/\/+$/, ""),
            keyId: raw.TURN_KEY_ID,
            apiToken: raw.TURN_KEY_API_TOKEN ?? "",
          }
        : { provider: "none" };
  return { stunUrls: raw.STUN_URLS, ttlSeconds: raw.TURN_TTL_SECONDS, turn };
}
