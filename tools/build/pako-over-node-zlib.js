// Stands in for `pako` in the Worker bundle (see `alias` in wrangler.toml): GramJS uses only its
// `inflate`, to unpack a gzip_packed answer (telegram/tl/core/GZIPPacked.js). workerd's node:zlib
// (nodejs_compat) does the same without ~130 KiB of JavaScript inflate/deflate.
import { gunzipSync, inflateSync } from "node:zlib";

/** pako.inflate: gzip or zlib data (told apart by the header, as pako does) → the bytes. */
export function inflate(input) {
  const bytes = Buffer.from(input);
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return new Uint8Array(gzip ? gunzipSync(bytes) : inflateSync(bytes));
}
