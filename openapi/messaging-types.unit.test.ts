import { describe, expect, it } from "vitest";
import { ChatIdSchema, isEmoji } from "./messaging-types.ts";

describe("isEmoji", () => {
  it("accepts single emoji, with skin tones, ZWJ sequences, flags and keycaps", () => {
    for (const emoji of ["👍", "❤️", "👍🏽", "👩‍💻", "🇫🇷", "1️⃣", "🔥"]) expect(isEmoji(emoji), emoji).toBe(true);
  });
  it("refuses text and empty strings", () => {
    for (const text of ["", "a", "ok", "👍 nice", "<script>", "%F0", "👍".repeat(20)])
      expect(isEmoji(text), text).toBe(false);
  });
});

describe("ChatIdSchema", () => {
  it("accepts dialog and group ids only", () => {
    expect(ChatIdSchema.safeParse(`dlg_${"a".repeat(32)}`).success).toBe(true);
    expect(ChatIdSchema.safeParse(`grp_${"0".repeat(32)}`).success).toBe(true);
    expect(ChatIdSchema.safeParse(`grp_${"0".repeat(31)}`).success).toBe(false);
    expect(ChatIdSchema.safeParse("../../etc").success).toBe(false);
  });
});
