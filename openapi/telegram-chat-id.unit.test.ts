import { describe, expect, it } from "vitest";
import { parseChatId } from "./telegram-chat-id.ts";

describe("chatId", () => {
  it("accepts me, @username and numeric ids only", () => {
    expect(parseChatId("me")).toEqual({ kind: "self" });
    expect(parseChatId("@alice")).toEqual({ kind: "username", username: "alice" });
    expect(parseChatId("5000001")).toEqual({ kind: "id", id: "5000001" });
    for (const bad of ["", "@ab", "@1abc", "-5", "0", "01", "me2", "@alice/../x", "12345678901234567890"]) {
      expect(parseChatId(bad)).toBeUndefined();
    }
  });
});
