import { fileTypeFromBuffer } from "file-type";

/** How many leading bytes of an upload are kept for sniffing its type (file-type reads at most this many). */
export const SNIFF_BYTES = 4100;

export const OCTET_STREAM = "application/octet-stream";

// Spellings that name the same type. Declared types are compared after mapping them here.
const ALIASES: Record<string, string> = {
  "image/jpg": "image/jpeg",
  "image/pjpeg": "image/jpeg",
  "audio/mp3": "audio/mpeg",
  "audio/x-wav": "audio/wav",
  "audio/wave": "audio/wav",
  "video/x-m4v": "video/mp4",
  "audio/x-m4a": "audio/mp4",
  "application/x-zip-compressed": "application/zip",
};

/** `Image/JPG; charset=x` → `image/jpeg`; anything that is not type/subtype → octet-stream. */
export function normaliseMimeType(value: string | undefined | null): string {
  const bare = (value ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (!/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(bare)) return OCTET_STREAM;
  return ALIASES[bare] ?? bare;
}

/**
 * The type the server will trust for a file: what its first bytes say, if the uploader declared
 * the same. Anything else (unrecognised bytes, such as HTML or plain text, or a declaration that
 * disagrees, such as HTML named image/png) is application/octet-stream, which is only ever
 * served as a download. The uploader's word alone is never enough.
 */
export async function trustedMimeType(head: Uint8Array, declared: string): Promise<string> {
  const found = await fileTypeFromBuffer(head);
  if (!found) return OCTET_STREAM;
  const sniffed = normaliseMimeType(found.mime);
  return sniffed === normaliseMimeType(declared) ? sniffed : OCTET_STREAM;
}
