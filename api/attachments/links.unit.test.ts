import { describe, expect, it } from "vitest";
import { signLink, verifyLink } from "./links.ts";

const SECRET = "unit-test-secret-unit-test-secret-0000";
const ID = "att_0123456789abcdef0123456789abcdef";

describe("signed download links", () => {
  it("verify until they expire, for their attachment and secret only", async () => {
    const now = 1_800_000_000_000;
    const expires = now / 1000 + 300;
    const signature = await signLink(SECRET, ID, expires);
    expect(signature).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await verifyLink(SECRET, ID, expires, signature, now)).toBe(true);
    expect(await verifyLink(SECRET, ID, expires, signature, expires * 1000)).toBe(false);
    expect(await verifyLink(SECRET, ID, expires + 1, signature, now)).toBe(false);
    expect(await verifyLink(SECRET, "att_ffffffffffffffffffffffffffffffff", expires, signature, now)).toBe(false);
    expect(await verifyLink(`${SECRET}x`, ID, expires, signature, now)).toBe(false);
    const flipped = `${signature[0] === "A" ? "B" : "A"}${signature.slice(1)}`;
    expect(await verifyLink(SECRET, ID, expires, flipped, now)).toBe(false);
  });
});
