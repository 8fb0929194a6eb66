// `npm run deploy` end to end, with no Cloudflare account: everything it refuses, it refuses
// before `wrangler secret list` or any upload is attempted.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function deploy(...args: string[]) {
  const result = spawnSync(process.execPath, ["tools/deploy.ts", ...args], {
    encoding: "utf8",
    // No credentials can leak in from the machine: this must never reach an account.
    env: { ...process.env, CLOUDFLARE_API_TOKEN: "", CLOUDFLARE_ACCOUNT_ID: "", WRANGLER_SEND_METRICS: "false" },
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

// Each case bundles the Worker once (~2 s alone, more on a busy machine).
describe("npm run deploy", { timeout: 60_000 }, () => {
  it("passes a dry run of production (the default) offline", () => {
    const { status, out } = deploy("--dry-run");
    expect(out).toContain("passes the checks that need no account");
    expect(status).toBe(0);
  });

  it("refuses the local section", () => {
    const { status, out } = deploy("--env", "dev", "--dry-run");
    expect(status).toBe(1);
    expect(out).toContain("[env.dev] is not a deployed environment");
  });

  it("refuses a var that would make production insecure, as the Worker would", () => {
    const { status, out } = deploy(
      "--dry-run",
      "--var",
      "SMS_PROVIDER:console",
      "--var",
      "AUTH_TEST_NUMBERS:+15550100001:123456",
    );
    expect(status).toBe(1);
    expect(out).toContain("SMS_PROVIDER must not be console in production");
    expect(out).toContain("AUTH_TEST_NUMBERS must be empty in production");
  });

  it("refuses to upload while the D1 and KV ids are placeholders, before asking Cloudflare anything", () => {
    const { status, out } = deploy("--env", "staging");
    expect(status).toBe(1);
    expect(out).toContain("D1 DB still has the placeholder id");
    expect(out).toContain("KV CACHE still has the placeholder id");
    expect(out).not.toContain("wrangler secret list failed");
  });
});
