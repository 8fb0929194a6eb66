import { describe, expect, it } from "vitest";
import { signInNumberRefusal, toE164 } from "./phone.ts";

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

describe("signInNumberRefusal (SMS pumping)", () => {
  const anyCountry = new Set<string>();

  it("lets mobiles through, and North American numbers that may be mobiles", () => {
    for (const phone of ["+4915123456789", "+447911123456", "+8613812345678", "+12015550123", "+14155550101"]) {
      expect(signInNumberRefusal(phone, anyCountry), phone).toBeNull();
    }
  });

  it("refuses premium rate, toll free, personal, landline, satellite and international-network numbers", () => {
    for (const phone of [
      "+19005550100", // US premium rate
      "+18005550100", // US toll free
      "+15005550001", // US personal ("500") number
      "+447011234567", // UK personal number
      "+442079460958", // London landline
      "+881612345678", // Iridium satellite
      "+870772123456", // Inmarsat
    ]) {
      expect(signInNumberRefusal(phone, anyCountry)?.code, phone).toBe("PHONE_NOT_MOBILE");
    }
  });

  it("with AUTH_ALLOWED_COUNTRIES, refuses mobiles of any other country", () => {
    const allowed = new Set(["DE", "US"]);
    expect(signInNumberRefusal("+4915123456789", allowed)).toBeNull();
    expect(signInNumberRefusal("+12015550123", allowed)).toBeNull();
    expect(signInNumberRefusal("+8613812345678", allowed)?.code).toBe("PHONE_COUNTRY_NOT_ALLOWED");
  });
});
