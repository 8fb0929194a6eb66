import { chatObject } from "../chats/objects.ts";
import type { Bindings } from "../env.ts";
import { ApiError } from "../errors.ts";
import { contentDisposition, matchesEtag, parseRange, servedContentType } from "./serving.ts";
import { type AttachmentRow, findAttachment, holdingChats } from "./store.ts";

const notFound = () => ApiError.notFound("Attachment not found");

/**
 * Whether `userId` may read the attachment: its owner, or a member of a chat where a message that
 * is not deleted for everyone holds it (each holding chat's ChatDO answers for its own members).
 */
export async function canRead(env: Bindings, row: AttachmentRow, userId: string): Promise<boolean> {
  if (row.owner_id === userId) return true;
  for (const chatId of await holdingChats(env.DB, row.id)) {
    const answer = await chatObject(env, chatId).showsAttachment(userId, row.id);
    if (answer.ok && answer.value) return true;
  }
  return false;
}

/** The ready attachment `id` if `userId` may read it; 404 otherwise, whether it exists or not. */
export async function readableAttachment(env: Bindings, id: string, userId: string): Promise<AttachmentRow> {
  const row = await findAttachment(env.DB, id);
  if (row?.state !== "ready" || !(await canRead(env, row, userId))) throw notFound();
  return row;
}

/**
 * The file as an HTTP answer: 304 for a matching If-None-Match, 206 for one satisfiable Range,
 * 416 for one that names no byte, the whole file otherwise. Headers make it inert in a browser:
 * its type only if it cannot run, a download unless it is a plain image/video/audio
 * (nosniff and the sandboxing CSP: api/middleware/security-headers.ts).
 */
export async function serveAttachment(
  bucket: R2Bucket,
  row: AttachmentRow,
  request: { range: string | undefined; ifNoneMatch: string | undefined },
  cacheControl: string,
): Promise<Response> {
  const etag = `"${row.sha256}"`;
  const headers = new Headers({
    ETag: etag,
    "Cache-Control": cacheControl,
    "Accept-Ranges": "bytes",
    "Content-Type": servedContentType(row.mime_type),
    "Content-Disposition": contentDisposition(row.mime_type, row.name),
  });
  if (matchesEtag(request.ifNoneMatch, etag)) return new Response(null, { status: 304, headers });
  const range = parseRange(request.range, row.size);
  if (range === "unsatisfiable") {
    throw new ApiError(416, "RANGE_NOT_SATISFIABLE", `The file has ${row.size} bytes`, {
      details: { size: row.size },
      // RFC 9110 §15.5.17: the size, so a client can ask again for bytes that exist.
      headers: { "Content-Range": `bytes */${row.size}` },
    });
  }
  const object = await bucket.get(row.id, range ? { range } : {});
  // The row says ready but the bytes are gone (deleted meanwhile): nothing to serve.
  if (!object) throw notFound();
  if (!range) {
    headers.set("Content-Length", String(row.size));
    return new Response(object.body, { status: 200, headers });
  }
  headers.set("Content-Length", String(range.length));
  headers.set("Content-Range", `bytes ${range.offset}-${range.offset + range.length - 1}/${row.size}`);
  return new Response(object.body, { status: 206, headers });
}
