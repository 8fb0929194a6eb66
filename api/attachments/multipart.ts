import { MULTIPART_PART_BYTES } from "../../openapi/attachment-uploads.ts";
import type { Config } from "../env.ts";
import { ApiError } from "../errors.ts";
import { streamExactly } from "./exact-stream.ts";
import { type AttachmentRow, findAttachment, forgetAttachment, markReady } from "./store.ts";
import { declaredLength, digestAndSniff, refuseOverMultipartLimit, reserveUpload } from "./upload.ts";

// Multipart uploads through the Worker (R2 multipart API): each part is one request streamed into
// R2, so a file far larger than one request may carry arrives in resumable pieces.

export type UploadState = { id: string; size: number; partSize: number; partCount: number; receivedParts: number[] };

function partCount(size: number): number {
  return Math.ceil(size / MULTIPART_PART_BYTES);
}

function partSize(size: number, partNumber: number): number {
  return partNumber < partCount(size) ? MULTIPART_PART_BYTES : size - (partCount(size) - 1) * MULTIPART_PART_BYTES;
}

async function receivedParts(db: D1Database, id: string) {
  const { results } = await db
    .prepare("SELECT part_number, etag FROM attachment_parts WHERE attachment_id = ? ORDER BY part_number")
    .bind(id)
    .all<{ part_number: number; etag: string }>();
  return results;
}

/** The caller's open multipart upload, or 404 (someone else's, finished or unknown alike). */
async function openUpload(
  db: D1Database,
  id: string,
  ownerId: string,
): Promise<AttachmentRow & { multipart_upload_id: string }> {
  const row = await findAttachment(db, id);
  if (row?.owner_id !== ownerId || row.state !== "pending" || !row.multipart_upload_id) {
    throw ApiError.notFound("Upload not found");
  }
  return row as AttachmentRow & { multipart_upload_id: string };
}

export async function createUpload(
  db: D1Database,
  bucket: R2Bucket,
  config: Config["attachments"],
  request: { ownerId: string; name: string; mimeType: string; size: number; now: number },
): Promise<UploadState> {
  refuseOverMultipartLimit(request.size, config);
  const { id } = await reserveUpload(db, config, request);
  const upload = await bucket.createMultipartUpload(id);
  await db.prepare("UPDATE attachments SET multipart_upload_id = ? WHERE id = ?").bind(upload.uploadId, id).run();
  return {
    id,
    size: request.size,
    partSize: MULTIPART_PART_BYTES,
    partCount: partCount(request.size),
    receivedParts: [],
  };
}

export async function uploadState(db: D1Database, id: string, ownerId: string): Promise<UploadState> {
  const row = await openUpload(db, id, ownerId);
  return {
    id,
    size: row.size,
    partSize: MULTIPART_PART_BYTES,
    partCount: partCount(row.size),
    receivedParts: (await receivedParts(db, id)).map((part) => part.part_number),
  };
}

export async function storePart(
  db: D1Database,
  bucket: R2Bucket,
  request: {
    id: string;
    ownerId: string;
    partNumber: number;
    body: ReadableStream<Uint8Array> | null;
    contentLength: string | undefined;
  },
): Promise<{ partNumber: number; size: number }> {
  const row = await openUpload(db, request.id, request.ownerId);
  if (request.partNumber > partCount(row.size)) {
    throw ApiError.badRequest(`The upload has ${partCount(row.size)} parts`, { partCount: partCount(row.size) });
  }
  const expected = partSize(row.size, request.partNumber);
  const length = declaredLength(request.contentLength, expected);
  if (length !== expected || !request.body) {
    throw ApiError.badRequest(`Part ${request.partNumber} has ${expected} bytes`, { expected }, "PART_SIZE_MISMATCH");
  }
  const upload = bucket.resumeMultipartUpload(request.id, row.multipart_upload_id);
  const part = await streamExactly(request.body, length, (readable) => upload.uploadPart(request.partNumber, readable));
  await db
    .prepare(
      "INSERT OR REPLACE INTO attachment_parts (attachment_id, part_number, etag, size, created_at) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(request.id, part.partNumber, part.etag, length, Date.now())
    .run();
  return { partNumber: part.partNumber, size: length };
}

/**
 * Assembles the parts, then reads the object back once, streaming, for its SHA-256 and its first
 * bytes (R2 does not hash a multipart object as a whole), and marks it ready.
 */
export async function completeUpload(
  db: D1Database,
  bucket: R2Bucket,
  id: string,
  ownerId: string,
): Promise<AttachmentRow> {
  const row = await openUpload(db, id, ownerId);
  const parts = await receivedParts(db, id);
  const have = new Set(parts.map((part) => part.part_number));
  const missing = Array.from({ length: partCount(row.size) }, (_, i) => i + 1).filter((n) => !have.has(n));
  if (missing.length > 0) {
    throw new ApiError(409, "PARTS_MISSING", `${missing.length} part(s) have not arrived`, {
      details: { missing: missing.slice(0, 100) },
    });
  }
  await bucket
    .resumeMultipartUpload(id, row.multipart_upload_id)
    .complete(parts.map((part) => ({ partNumber: part.part_number, etag: part.etag })));
  const object = await bucket.get(id);
  if (!object) throw new Error("the completed object is missing");
  const { sha256, mimeType } = await digestAndSniff(object.body, row.declared_type);
  await db.batch([
    db.prepare("DELETE FROM attachment_parts WHERE attachment_id = ?").bind(id),
    db.prepare("UPDATE attachments SET multipart_upload_id = NULL WHERE id = ?").bind(id),
  ]);
  const ready = await markReady(db, id, { size: object.size, mimeType, sha256 });
  if (!ready) throw new Error("the upload's row vanished");
  return ready;
}

export async function abortUpload(db: D1Database, bucket: R2Bucket, id: string, ownerId: string): Promise<void> {
  const row = await openUpload(db, id, ownerId);
  await bucket.resumeMultipartUpload(id, row.multipart_upload_id).abort();
  await forgetAttachment(db, id);
}
