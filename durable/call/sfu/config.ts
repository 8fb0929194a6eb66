import { z } from "zod";

// Cloudflare Realtime SFU, for calls past the mesh limit. The CallDO reads these from its own env
// (the token never crosses an RPC); api/env.ts validates the same vars with this same schema.

export const sfuVarsSchema = z.object({
  /** The Realtime SFU app's id; empty: no SFU (a join past CALL_MESH_LIMIT is refused with CALL_FULL). */
  SFU_APP_ID: z.string().default(""),
  SFU_API_BASE: z.url().default("https://rtc.live.cloudflare.com"),
  /** The app's secret (a bearer token), a Worker secret. */
  SFU_APP_TOKEN: z.string().min(1).optional(),
});

type SfuVars = z.output<typeof sfuVarsSchema>;

export type SfuConfig = { apiBase: string; appId: string; appToken: string };

/** The SFU the call object talks to, or null when none is configured. */
export function sfuConfig(env: object): SfuConfig | null {
  const parsed = sfuVarsSchema.safeParse(env);
  if (!parsed.success || !parsed.data.SFU_APP_ID || !parsed.data.SFU_APP_TOKEN) return null;
  return {
    apiBase: parsed.data.SFU_API_BASE.replace(/\/+$/, ""),
    appId: parsed.data.SFU_APP_ID,
    appToken: parsed.data.SFU_APP_TOKEN,
  };
}

/** An app id without its token would look configured and fail every call: refused at start-up instead. */
export function sfuConfigIssues(raw: SfuVars, deployed: boolean): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (raw.SFU_APP_ID && !raw.SFU_APP_TOKEN)
    issues.push({ path: "SFU_APP_TOKEN", message: "is required when SFU_APP_ID is set" });
  // The token travels in every request's Authorization header.
  if (deployed && raw.SFU_APP_ID && !raw.SFU_API_BASE.startsWith("https://")) {
    issues.push({ path: "SFU_API_BASE", message: "must be https in production" });
  }
  return issues;
}
