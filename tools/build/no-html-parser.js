// Stands in for `htmlparser2` in the Worker bundle (see `alias` in wrangler.toml). GramJS requires
// it for its HTML parse mode only (telegram/extensions/html.js, inside HTMLParser.parse); the proxy
// sends plain text and never selects that mode. Refuses loudly should anyone start to.
export class Parser {
  constructor() {
    throw new Error("GramJS's HTML parse mode is not in this bundle (see tools/build/no-html-parser.js)");
  }
}
