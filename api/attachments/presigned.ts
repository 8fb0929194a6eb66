import { PRESIGNED_UPLOAD_SECONDS } from "../../openapi/attachment-presigned.ts";
import type { Config } from "../env.ts";
import { ApiError } from "../errors.ts";
import { presignPut } from "./presign.ts";
import { type AttachmentRow, findAttachment, markReady } from "./store.ts";
import { digestAndSniff, refuseOverMultipartLimit, reserveUpload } from "./upload.ts";

// Presigned uploads (experimental): a pending attachment whose bytes the client PUTs straight to
// the bucket's S3 API, then checked here once (size, SHA-256, type) before it becomes ready. The
// object's key is the attachment's id, so every deletion path (the 24 h cleanup included) finds it.

type CreateRequest = { ownerId: string; name: string; mimeType: string; size: number; sha256?: string | undefined };

export async function createPresignedUpload(
  db: D1Database,
  config: Config["attachments"],
  requestOrigin: string,
  request: CreateRequest,
  now: number,
) {
  if (!config.presigned) {
    throw new ApiError(503, "PRESIGNED_UPLOADS_UNAVAILABLE", "This server has no S3 credentials for its bucket", {
      details: { use: "POST /api/v1/attachments" },
    });
  }
  refuseOverMultipartLimit(request.size, config);
  const { id } = await reserveUpload(db, config, { ...request, now });
  const until = now + PRESIGNED_UPLOAD_SECONDS * 1000;
  // While pending, `sha256` holds what the client declared (if anything): completing compares.
  await db
    .prepare("UPDATE attachments SET presigned_until = ?, sha256 = ? WHERE id = ?")
    .bind(until, request.sha256 ?? null, id)
    .run();
  const signed = await presignPut(config.presigned, requestOrigin, id, request.size, PRESIGNED_UPLOAD_SECONDS, now);
  return { id, method: "PUT" as const, url: signed.url, headers: signed.headers, expiresAt: until };
}

/** The caller's open presigned upload, or 404 (someone else's, completed, closed or unknown alike). */
async function openPresigned(db: D1Database, id: string, ownerId: string) {
  const row = await findAttachment(db, id);
  if (row?.owner_id !== ownerId || row.state !== "pending" || row.presigned_until === null) {
    throw ApiError.notFound("Upload not found");
  }
  return row as AttachmentRow & { presigned_until: number };
}

/**
 * Closes an upload that will never complete: its bytes go now, its quota is freed, and its row
 * stays (state 'closed') until the 24 h cleanup, which deletes under its id whatever a URL that may
 * still work puts there later.
 */
async function closeUpload(db: D1Database, bucket: R2Bucket, id: string) {
  await bucket.delete(id);
  await db
    .prepare("UPDATE attachments SET state = 'closed', size = 0, sha256 = NULL, presigned_until = NULL WHERE id = ?")
    .bind(id)
    .run();
}

/**
 * Checks what arrived under the upload's key and makes it a ready attachment: the size R2 holds
 * must be the declared (and signed) one, the SHA-256 (computed by reading the object once,
 * streaming) the declared one if there was one; the type is sniffed from the first bytes.
 */
export async function completePresignedUpload(
  db: D1Database,
  bucket: R2Bucket,
  id: string,
  ownerId: string,
  now: number,
): Promise<AttachmentRow> {
  const row = await openPresigned(db, id, ownerId);
  const object = await bucket.get(id);
  if (!object) {
    if (now < row.presigned_until) {
      throw new ApiError(409, "UPLOAD_NOT_RECEIVED", "Nothing has arrived yet: PUT the file to the URL, then complete");
    }
    await closeUpload(db, bucket, id);
    throw new ApiError(409, "UPLOAD_EXPIRED", "The upload URL expired with nothing received: start a new upload");
  }
  if (object.size !== row.size) {
    await object.body.cancel();
    await closeUpload(db, bucket, id);
    throw ApiError.badRequest(
      `The file has ${object.size} bytes, not the ${row.size} declared`,
      { declared: row.size, received: object.size },
      "UPLOAD_SIZE_MISMATCH",
    );
  }
  const { sha256, mimeType } = await digestAndSniff(object.body, row.declared_type);
  if (row.sha256 !== null && row.sha256 !== sha256) {
    await closeUpload(db, bucket, id);
    throw ApiError.badRequest("The file's SHA-256 is not the one declared", { sha256 }, "UPLOAD_SHA256_MISMATCH");
  }
  await db.prepare("UPDATE attachments SET presigned_until = NULL WHERE id = ?").bind(id).run();
  const ready = await markReady(db, id, { size: object.size, mimeType, sha256 });
  if (!ready) throw new Error("the upload's row vanished");
  return ready;
}
