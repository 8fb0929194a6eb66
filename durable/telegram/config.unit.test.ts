import { describe, expect, it } from "vitest";
import { DEV_SESSION_SECRET, sessionSettings } from "./config.ts";

const loopback = { TELEGRAM_DC_ADDRESS: "127.0.0.1:4430", TELEGRAM_DC_ID: "2" };

describe("sessionSettings", () => {
  it("uses the loopback DC, a placeholder app and the development secret outside production", () => {
    expect(sessionSettings({ ENVIRONMENT: "development", ...loopback })).toEqual({
      telegram: { api: { id: 1, hash: "loopback" }, dc: { id: 2, host: "127.0.0.1", port: 4430, rsaN: undefined } },
      sessionSecret: DEV_SESSION_SECRET,
    });
  });

  it("has no app and no secret in production unless they are set", () => {
    expect(sessionSettings({ ENVIRONMENT: "production", TELEGRAM_API_ID: "", TELEGRAM_DC_ADDRESS: "" })).toEqual({
      telegram: { api: undefined, dc: undefined },
      sessionSecret: undefined,
    });
    const secret = "s".repeat(40);
    const configured = sessionSettings({
      ENVIRONMENT: "production",
      TELEGRAM_API_ID: "12345",
      TELEGRAM_API_HASH: "abcdef",
      SESSION_SECRET: secret,
    });
    expect(configured).toEqual({
      telegram: { api: { id: 12345, hash: "abcdef" }, dc: undefined },
      sessionSecret: secret,
    });
  });

  it("treats invalid vars as not configured rather than guessing", () => {
    expect(sessionSettings({ ...loopback, TELEGRAM_DC_ADDRESS: "no-port" }).telegram.api).toBeUndefined();
    expect(sessionSettings({ SESSION_SECRET: "short" }).sessionSecret).toBeUndefined();
  });
});
