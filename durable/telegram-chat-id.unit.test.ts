import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, parseChatId } from "./telegram-chat-id.ts";

describe("chatId and cursor", () => {
  it("accepts me, @username and numeric ids only", () => {
    expect(parseChatId("me")).toEqual({ kind: "self" });
    expect(parseChatId("@alice")).toEqual({ kind: "username", username: "alice" });
    expect(parseChatId("5000001")).toEqual({ kind: "id", id: "5000001" });
    for (const bad of ["", "@ab", "@1abc", "-5", "0", "01", "me2", "@alice/../x", "12345678901234567890"]) {
      expect(parseChatId(bad)).toBeUndefined();
    }
  });

  it("round-trips cursors and refuses forged ones", () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    for (const bad of ["", "!!", btoa("m:0"), btoa("m:-3"), btoa("x:4"), btoa("m:99999999999")]) {
      expect(decodeCursor(bad)).toBeUndefined();
    }
  });
});
