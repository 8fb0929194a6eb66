import { describe, expect, it } from "vitest";
import { telegramUpdateDeduplicator } from "./telegram-updates.ts";

describe("telegramUpdateDeduplicator", () => {
  it("lets each id through once and forgets the oldest beyond its capacity", () => {
    const isNew = telegramUpdateDeduplicator(2);
    expect(["a", "b", "a", "c", "b", "a"].map((id) => isNew({ id }))).toEqual([true, true, false, true, false, true]);
  });
});
