import { describe, expect, it } from "vitest";
import { parseChatId } from "./telegram-chat-id.ts";

describe("chatId", () => {
  it("accepts me, @username and numeric (marked) ids only", () => {
    expect(parseChatId("me")).toEqual({ kind: "self" });
    expect(parseChatId("@alice")).toEqual({ kind: "username", username: "alice" });
    expect(parseChatId("5000001")).toEqual({ kind: "id", id: "5000001" });
    // Groups and channels: marked ids, negative.
    expect(parseChatId("-3000001")).toEqual({ kind: "id", id: "-3000001" });
    expect(parseChatId("-1002000001")).toEqual({ kind: "id", id: "-1002000001" });
    for (const bad of ["", "@ab", "@1abc", "-0", "--5", "0", "01", "me2", "@alice/../x", "12345678901234567890"]) {
      expect(parseChatId(bad)).toBeUndefined();
    }
  });
});
