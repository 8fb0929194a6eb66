// Plain rules of message search, free of storage: how a user's words become an FTS5 query, and
// how FTS5's highlight() output becomes match ranges. Unit-tested in Node.

/** At most this many words of a query are used: more only slows the match down. */
export const MAX_SEARCH_TERMS = 8;

// The characters FTS5's unicode61 tokenizer keeps inside a token: letters, digits, marks and
// private-use characters. Everything else separates words, as it does in the index.
const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/**
 * The FTS5 MATCH expression for what a user typed, or null when it holds no word. Users never
 * write FTS5 syntax (a stray quote or `NEAR(` would be a syntax error, i.e. a 5xx): every word is
 * quoted, all must match, and the last one also matches as a prefix (search as you type).
 */
export function matchExpression(query: string): string | null {
  const words = query.normalize("NFKC").match(WORD)?.slice(0, MAX_SEARCH_TERMS) ?? [];
  if (words.length === 0) return null;
  return words.map((word, i) => (i === words.length - 1 ? `"${word}"*` : `"${word}"`)).join(" ");
}

/** Around a match in highlight()'s output. Control characters: never produced by the tokenizer. */
export const MARK_OPEN = "\u0002";
export const MARK_CLOSE = "\u0003";

export type MatchRange = { start: number; end: number };

/**
 * The ranges (UTF-16 offsets, end exclusive) of `text` that highlight() marked. If the text itself
 * holds a marker character the ranges cannot be trusted: none are returned rather than wrong ones.
 */
export function matchRanges(text: string, marked: string): MatchRange[] {
  const ranges: MatchRange[] = [];
  let plain = "";
  let start = -1;
  for (const char of marked) {
    if (char === MARK_OPEN) start = plain.length;
    else if (char === MARK_CLOSE && start >= 0) {
      if (plain.length > start) ranges.push({ start, end: plain.length });
      start = -1;
    } else plain += char;
  }
  return plain === text ? ranges : [];
}
