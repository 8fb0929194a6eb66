import { describe, expect, it } from "vitest";
import { clientIpBucket } from "./client-ip.ts";

describe("clientIpBucket", () => {
  it("keeps an IPv4 address as it is", () => {
    expect(clientIpBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(clientIpBucket(" 198.51.100.255 ")).toBe("198.51.100.255");
  });

  it("puts every address of one IPv6 /64 in one bucket, however it is written", () => {
    const bucket = "2001:db8:85a3:8d3::/64";
    for (const address of [
      "2001:db8:85a3:8d3:1319:8a2e:370:7348",
      "2001:0db8:85a3:08d3:ffff:ffff:ffff:ffff",
      "2001:DB8:85A3:8D3::1",
      "2001:db8:85a3:8d3::",
    ]) {
      expect(clientIpBucket(address), address).toBe(bucket);
    }
    expect(clientIpBucket("2001:db8:85a3:8d4::1")).not.toBe(bucket);
    expect(clientIpBucket("::1")).toBe("0:0:0:0::/64");
  });

  it("reads an IPv4-mapped IPv6 address as its IPv4 client", () => {
    expect(clientIpBucket("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(clientIpBucket("::ffff:cb00:7107")).toBe("203.0.113.7");
  });

  it("puts a missing or malformed value in the one shared bucket", () => {
    for (const value of [
      undefined,
      null,
      "",
      "unknown",
      "203.0.113",
      "203.0.113.256",
      "010.0.0.1",
      "203.0.113.7, 10.0.0.1",
      "2001:db8::1::2",
      "2001:db8:1:2:3:4:5:6:7",
      "1:2:3:4:5:6:7",
      `${"a".repeat(50)}`,
      "2001:db8::g",
    ]) {
      expect(clientIpBucket(value), String(value)).toBe("unknown");
    }
  });
});
