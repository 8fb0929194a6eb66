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
