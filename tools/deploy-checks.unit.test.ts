// The refusals of `npm run deploy`, fed the exact text wrangler prints (no account needed).
import { describe, expect, it } from "vitest";
import {
  deployRefusals,
  deployWarnings,
  parseDeployArgs,
  parseDryRunVars,
  parseSecretList,
  placeholderBindings,
  withVarOverrides,
} from "./deploy-checks.ts";

// The shape of `wrangler deploy --dry-run`'s bindings table (4.164), colours included.
const dryRunOutput = `
 \u001b[33m⛅️ wrangler 4.164.0\u001b[0m
Your Worker has access to the following bindings:
Binding                                                  Resource
env.CHAT (ChatDO)                                        Durable Object
env.DB (big-gateway)                                     D1 Database
env.ENVIRONMENT ("production")                           Environment Variable
env.SMS_PROVIDER ("twilio")                              Environment Variable
env.AUTH_TEST_NUMBERS ("")                               Environment Variable
env.CORS_ORIGINS ("https://app.iambig.ai (web)")         Environment Variable
\u001b[2menv.LOG_LEVEL ("info")\u001b[22m                     Environment Variable

--dry-run: exiting now.`;

// `wrangler secret list --format json` (4.164).
const secretList = (...names: string[]) =>
  JSON.stringify(
    names.map((name) => ({ name, type: "secret_text" })),
    null,
    "  ",
  );
const allSecrets = ["JWT_SECRET", "SESSION_SECRET", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM"];
const productionVars = { ENVIRONMENT: "production", SMS_PROVIDER: "twilio", AUTH_TEST_NUMBERS: "" };

describe("parseDeployArgs", () => {
  it("targets the top level (production) unless told otherwise, and passes other flags on", () => {
    expect(parseDeployArgs([])).toEqual({ env: "", dryRun: false, passThrough: [] });
    expect(parseDeployArgs(["--env", "staging", "--dry-run", "--minify"])).toEqual({
      env: "staging",
      dryRun: true,
      passThrough: ["--minify"],
    });
    expect(parseDeployArgs(["-e=staging"]).env).toBe("staging");
    expect(parseDeployArgs(["--env="], "staging").env).toBe("");
    expect(parseDeployArgs([], "staging").env).toBe("staging");
  });
});

describe("parseDryRunVars", () => {
  it("reads every var row of the bindings table and nothing else", () => {
    expect(parseDryRunVars(dryRunOutput)).toEqual({
      ENVIRONMENT: "production",
      SMS_PROVIDER: "twilio",
      AUTH_TEST_NUMBERS: "",
      CORS_ORIGINS: "https://app.iambig.ai (web)",
      LOG_LEVEL: "info",
    });
  });

  it("fails loudly when wrangler's table changes shape, rather than checking nothing", () => {
    expect(() => parseDryRunVars("Total Upload: 2879.29 KiB\n--dry-run: exiting now.")).toThrow(/no vars found/);
  });
});

describe("withVarOverrides", () => {
  it("puts back the values of --var flags, which the dry-run table hides", () => {
    const hidden = { ENVIRONMENT: "(hidden)", SMS_PROVIDER: "twilio", AUTH_TEST_NUMBERS: "(hidden)" };
    expect(
      withVarOverrides(hidden, [
        "--var",
        "ENVIRONMENT:development",
        "AUTH_TEST_NUMBERS:+15550100001:123456",
        "--minify",
      ]),
    ).toEqual({ ENVIRONMENT: "development", SMS_PROVIDER: "twilio", AUTH_TEST_NUMBERS: "+15550100001:123456" });
    expect(withVarOverrides(hidden, ["--var=SMS_PROVIDER:console"]).SMS_PROVIDER).toBe("console");
  });
});

describe("parseSecretList", () => {
  it("reads the names from wrangler's JSON, skipping anything printed before it", () => {
    expect(parseSecretList(secretList("JWT_SECRET", "SESSION_SECRET"))).toEqual(["JWT_SECRET", "SESSION_SECRET"]);
    expect(parseSecretList(`▲ [WARNING] a notice\n${secretList("JWT_SECRET")}`)).toEqual(["JWT_SECRET"]);
    expect(parseSecretList("[]")).toEqual([]);
  });

  it("refuses output it does not understand", () => {
    expect(() => parseSecretList("Secret Name: JWT_SECRET")).toThrow(/JSON list/);
    expect(() => parseSecretList('[{"type": "secret_text"}]')).toThrow(/without a name/);
  });
});

describe("placeholderBindings", () => {
  it("names the D1 and KV bindings that still carry the all-zero ids", () => {
    expect(
      placeholderBindings({
        d1_databases: [{ binding: "DB", database_id: "00000000-0000-0000-0000-000000000000" }],
        kv_namespaces: [{ binding: "CACHE", id: "9f3c0b0e5d7a4c1e8b2a6d4f0e1c3b5a" }, { binding: "OTHER" }],
      }),
    ).toEqual(["D1 DB", "KV OTHER"]);
  });
});

describe("deployRefusals", () => {
  it("lets production through when the vars are safe and every required secret exists", () => {
    expect(deployRefusals("", productionVars, parseSecretList(secretList(...allSecrets)))).toEqual([]);
    expect(deployRefusals("staging", { ...productionVars, ENVIRONMENT: "staging" }, allSecrets)).toEqual([]);
  });

  it("names each missing secret, from the names `wrangler secret list` printed", () => {
    const refusals = deployRefusals("", productionVars, parseSecretList(secretList("SESSION_SECRET", "TWILIO_FROM")));
    expect(refusals).toEqual([
      "TWILIO_ACCOUNT_SID is required when SMS_PROVIDER is twilio",
      "TWILIO_AUTH_TOKEN is required when SMS_PROVIDER is twilio",
      "JWT_SECRET is required in production",
    ]);
  });

  it("refuses development settings in a deployed environment", () => {
    const refusals = deployRefusals(
      "",
      { ENVIRONMENT: "development", SMS_PROVIDER: "console", AUTH_TEST_NUMBERS: "+15550100001:123456" },
      allSecrets,
    );
    expect(refusals).toContain('ENVIRONMENT is "development": a deployed Worker must be production or staging');
    const staging = deployRefusals(
      "staging",
      { ENVIRONMENT: "staging", SMS_PROVIDER: "console", AUTH_TEST_NUMBERS: "+15550100001:123456" },
      allSecrets,
    );
    expect(staging).toEqual([
      "AUTH_TEST_NUMBERS must be empty in production",
      "SMS_PROVIDER must not be console in production",
    ]);
  });

  it("never deploys the local section", () => {
    expect(deployRefusals("dev", productionVars, allSecrets)).toEqual([
      "[env.dev] is not a deployed environment (deploy production, or --env staging)",
    ]);
  });

  it("checks the vars alone on a dry run (no account: secrets assumed set)", () => {
    expect(deployRefusals("", productionVars)).toEqual([]);
    expect(deployRefusals("", { ...productionVars, TWILIO_API_BASE: "http://localhost:9999" })).toEqual([
      "TWILIO_API_BASE must be https in production",
    ]);
  });
});

describe("deployWarnings", () => {
  it("warns that the Telegram proxy stays off without its app id and hash", () => {
    expect(deployWarnings(productionVars, allSecrets)).toHaveLength(1);
    expect(
      deployWarnings({ ...productionVars, TELEGRAM_API_ID: "12345" }, [...allSecrets, "TELEGRAM_API_HASH"]),
    ).toEqual([]);
  });
});
