import { z } from "zod";

// The push providers' settings: vars from wrangler.toml and secrets (api/env.ts spreads these into
// the Worker's one config schema, so they are validated once per isolate with everything else).
// A provider is on when its credentials are set; with none, pushes are logged (api/push/console.ts).

export const pushVarsSchema = z.object({
  APNS_API_BASE: z.url().default("https://api.push.apple.com"),
  APNS_SANDBOX_API_BASE: z.url().default("https://api.sandbox.push.apple.com"),
  FCM_API_BASE: z.url().default("https://fcm.googleapis.com"),
  /** RFC 8292 `sub`: how a push service reaches the operator (mailto: or https:). */
  VAPID_SUBJECT: z.string().default("mailto:push@iambig.ai"),
  APNS_KEY_ID: z.string().min(1).optional(),
  APNS_TEAM_ID: z.string().min(1).optional(),
  /** The .p8 key from Apple's developer site (PKCS #8 PEM). */
  APNS_PRIVATE_KEY: z.string().min(1).optional(),
  /** The Firebase service account's JSON key file, whole. */
  FCM_SERVICE_ACCOUNT: z.string().min(1).optional(),
  VAPID_PUBLIC_KEY: z.string().min(1).optional(),
  VAPID_PRIVATE_KEY: z.string().min(1).optional(),
});

type PushVars = z.output<typeof pushVarsSchema>;

const serviceAccountSchema = z.object({
  project_id: z.string().min(1),
  client_email: z.string().min(1),
  private_key: z.string().includes("PRIVATE KEY"),
  token_uri: z.url().default("https://oauth2.googleapis.com/token"),
});

export type ApnsConfig = { keyId: string; teamId: string; privateKey: string; apiBase: string; sandboxApiBase: string };
export type FcmConfig = {
  projectId: string;
  clientEmail: string;
  privateKey: string;
  tokenUri: string;
  apiBase: string;
};
export type WebPushConfig = { publicKey: string; privateKey: string; subject: string };
export type PushConfig = { apns: ApnsConfig | null; fcm: FcmConfig | null; webpush: WebPushConfig | null };

const APNS_NAMES = ["APNS_KEY_ID", "APNS_TEAM_ID", "APNS_PRIVATE_KEY"] as const;
const VAPID_NAMES = ["VAPID_PUBLIC_KEY", "VAPID_PRIVATE_KEY"] as const;

function base64urlBytes(value: string): number {
  try {
    return atob(value.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "")).length;
  } catch {
    return -1;
  }
}

function parseServiceAccount(json: string) {
  try {
    return serviceAccountSchema.safeParse(JSON.parse(json));
  } catch {
    return null;
  }
}

type Issue = { path: string; message: string };

/** What is wrong with the push settings, by name only (a message never echoes a secret). */
export function pushConfigIssues(raw: PushVars): Issue[] {
  const issues: Issue[] = [];
  // Half a provider's credentials is a mistake, not "off".
  for (const group of [APNS_NAMES, VAPID_NAMES]) {
    const set = group.filter((name) => raw[name]);
    if (set.length > 0 && set.length < group.length) {
      for (const name of group)
        if (!raw[name]) issues.push({ path: name, message: `is required with ${set.join(" and ")}` });
    }
  }
  if (raw.APNS_PRIVATE_KEY && !raw.APNS_PRIVATE_KEY.includes("BEGIN PRIVATE KEY")) {
    issues.push({ path: "APNS_PRIVATE_KEY", message: "must be the .p8 key (PKCS #8 PEM)" });
  }
  if (raw.FCM_SERVICE_ACCOUNT && !parseServiceAccount(raw.FCM_SERVICE_ACCOUNT)?.success) {
    issues.push({
      path: "FCM_SERVICE_ACCOUNT",
      message: "must be the service account's JSON key (project_id, client_email, private_key)",
    });
  }
  if (raw.VAPID_PUBLIC_KEY && base64urlBytes(raw.VAPID_PUBLIC_KEY) !== 65) {
    issues.push({ path: "VAPID_PUBLIC_KEY", message: "must be a base64url uncompressed P-256 point (65 bytes)" });
  }
  if (raw.VAPID_PRIVATE_KEY && base64urlBytes(raw.VAPID_PRIVATE_KEY) !== 32) {
    issues.push({ path: "VAPID_PRIVATE_KEY", message: "must be a base64url P-256 private key (32 bytes)" });
  }
  if (!/^(mailto:|https:)/.test(raw.VAPID_SUBJECT)) {
    issues.push({ path: "VAPID_SUBJECT", message: "must start with mailto: or https:" });
  }
  return issues;
}

const trimSlash = (url: string) => url.replace(/\/+$/, "");

/** The providers that are on, with their settings (call after pushConfigIssues found nothing). */
export function pushConfig(raw: PushVars): PushConfig {
  const account = raw.FCM_SERVICE_ACCOUNT ? parseServiceAccount(raw.FCM_SERVICE_ACCOUNT) : null;
  return {
    apns:
      raw.APNS_KEY_ID && raw.APNS_TEAM_ID && raw.APNS_PRIVATE_KEY
        ? {
            keyId: raw.APNS_KEY_ID,
            teamId: raw.APNS_TEAM_ID,
            privateKey: raw.APNS_PRIVATE_KEY,
            apiBase: trimSlash(raw.APNS_API_BASE),
            sandboxApiBase: trimSlash(raw.APNS_SANDBOX_API_BASE),
          }
        : null,
    fcm: account?.success
      ? {
          projectId: account.data.project_id,
          clientEmail: account.data.client_email,
          privateKey: account.data.private_key,
          tokenUri: account.data.token_uri,
          apiBase: trimSlash(raw.FCM_API_BASE),
        }
      : null,
    webpush:
      raw.VAPID_PUBLIC_KEY && raw.VAPID_PRIVATE_KEY
        ? { publicKey: raw.VAPID_PUBLIC_KEY, privateKey: raw.VAPID_PRIVATE_KEY, subject: raw.VAPID_SUBJECT }
        : null,
  };
}

/** "apns on, fcm off (logged), webpush on": said once when the consumer starts. */
export function describeProviders(config: PushConfig): string {
  return (["apns", "fcm", "webpush"] as const)
    .map((kind) => `${kind} ${config[kind] ? "on" : "off (logged, not sent)"}`)
    .join(", ");
}
