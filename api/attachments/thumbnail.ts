import { THUMBNAIL_MAX_PIXELS } from "../../openapi/attachments.ts";
import { ApiError } from "../errors.ts";
import { isInline, matchesEtag } from "./serving.ts";
import type { AttachmentRow } from "./store.ts";

/**
 * A WebP of an image attachment, at most THUMBNAIL_MAX_PIXELS on its longer side, made by the
 * Images binding (Sharp under wrangler dev and in tests). Not stored: made on request and cached by
 * the client (it never changes). Without a working Images binding the answer says so (503).
 */
export async function serveThumbnail(
  images: ImagesBinding | undefined,
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
  if (!images) throw unavailable();
  const object = await bucket.get(row.id);
  if (!object) throw ApiError.notFound("Attachment not found");
  try {
    const result = await images
      .input(object.body)
      .transform({ width: THUMBNAIL_MAX_PIXELS, height: THUMBNAIL_MAX_PIXELS, fit: "scale-down" })
      .output({ format: "image/webp" });
    return new Response(result.image(), { status: 200, headers });
  } catch {
    // A file whose first bytes looked like an image but that does not decode, or no image backend.
    throw unavailable();
  }
}

function unavailable() {
  return new ApiError(503, "THUMBNAILS_UNAVAILABLE", "Thumbnails cannot be made right now");
}
