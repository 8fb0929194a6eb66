import { z } from "zod";

// The vars and secrets of presigned uploads (wrangler.toml [vars], .dev.vars.example), validated
// with the rest of the Worker's config by api/env.ts. Presigned uploads are off unless the bucket's
// S3 endpoint and credentials are all there.

/**
 * The S3 credentials of the local bucket: wrangler.toml [env.dev] gives the same pair to the R2
 * bucket's `local_dev.experimental_s3_credentials`, so `wrangler dev` accepts what the Worker signs.
 * Public, like the other development defaults: production and staging refuse them.
 */
export const DEV_R2_S3_CREDENTIALS = {
  accessKeyId: "dev-only-r2-access-key",
  secretAccessKey: "dev-only-r2-secret-access-key-not-for-production",
} as const;

/** The endpoint value that means "the S3 API wrangler dev serves on its own port" (off when deployed). */
export const LOCAL_ENDPOINT = "local";
/** Where wrangler dev (Miniflare) serves a bucket's S3 API, under the Worker's own origin. */
export const LOCAL_S3_PATH = "/cdn-cgi/local/r2/s3";

export const presignedVarsSchema = z.object({
  /** https://<ACCOUNT_ID>.r2.cloudflarestorage.com, "local" under wrangler dev, "" = off. */
  R2_S3_ENDPOINT: z.string().default(""),
  /** The ATTACHMENTS bucket's name, as the S3 API knows it. */
  R2_S3_BUCKET: z.string().default(""),
  // Empty (a copied .dev.vars.example) counts as unset.
  R2_S3_ACCESS_KEY_ID: z.string().optional(),
  R2_S3_SECRET_ACCESS_KEY: z.string().optional(),
});

type PresignedVars = z.output<typeof presignedVarsSchema>;

export type PresignedConfig = {
  /** The S3 endpoint, or LOCAL_ENDPOINT (resolved against the request's origin). */
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
};

/** Names only in the messages: a config error never echoes a secret. */
export function presignedConfigIssues(raw: PresignedVars, deployed: boolean): { path: string; message: string }[] {
  if (raw.R2_S3_ENDPOINT === "" || (deployed && raw.R2_S3_ENDPOINT === LOCAL_ENDPOINT)) return [];
  const issues: { path: string; message: string }[] = [];
  if (raw.R2_S3_BUCKET === "") issues.push({ path: "R2_S3_BUCKET", message: "is required with R2_S3_ENDPOINT" });
  if (raw.R2_S3_ENDPOINT !== LOCAL_ENDPOINT && !/^https?:\/\/[^/]+$/.test(raw.R2_S3_ENDPOINT)) {
    issues.push({ path: "R2_S3_ENDPOINT", message: `must be an origin (scheme and host) or "${LOCAL_ENDPOINT}"` });
  }
  if (!deployed) return issues;
  // A presigned URL is a bearer credential for one PUT: it must travel over TLS.
  if (!raw.R2_S3_ENDPOINT.startsWith("https://")) {
    issues.push({ path: "R2_S3_ENDPOINT", message: "must be https in production" });
  }
  for (const name of ["R2_S3_ACCESS_KEY_ID", "R2_S3_SECRET_ACCESS_KEY"] as const) {
    const fallback = name === "R2_S3_ACCESS_KEY_ID" ? "accessKeyId" : "secretAccessKey";
    if (!raw[name]) issues.push({ path: name, message: "is required with R2_S3_ENDPOINT in production" });
    else if (raw[name] === DEV_R2_S3_CREDENTIALS[fallback]) {
      issues.push({ path: name, message: "must not be the public development default" });
    }
  }
  return issues;
}

/** null: presigned uploads are off (the route answers 503 PRESIGNED_UPLOADS_UNAVAILABLE). */
export function presignedConfig(raw: PresignedVars, deployed: boolean): PresignedConfig | null {
  if (raw.R2_S3_ENDPOINT === "" || raw.R2_S3_BUCKET === "") return null;
  // Only wrangler dev serves a local S3 API: deployed, "local" means off (like the [env.dev] vars
  // a deployed copy of the local section would carry), never a URL on the Worker's own origin.
  if (deployed && raw.R2_S3_ENDPOINT === LOCAL_ENDPOINT) return null;
  const accessKeyId = raw.R2_S3_ACCESS_KEY_ID || (deployed ? undefined : DEV_R2_S3_CREDENTIALS.accessKeyId);
  const secretAccessKey = raw.R2_S3_SECRET_ACCESS_KEY || (deployed ? undefined : DEV_R2_S3_CREDENTIALS.secretAccessKey);
  if (!accessKeyId || !secretAccessKey) return null;
  return { endpoint: raw.R2_S3_ENDPOINT, bucket: raw.R2_S3_BUCKET, accessKeyId, secretAccessKey };
}
