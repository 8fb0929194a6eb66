import { thumbnailKey } from "../../durable/index.ts";
import { THUMBNAIL_MAX_PIXELS } from "../../openapi/attachments.ts";
import { ApiError } from "../errors.ts";
import { isInline, matchesEtag } from "./serving.ts";
import { type AttachmentRow, findAttachment } from "./store.ts";

/**
 * A WebP of an image attachment, at most THUMBNAIL_MAX_PIXELS on its longer side, made by the
 * Images binding (Sharp under wrangler dev and in tests) the first time it is asked for and kept in
 * R2 beside the original (thumbnailKey): later requests read it back instead of resizing again.
 * It goes whenever the attachment goes (every deletion deletes attachmentObjectKeys). Without a
 * working Images binding the answer says so (503).
 */
export async function serveThumbnail(
  images: ImagesBinding | undefined,
  db: D1Database,
  bucket: R2Bucket,
  row: AttachmentRow,
  ifNoneMatch: string | undefined,
  cacheControl: string,
): Promise<Response> {
  if (!row.mime_type.startsWith("image/") || !isInline(row.mime_type)) {
    throw ApiError.notFound("This file has no thumbnail", "NO_THUMBNAIL");
  }
  const etag = `"${row.sha256}-thumb"`;
  const headers = new Headers({
    ETag: etag,
    "Cache-Control": cacheControl,
    "Content-Type": "image/webp",
    "Content-Disposition": `inline; filename="thumbnail.webp"`,
  });
  if (matchesEtag(ifNoneMatch, etag)) return new Response(null, { status: 304, headers });
  const cached = await bucket.get(thumbnailKey(row.id));
  if (cached) return new Response(cached.body, { status: 200, headers });
  const thumbnail = await makeThumbnail(images, bucket, row.id);
  await bucket.put(thumbnailKey(row.id), thumbnail, { httpMetadata: { contentType: "image/webp" } });
  // Deleted while the thumbnail was made: its deletion did not see this key, so it goes now.
  if (!(await findAttachment(db, row.id))) await bucket.delete(thumbnailKey(row.id));
  return new Response(thumbnail, { status: 200, headers });
}

async function makeThumbnail(images: ImagesBinding | undefined, bucket: R2Bucket, id: string): Promise<ArrayBuffer> {
  if (!images) throw unavailable();
  const object = await bucket.get(id);
  if (!object) throw ApiError.notFound("Attachment not found");
  try {
    const result = await images
      .input(object.body)
      .transform({ width: THUMBNAIL_MAX_PIXELS, height: THUMBNAIL_MAX_PIXELS, fit: "scale-down" })
      .output({ format: "image/webp" });
    // A few KB at 320 px: held whole, to be both stored and sent.
    return await new Response(result.image()).arrayBuffer();
  } catch {
    // A file whose first bytes looked like an image but that does not decode, or no image backend.
    throw unavailable();
  }
}

function unavailable() {
  return new ApiError(503, "THUMBNAILS_UNAVAILABLE", "Thumbnails cannot be made right now");
}
