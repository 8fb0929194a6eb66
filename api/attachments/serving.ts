import { OCTET_STREAM } from "./sniff.ts";

// How a stored file is served: which types a browser may render inline, and the headers that keep
// a file from ever running as a page of the API's origin.

/** Rendered inline (an <img>, <video> or <audio>): formats a browser cannot execute. */
const INLINE_TYPES: ReadonlySet<string> = new Set([
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "image/avif",
  "video/mp4",
  "video/webm",
  "audio/mpeg",
  "audio/ogg",
  "audio/wav",
  "audio/webm",
  "audio/mp4",
]);

/** Types a browser would run as a document or script: never served with their own type. */
const ACTIVE_TYPE = /html|xml|svg|javascript|ecmascript|x-shockwave-flash|pdf/;

export function servedContentType(mimeType: string): string {
  return ACTIVE_TYPE.test(mimeType) ? OCTET_STREAM : mimeType;
}

export function isInline(mimeType: string): boolean {
  return INLINE_TYPES.has(mimeType);
}

/** RFC 6266: an ASCII fallback and the exact name in RFC 5987 encoding. */
export function contentDisposition(mimeType: string, name: string): string {
  const kind = isInline(mimeType) ? "inline" : "attachment";
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Control characters and path separators out, length capped: the name is shown, never used as a path. */
export function sanitiseFileName(raw: string | undefined, max: number): string {
  const cleaned = (raw ?? "")
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}/\\]/gu, "_")
    .trim();
  const name = cleaned === "" || cleaned === "." || cleaned === ".." ? "file" : cleaned;
  return [...name].slice(0, max).join("");
}

export type ByteRange = { offset: number; length: number };

/**
 * One `bytes=` range of a file of `size` bytes (RFC 9110 §14.1.2): `null` when the header asks for
 * nothing we serve partially (absent, several ranges, another unit: the whole file is sent),
 * "unsatisfiable" when it names no byte of the file (416).
 */
export function parseRange(header: string | undefined, size: number): ByteRange | null | "unsatisfiable" {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, startText = "", endText = ""] = match;
  if (startText === "" && endText === "") return null;
  if (startText === "") {
    const suffix = Number(endText);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    const length = Math.min(suffix, size);
    return { offset: size - length, length };
  }
  const start = Number(startText);
  if (start >= size) return "unsatisfiable";
  const end = endText === "" ? size - 1 : Math.min(Number(endText), size - 1);
  if (end < start) return "unsatisfiable";
  return { offset: start, length: end - start + 1 };
}

/** Whether an If-None-Match header names this ETag (weak comparison, `*` included). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}
