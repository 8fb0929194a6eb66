import type { Client } from "./client.ts";
import type { components } from "./schema.d.ts";

export type Attachment = components["schemas"]["Attachment"];

export interface UploadOptions {
  /** The name shown in the chat; a File's own name by default. */
  name?: string;
  /** What the file is (the server checks it against the file's bytes); a Blob's own type by default. */
  type?: string;
}

/**
 * Uploads a file for sending in a message (`attachmentIds`): the bytes are the request body, so a
 * File or Blob streams from disk without being copied into a string. The fetch sets
 * Content-Length, which the server requires. Answers like every client call: `{ data, error, response }`.
 *
 * ```ts
 * const { data } = await uploadAttachment(api, input.files[0]);
 * await api.POST("/api/v1/chats/{chatId}/messages", {
 *   params: { path: { chatId } },
 *   body: { clientMessageId: crypto.randomUUID(), attachmentIds: [data.data.id] },
 * });
 * ```
 */
export function uploadAttachment(client: Client, file: Blob | ArrayBuffer | Uint8Array, options: UploadOptions = {}) {
  const name = options.name ?? (typeof File !== "undefined" && file instanceof File ? file.name : undefined);
  const type = options.type ?? (file instanceof Blob && file.type ? file.type : "application/octet-stream");
  return client.POST("/api/v1/attachments", {
    params: { query: name === undefined ? {} : { name } },
    // The body goes as it is: not JSON.
    body: file as never,
    bodySerializer: (body: unknown) => body as BodyInit,
    headers: { "Content-Type": type },
  });
}

export interface PresignedUploadOptions extends UploadOptions {
  /** The file's SHA-256 (hex) if you have it: the server then refuses bytes that do not match. */
  sha256?: string;
  /** The fetch that PUTs to storage (default: the global one). */
  fetch?: typeof fetch;
}

/** Storage refused the PUT to a presigned URL (its status and S3 error body are kept). */
export class PresignedPutError extends Error {
  readonly status: number;
  readonly body: string;
  constructor(status: number, body: string) {
    super(`storage answered ${status} to the presigned PUT`);
    this.name = "PresignedPutError";
    this.status = status;
    this.body = body;
  }
}

/**
 * Experimental: uploads a file straight to storage through a presigned URL (the bytes do not pass
 * through the API's Worker), then has the server check it. `uploadAttachment` stays the default.
 * Answers what `completePresignedUpload` answers (`{ data, error, response }`), or the error of
 * starting the upload (e.g. 503 PRESIGNED_UPLOADS_UNAVAILABLE); throws PresignedPutError if
 * storage refuses the PUT itself.
 */
export async function uploadAttachmentPresigned(
  client: Client,
  file: Blob | ArrayBuffer | Uint8Array,
  options: PresignedUploadOptions = {},
) {
  const blob = file instanceof Blob ? file : new Blob([file as ArrayBuffer]);
  const name = options.name ?? (typeof File !== "undefined" && file instanceof File ? file.name : "file");
  const mimeType = options.type ?? (blob.type || "application/octet-stream");
  const started = await client.POST("/api/v1/attachments/presigned", {
    body: { name, mimeType, size: blob.size, ...(options.sha256 ? { sha256: options.sha256 } : {}) },
  });
  if (!started.data) return { data: undefined, error: started.error, response: started.response };
  const { id, url, headers } = started.data.data;
  // Content-Length is the fetch's to set (browsers refuse it from scripts): it is the blob's size.
  const signed = Object.fromEntries(Object.entries(headers).filter(([header]) => header !== "content-length"));
  const put = await (options.fetch ?? fetch)(url, { method: "PUT", headers: signed, body: blob });
  if (!put.ok) throw new PresignedPutError(put.status, await put.text());
  return client.POST("/api/v1/attachments/presigned/{attachmentId}/complete", {
    params: { path: { attachmentId: id } },
  });
}

/** A short-lived URL that downloads an attachment without a token (for `<img src>`). */
export function attachmentLink(client: Client, attachmentId: string, expiresInSeconds?: number) {
  return client.POST("/api/v1/attachments/{attachmentId}/link", {
    params: { path: { attachmentId } },
    ...(expiresInSeconds === undefined ? {} : { body: { expiresInSeconds } }),
  });
}
