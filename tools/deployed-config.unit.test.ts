// The config as deployed: what `wrangler deploy --dry-run` would upload for production (the top
// level of wrangler.toml, i.e. a plain `wrangler deploy`) and for staging, run through the
// Worker's own config validation. It must be production, refuse to serve without its secrets,
// and refuse the public development secrets.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Bindings, loadConfig } from "../api/env.ts";
import { parseDryRunVars } from "./deploy-checks.ts";
import { envFlag, runWrangler } from "./wrangler-cli.ts";

function deployedVars(env: string): Record<string, string> {
  const outdir = mkdtempSync(join(tmpdir(), "deployed-config-"));
  try {
    const result = runWrangler(["deploy", "--dry-run", "--outdir", outdir, envFlag(env)]);
    expect(result.status, result.stderr).toBe(0);
    return parseDryRunVars(result.stdout + result.stderr);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** What the Worker answers with these vars and secrets: its config, or the CONFIG_INVALID message. */
function configWith(vars: Record<string, string>, secrets: Record<string, string> = {}) {
  try {
    return loadConfig({ ...vars, ...secrets } as unknown as Bindings);
  } catch (error) {
    return (error as Error).message;
  }
}

// The public values api/env.ts falls back to outside production.
const developmentSecrets = {
  JWT_SECRET: "dev-only-jwt-secret-do-not-use-in-production-0000",
  SESSION_SECRET: "dev-only-session-secret-do-not-use-in-production",
};
const realSecrets = {
  JWT_SECRET: "k7Qm2xVt9LpR4sWz8NcY3bHf6JdG1aEu5TnK0vXo",
  SESSION_SECRET: "Zr8Lq3Wm6Tx1Vb9Nc4Yp7Hs2Jf5Kd0Ga8Ue3Ro6Q",
  TWILIO_ACCOUNT_SID: "AC0123456789abcdef0123456789abcdef",
  TWILIO_AUTH_TOKEN: "0123456789abcdef0123456789abcdef",
  TWILIO_FROM: "+15550100000",
};

describe.each([
  ["production", ""],
  ["staging", "staging"],
])("the %s Worker as `wrangler deploy` would upload it", { timeout: 60_000 }, (name, env) => {
  const vars = deployedVars(env);

  it("runs with production rules: no console SMS, no test numbers, Telegram's own DCs", () => {
    expect(vars.ENVIRONMENT).toBe(name);
    expect(vars.SMS_PROVIDER).toBe("twilio");
    expect(vars.AUTH_TEST_NUMBERS).toBe("");
    expect(vars.TELEGRAM_DC_ADDRESS).toBe("");
    const config = configWith(vars, realSecrets);
    expect(config).toMatchObject({ isProduction: true, sms: { provider: "twilio" }, authTestNumbers: new Map() });
  });

  it("refuses to serve without its secrets, naming them", () => {
    const message = configWith(vars);
    expect(message).toMatch(/^Server misconfigured: /);
    for (const secret of ["JWT_SECRET", "SESSION_SECRET", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM"]) {
      expect(message).toContain(secret);
    }
  });

  it("refuses the public development secrets, without echoing them", () => {
    const message = configWith(vars, { ...realSecrets, ...developmentSecrets });
    expect(message).toContain("JWT_SECRET must not be the public development default");
    expect(message).toContain("SESSION_SECRET must not be the public development default");
    expect(message).not.toContain(developmentSecrets.JWT_SECRET);
  });
});
