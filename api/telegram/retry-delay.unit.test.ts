import { describe, expect, it } from "vitest";
import { retryDelaySeconds } from "./retry-delay.ts";

describe("webhook retry delay", () => {
  it("doubles from 10 s per failed attempt and stops growing at 10 minutes", () => {
    expect([1, 2, 3, 4, 5].map(retryDelaySeconds)).toEqual([10, 20, 40, 80, 160]);
    expect(retryDelaySeconds(12)).toBe(600);
  });
});
