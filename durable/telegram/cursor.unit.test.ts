import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor.ts";

describe("history cursor", () => {
  it("round-trips cursors and refuses forged ones", () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    for (const bad of ["", "!!", btoa("m:0"), btoa("m:-3"), btoa("x:4"), btoa("m:99999999999")]) {
      expect(decodeCursor(bad)).toBeUndefined();
    }
  });
});
