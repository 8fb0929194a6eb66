import { describe, expect, it } from "vitest";
import { unstable_readConfig } from "wrangler";
import { presignPut } from "./presign.ts";
import { DEV_R2_S3_CREDENTIALS, presignedConfig, presignedConfigIssues } from "./presigned-config.ts";

const vars = (overrides: Record<string, string | undefined>) => ({
  R2_S3_ENDPOINT: "",
  R2_S3_BUCKET: "bucket",
  R2_S3_ACCESS_KEY_ID: undefined,
  R2_S3_SECRET_ACCESS_KEY: undefined,
  ...overrides,
});

describe("presigned upload config", () => {
  it("is off without an endpoint, and on locally with the development pair", () => {
    expect(presignedConfig(vars({}), false)).toBeNull();
    expect(presignedConfig(vars({ R2_S3_ENDPOINT: "local" }), false)).toEqual({
      endpoint: "local",
      bucket: "bucket",
      ...DEV_R2_S3_CREDENTIALS,
    });
    // Deployed, the development pair is never a fallback.
    expect(presignedConfig(vars({ R2_S3_ENDPOINT: "https://acct.r2.cloudflarestorage.com" }), true)).toBeNull();
  });

  it("production refuses a plain-http endpoint, missing secrets and the development pair", () => {
    const paths = (overrides: Record<string, string | undefined>) =>
      presignedConfigIssues(vars(overrides), true).map((issue) => `${issue.path} ${issue.message}`);
    expect(paths({})).toEqual([]);
    // "local" names wrangler dev's S3 API: deployed, there is none, so it means off.
    expect(paths({ R2_S3_ENDPOINT: "local" })).toEqual([]);
    expect(presignedConfig(vars({ R2_S3_ENDPOINT: "local" }), true)).toBeNull();
    expect(paths({ R2_S3_ENDPOINT: "http://r2.example" }).join()).toMatch(/R2_S3_ENDPOINT must be https/);
    expect(paths({ R2_S3_ENDPOINT: "https://acct.r2.cloudflarestorage.com" })).toEqual([
      "R2_S3_ACCESS_KEY_ID is required with R2_S3_ENDPOINT in production",
      "R2_S3_SECRET_ACCESS_KEY is required with R2_S3_ENDPOINT in production",
    ]);
    const devPair = paths({
      R2_S3_ENDPOINT: "https://acct.r2.cloudflarestorage.com",
      R2_S3_ACCESS_KEY_ID: DEV_R2_S3_CREDENTIALS.accessKeyId,
      R2_S3_SECRET_ACCESS_KEY: DEV_R2_S3_CREDENTIALS.secretAccessKey,
    });
    expect(devPair).toHaveLength(2);
    expect(devPair.join()).toMatch(/public development default/);
    expect(presignedConfigIssues(vars({ R2_S3_ENDPOINT: "https://x/path" }), false)).toHaveLength(1);
  });

  it("signs with the pair wrangler.toml gives the local bucket's S3 API", () => {
    const dev = unstable_readConfig({ config: new URL("../../wrangler.toml", import.meta.url).pathname, env: "dev" });
    const bucket = dev.r2_buckets.find((b: { binding: string }) => b.binding === "ATTACHMENTS");
    expect(bucket?.local_dev?.experimental_s3_credentials).toEqual(DEV_R2_S3_CREDENTIALS);
    expect(dev.vars.R2_S3_BUCKET).toBe(bucket?.bucket_name);
  });

  it("signs a PUT of exactly that size that cannot overwrite, for the given seconds", async () => {
    const config = { endpoint: "local", bucket: "b", ...DEV_R2_S3_CREDENTIALS };
    const now = Date.UTC(2026, 11, 1, 12, 0, 0);
    const { url, headers } = await presignPut(config, "http://localhost:8787", "att_1", 1234, 900, now);
    const parsed = new URL(url);
    expect(`${parsed.origin}${parsed.pathname}`).toBe("http://localhost:8787/cdn-cgi/local/r2/s3/b/att_1");
    expect(parsed.searchParams.get("X-Amz-Expires")).toBe("900");
    expect(parsed.searchParams.get("X-Amz-Date")).toBe("20261201T120000Z");
    expect(parsed.searchParams.get("X-Amz-SignedHeaders")).toBe("content-length;host;if-none-match");
    expect(parsed.searchParams.get("X-Amz-Credential")).toBe(
      `${DEV_R2_S3_CREDENTIALS.accessKeyId}/20261201/auto/s3/aws4_request`,
    );
    expect(parsed.searchParams.get("X-Amz-Signature")).toMatch(/^[0-9a-f]{64}$/);
    expect(headers).toEqual({ "content-length": "1234", "if-none-match": "*" });
  });
});
