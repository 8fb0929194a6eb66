import { describe, expect, it } from "vitest";
import { markedPeerId, parseMarkedPeerId } from "./peer-ids.ts";

describe("marked peer ids", () => {
  it("round-trips users, basic groups and channels as Telegram's apps number them", () => {
    expect(markedPeerId("user", 5000001)).toBe("5000001");
    expect(markedPeerId("chat", 3000001)).toBe("-3000001");
    expect(markedPeerId("channel", 2000001)).toBe("-1000002000001");
    for (const [type, id] of [
      ["user", "7000000000"],
      ["chat", "3000001"],
      ["channel", "1234567890123"],
    ] as const) {
      expect(parseMarkedPeerId(markedPeerId(type, id))).toEqual({ type, id });
    }
  });

  it("refuses what is not a peer id", () => {
    for (const bad of ["0", "-0", "", "12a", "--5", "1.5"]) expect(parseMarkedPeerId(bad)).toBeUndefined();
  });
});
