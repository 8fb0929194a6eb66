import { describe, expect, it } from "vitest";
import { decodeCursor, decodeDialogCursor, encodeCursor, encodeDialogCursor } from "./cursor.ts";

describe("history cursor", () => {
  it("round-trips cursors and refuses forged ones", () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    for (const bad of ["", "!!", btoa("m:0"), btoa("m:-3"), btoa("x:4"), btoa("m:99999999999")]) {
      expect(decodeCursor(bad)).toBeUndefined();
    }
  });

  it("reads a bare message id as the seed's clients send it, within Telegram's range", () => {
    expect(decodeCursor("41")).toBe(41);
    for (const bad of ["0", "2147483648", "-4", "4.5"]) expect(decodeCursor(bad)).toBeUndefined();
  });
});

describe("dialog cursor", () => {
  it("round-trips a (date, chat) offset and refuses forged ones", () => {
    const offset = { date: 1_764_590_000, chatId: "-1000002000001" };
    expect(decodeDialogCursor(encodeDialogCursor(offset))).toEqual(offset);
    for (const bad of ["", "!!", encodeCursor(4), btoa("d:1:0"), btoa("d:99999999999:5"), btoa("d:1:abc")]) {
      expect(decodeDialogCursor(bad)).toBeUndefined();
    }
  });
});
