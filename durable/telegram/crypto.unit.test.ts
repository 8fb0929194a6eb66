import { describe, expect, it } from "vitest";
import { openSessionString, sealSessionString } from "./crypto.ts";

const SECRET = "a-test-secret-that-is-long-enough-0000";

describe("sealed session strings", () => {
  it("opens only with the same secret and session id, and never repeats a ciphertext", async () => {
    const sealed = await sealSessionString("1AbCdEf", SECRET, "s1");
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain("AbCdEf");
    expect(await openSessionString(sealed, SECRET, "s1")).toBe("1AbCdEf");
    expect(await sealSessionString("1AbCdEf", SECRET, "s1")).not.toBe(sealed);
    await expect(openSessionString(sealed, `${SECRET}x`, "s1")).rejects.toThrow();
    await expect(openSessionString(sealed, SECRET, "s2")).rejects.toThrow();
    const tampered = `${sealed.slice(0, -4)}AAA=`;
    await expect(openSessionString(tampered, SECRET, "s1")).rejects.toThrow();
  });
});
