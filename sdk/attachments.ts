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

/** A short-lived URL that downloads an attachment without a token (for `<img src>`). */
export function attachmentLink(client: Client, attachmentId: string, expiresInSeconds?: number) {
  return client.POST("/api/v1/attachments/{attachmentId}/link", {
    params: { path: { attachmentId } },
    ...(expiresInSeconds === undefined ? {} : { body: { expiresInSeconds } }),
  });
}
