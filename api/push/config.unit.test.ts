import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { describeProviders, pushConfig, pushConfigIssues, pushVarsSchema } from "./config.ts";

const vars = (over: Record<string, string> = {}) => pushVarsSchema.parse(over);
const p8 = generateKeyPairSync("ec", { namedCurve: "P-256" })
  .privateKey.export({ type: "pkcs8", format: "pem" })
  .toString();
const apns = { APNS_KEY_ID: "KEY1", APNS_TEAM_ID: "TEAM1", APNS_PRIVATE_KEY: p8 };
const vapid = { VAPID_PUBLIC_KEY: `B${"A".repeat(86)}`, VAPID_PRIVATE_KEY: "A".repeat(43) };
const account = JSON.stringify({
  project_id: "p",
  client_email: "push@p.iam.gserviceaccount.com",
  private_key: "-----BEGIN PRIVATE KEY-----\n…\n-----END PRIVATE KEY-----\n",
});

describe("push settings", () => {
  it("with no secrets every provider is off (pushes are logged), and nothing is wrong", () => {
    expect(pushConfigIssues(vars())).toEqual([]);
    expect(pushConfig(vars())).toEqual({ apns: null, fcm: null, webpush: null });
    expect(describeProviders(pushConfig(vars()))).toBe(
      "apns off (logged, not sent), fcm off (logged, not sent), webpush off (logged, not sent)",
    );
  });

  it("each provider is on with its full set of secrets", () => {
    const config = pushConfig(vars({ ...apns, ...vapid, FCM_SERVICE_ACCOUNT: account }));
    expect(pushConfigIssues(vars({ ...apns, ...vapid, FCM_SERVICE_ACCOUNT: account }))).toEqual([]);
    expect(config.apns).toMatchObject({ keyId: "KEY1", teamId: "TEAM1", apiBase: "https://api.push.apple.com" });
    expect(config.fcm).toMatchObject({ projectId: "p", tokenUri: "https://oauth2.googleapis.com/token" });
    expect(config.webpush?.subject).toBe("mailto:push@iambig.ai");
    expect(describeProviders(config)).toBe("apns on, fcm on, webpush on");
  });

  it("half a provider's secrets, or secrets of the wrong shape, are named (never echoed)", () => {
    const issues = pushConfigIssues(
      vars({
        APNS_KEY_ID: "KEY1",
        FCM_SERVICE_ACCOUNT: "{not json",
        VAPID_PUBLIC_KEY: "short",
        VAPID_PRIVATE_KEY: "A".repeat(43),
        VAPID_SUBJECT: "push@iambig.ai",
      }),
    );
    expect(issues.map((i) => i.path).sort()).toEqual([
      "APNS_PRIVATE_KEY",
      "APNS_TEAM_ID",
      "FCM_SERVICE_ACCOUNT",
      "VAPID_PUBLIC_KEY",
      "VAPID_SUBJECT",
    ]);
    expect(JSON.stringify(issues)).not.toContain("{not json");
    expect(pushConfigIssues(vars({ ...apns, APNS_PRIVATE_KEY: "not a pem" })).map((i) => i.path)).toEqual([
      "APNS_PRIVATE_KEY",
    ]);
  });
});
