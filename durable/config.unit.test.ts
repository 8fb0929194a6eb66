import { describe, expect, it } from "vitest";
import { messagingLimits, messagingVarsSchema } from "./config.ts";

describe("messaging limits", () => {
  it("defaults to 1,000 members per group, a 10,000-update log and 12 outbox attempts", () => {
    expect(messagingLimits({})).toMatchObject({
      GROUP_MEMBER_LIMIT: 1000,
      UPDATE_LOG_RETENTION: 10_000,
      OUTBOX_MAX_ATTEMPTS: 12,
    });
  });
  it("reads the vars as strings, as wrangler gives them", () => {
    expect(messagingLimits({ GROUP_MEMBER_LIMIT: "50", SEND_RATE_LIMIT: "7" })).toMatchObject({
      GROUP_MEMBER_LIMIT: 50,
      SEND_RATE_LIMIT: 7,
    });
  });
  it("rejects nonsense (api/env.ts reports it as CONFIG_INVALID)", () => {
    expect(messagingVarsSchema.safeParse({ GROUP_MEMBER_LIMIT: "1" }).success).toBe(false);
    expect(messagingVarsSchema.safeParse({ UPDATE_LOG_RETENTION: "lots" }).success).toBe(false);
    expect(messagingVarsSchema.safeParse({ OUTBOX_MAX_ATTEMPTS: "0" }).success).toBe(false);
  });
});
