import { describe, expect, it } from "vitest";
import { decodeChatCursor, encodeChatCursor } from "./cursor.ts";

describe("chat list cursor", () => {
  it("round-trips and is URL-safe", () => {
    const cursor = { pinned: 1 as const, activity: 1_795_000_000_123, chatId: "grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012" };
    const encoded = encodeChatCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeChatCursor(encoded)).toEqual(cursor);
  });
  it("refuses anything it did not make", () => {
    for (const bad of ["", "!!!", btoa('[2,1,"x"]'), btoa("{}"), btoa('[0,1.5,"x"]'), btoa("[0,1,7]")]) {
      expect(decodeChatCursor(bad), bad).toBeUndefined();
    }
  });
});
