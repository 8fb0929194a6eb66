import { describe, expect, it } from "vitest";
import { toE164 } from "./phone.ts";

describe("toE164", () => {
  it("normalises international numbers however they are written", () => {
    expect(toE164("+44 20 7946 0958")).toBe("+442079460958");
    expect(toE164(" +1 (201) 555-0123 ")).toBe("+12015550123");
    expect(toE164("+4915123456789")).toBe("+4915123456789");
    expect(toE164("+1.201.555.0123")).toBe("+12015550123");
    expect(toE164("(+1) 201-555-0123")).toBeNull();
  });

  it("refuses garbage, national formats and impossible numbers", () => {
    for (const input of [
      "",
      "hello",
      "12345",
      "0201 555 0123",
      "+1",
      "+999 123",
      "+1 201 555 0123 4567 8901",
      "+".repeat(80),
    ]) {
      expect(toE164(input), input).toBeNull();
    }
  });
});
