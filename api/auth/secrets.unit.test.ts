import { describe, expect, it } from "vitest";
import { newRefreshToken, newSmsCode, sameDigest, sha256Hex, smsCodeHash } from "./secrets.ts";

describe("identity secrets", () => {
  it("makes six-digit codes and distinct high-entropy refresh tokens", () => {
    const codes = Array.from({ length: 200 }, newSmsCode);
    expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(190);
    const tokens = new Set(Array.from({ length: 50 }, newRefreshToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^rt_[A-Za-z0-9_-]{43}$/);
  });

  it("hashes a code with a key, so the same code under another secret or phone differs", async () => {
    const a = await smsCodeHash("secret-one", "+12015550123", "123456");
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await smsCodeHash("secret-one", "+12015550123", "123456")).toBe(a);
    expect(await smsCodeHash("secret-two", "+12015550123", "123456")).not.toBe(a);
    expect(await smsCodeHash("secret-one", "+12015550124", "123456")).not.toBe(a);
    expect(a).not.toBe(await sha256Hex("123456"));
  });

  it("compares digests exactly", () => {
    expect(sameDigest("abcd", "abcd")).toBe(true);
    expect(sameDigest("abcd", "abce")).toBe(false);
    expect(sameDigest("abcd", "abc")).toBe(false);
  });
});
