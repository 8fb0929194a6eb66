import { describe, expect, it } from "vitest";
import { drainDelayMs, GROUP_BUSY_MS, GROUP_COALESCE_MS } from "./drain-pacing.ts";

describe("drainDelayMs", () => {
  it("lets a busy group's pass wait for the writes of its burst", () => {
    expect(drainDelayMs("group", 1_000, 1_000 + GROUP_BUSY_MS - 1)).toBe(GROUP_COALESCE_MS);
  });

  it("sends a quiet group's message at once", () => {
    expect(drainDelayMs("group", null, 1_000)).toBe(0);
    expect(drainDelayMs("group", 1_000, 1_000 + GROUP_BUSY_MS)).toBe(0);
  });

  it("never holds a dialog's pass", () => {
    expect(drainDelayMs("dialog", 1_000, 1_001)).toBe(0);
  });
});
