// What `npm start` shows of wrangler's own output: the gateway logs one JSON line per request
// itself, so wrangler's request lines ("[wrangler:info] GET /x 200 OK") would double every
// request; and wrangler prints the bindings table again on each reload of the local runtime.
// And it prints the Worker's console.warn/error lines as they are: wrangler wraps each in
// "▲ [WARNING] …" plus two blank lines. Everything else passes unchanged.

import { stripVTControlCharacters } from "node:util";

const REQUEST_LINE = /^\[wrangler:info\] (GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \S+ \d{3}\b/;
const BINDINGS_START = /^Your Worker has access to the following bindings:/;
const WRAPPED_JSON_LINE = /^(?:▲ \[WARNING\]|✘ \[ERROR\]) (\{.*\})\s*$/;

/** @returns {(chunk: string) => string} feeds wrangler's output, answers what to print */
export function wranglerLogFilter() {
  let partial = "";
  let bindingsShown = false;
  let skippingBindings = false;
  let blankLinesToDrop = 0;
  return (chunk) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    const kept = [];
    for (const line of lines) {
      const plain = stripVTControlCharacters(line);
      if (skippingBindings) {
        if (plain.trim() === "") skippingBindings = false;
        continue;
      }
      if (BINDINGS_START.test(plain)) {
        if (bindingsShown) {
          skippingBindings = true;
          continue;
        }
        bindingsShown = true;
      }
      if (REQUEST_LINE.test(plain)) continue;
      if (blankLinesToDrop > 0 && plain.trim() === "") {
        blankLinesToDrop -= 1;
        continue;
      }
      blankLinesToDrop = 0;
      const wrapped = plain.match(WRAPPED_JSON_LINE);
      if (wrapped) {
        kept.push(`${wrapped[1]}\n`);
        blankLinesToDrop = 2;
        continue;
      }
      kept.push(`${line}\n`);
    }
    return kept.join("");
  };
}
