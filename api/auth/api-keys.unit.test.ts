import { describe, expect, it } from "vitest";
import { hashApiKey, insertApiKeySql, looksLikeApiKey, newApiKey } from "./api-keys.ts";

describe("API keys", () => {
  it("makes 256-bit keys, stores only their hash, and quotes names in SQL", async () => {
    const a = await newApiKey();
    const b = await newApiKey();
    expect(looksLikeApiKey(a.key)).toBe(true);
    expect(a.key).not.toBe(b.key);
    expect(a.keyHash).toBe(await hashApiKey(a.key));
    expect(a.keyHash).toMatch(/^[0-9a-f]{64}$/);
    const sql = insertApiKeySql({ id: a.id, name: "O'Brien's bot", keyHash: a.keyHash, createdAt: 1 });
    expect(sql).toContain("'O''Brien''s bot'");
    expect(sql).not.toContain(a.key);
    expect(looksLikeApiKey("bgk_short")).toBe(false);
  });
});
