import { describe, expect, it } from "vitest";
import { MARK_CLOSE as C, MAX_SEARCH_TERMS, matchExpression, matchRanges, MARK_OPEN as O } from "./search-query.ts";

describe("matchExpression", () => {
  it("quotes every word, ANDs them, and lets the last one match as a prefix", () => {
    expect(matchExpression("meet at 8")).toBe('"meet" "at" "8"*');
  });

  it("turns FTS5 syntax into plain words instead of a syntax error", () => {
    expect(matchExpression('NEAR("a" b) OR c* -d "')).toBe('"NEAR" "a" "b" "OR" "c" "d"*');
    expect(matchExpression('"""')).toBeNull();
    expect(matchExpression("  ?! ")).toBeNull();
  });

  it("keeps letters of every script and stops after the term limit", () => {
    expect(matchExpression("Привет café 東京")).toBe('"Привет" "café" "東京"*');
    const many = Array.from({ length: 20 }, (_, i) => `w${i}`).join(" ");
    expect(matchExpression(many)?.split(" ")).toHaveLength(MAX_SEARCH_TERMS);
  });
});

describe("matchRanges", () => {
  it("gives the offsets of every marked match in the original text", () => {
    expect(matchRanges("meet at 8, meet you", `${O}meet${C} at 8, ${O}meet${C} you`)).toEqual([
      { start: 0, end: 4 },
      { start: 11, end: 15 },
    ]);
  });

  it("counts in UTF-16 units like JavaScript strings do", () => {
    expect(matchRanges("😀 café", `😀 ${O}café${C}`)).toEqual([{ start: 3, end: 7 }]);
  });

  it("returns no ranges rather than wrong ones when the text itself holds a marker", () => {
    const text = `odd ${O} text`;
    expect(matchRanges(text, `${O}odd${C} ${O} text`)).toEqual([]);
  });
});
