import { exports } from "cloudflare:workers";
import { expect } from "vitest";
import type { Attachment } from "../../openapi/attachment-types.ts";
import type { TestUser } from "./messaging.ts";

/** A PNG signature and IHDR start: enough for file-type to say image/png. */
export const PNG_HEAD = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0,
  0, 0,
]);

/** `size` bytes that are not all alike (every byte value occurs), starting with `head`. */
export function binaryFile(size: number, head: Uint8Array = new Uint8Array()): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) % 256;
  bytes.set(head.subarray(0, size));
  return bytes;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** POST /api/v1/attachments with the bytes as the body; the raw answer. */
export function uploadRaw(
  user: TestUser | null,
  body: BodyInit,
  headers: Record<string, string> = {},
  name = "file.bin",
): Promise<Response> {
  return exports.default.fetch(`http://gateway/api/v1/attachments?name=${encodeURIComponent(name)}`, {
    method: "POST",
    headers: { ...(user ? user.authHeader : {}), ...headers },
    body,
  });
}

export async function upload(user: TestUser, bytes: Uint8Array, type: string, name = "file.bin"): Promise<Attachment> {
  const res = await uploadRaw(user, bytes, { "content-type": type }, name);
  const body = (await res.json()) as { data: Attachment };
  expect(res.status, JSON.stringify(body)).toBe(201);
  return body.data;
}

/** GET an attachment (or any path under /api/v1) as `user`; the raw answer. */
export function download(
  user: TestUser | null,
  attachmentId: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return exports.default.fetch(`http://gateway/api/v1/attachments/${attachmentId}`, {
    headers: { ...(user ? user.authHeader : {}), ...headers },
  });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(new TextEncoder().encode(type), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

/** A real, decodable RGB PNG of `width` × `height` (a gradient), built here so tests need no fixture file. */
export async function pngImage(width: number, height: number): Promise<Uint8Array> {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter, no interlace
  const rows = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3);
    for (let x = 0; x < width; x++) rows.set([x % 256, y % 256, 128], row + 1 + x * 3);
  }
  const compressed = new Uint8Array(
    await new Response(new Blob([rows]).stream().pipeThrough(new CompressionStream("deflate"))).arrayBuffer(),
  );
  const parts = [
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", compressed),
    pngChunk("IEND", new Uint8Array()),
  ];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}
