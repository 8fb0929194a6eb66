import { ATTACHMENT_NAME_MAX } from "../../openapi/attachments.ts";
import type { Config } from "../env.ts";
import { ApiError } from "../errors.ts";
import { storageUnavailable, streamExactly } from "./exact-stream.ts";
import { sanitiseFileName } from "./serving.ts";
import { normaliseMimeType, SNIFF_BYTES, trustedMimeType } from "./sniff.ts";
import { type AttachmentRow, dayStart, forgetAttachment, markReady, newAttachmentId, reservePending } from "./store.ts";

type UploadRequest = {
  ownerId: string;
  body: ReadableStream<Uint8Array> | null;
  contentLength: string | undefined;
  contentType: string | undefined;
  name: string | undefined;
  now: number;
};

/** The declared length, checked before a byte of the body is read. */
export function declaredLength(header: string | undefined, maxBytes: number): number {
  if (header === undefined) {
    throw new ApiError(411, "LENGTH_REQUIRED", "Send the file's size as Content-Length (chunked uploads are refused)");
  }
  if (!/^\d{1,16}$/.test(header.trim())) throw ApiError.badRequest("Content-Length must be a number of bytes");
  const length = Number(header.trim());
  if (length === 0) throw ApiError.badRequest("The file is empty", undefined, "EMPTY_FILE");
  if (length > maxBytes) {
    throw new ApiError(413, "PAYLOAD_TOO_LARGE", `A file may have at most ${maxBytes} bytes`, {
      details: { maxBytes },
    });
  }
  return length;
}

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * Watches a file's bytes go by once: keeps the first SNIFF_BYTES (for its type) and feeds a
 * SHA-256, holding nothing else.
 */
export function fileObserver() {
  const head = new Uint8Array(SNIFF_BYTES);
  let kept = 0;
  const digest = new crypto.DigestStream("SHA-256");
  const hashing = digest.getWriter();
  return {
    async observe(chunk: Uint8Array) {
      if (kept < SNIFF_BYTES) {
        const take = chunk.subarray(0, SNIFF_BYTES - kept);
        head.set(take, kept);
        kept += take.length;
      }
      await hashing.write(chunk);
    },
    /** Its SHA-256 (hex) and the type its first bytes make trustworthy. */
    async finish(declaredType: string): Promise<{ sha256: string; mimeType: string }> {
      await hashing.close();
      return {
        sha256: hex(await digest.digest),
        mimeType: await trustedMimeType(head.subarray(0, kept), declaredType),
      };
    },
  };
}

/** 413 for the total quota, 429 until the next UTC midnight for the daily one. */
export function refuseOverQuota(
  reservation: "reserved" | "daily" | "total",
  config: Config["attachments"],
  now: number,
): void {
  if (reservation === "total") {
    throw new ApiError(413, "QUOTA_EXCEEDED", `Your files may take at most ${config.totalBytes} bytes`, {
      details: { totalBytes: config.totalBytes },
    });
  }
  if (reservation === "daily") {
    const retryAfter = Math.ceil((dayStart(now) + 86_400_000 - now) / 1000);
    throw new ApiError(429, "QUOTA_EXCEEDED", `You may upload at most ${config.dailyBytes} bytes a day`, {
      retryAfter,
      details: { dailyBytes: config.dailyBytes, retryAfter },
    });
  }
}

/**
 * A new pending attachment of `size` declared bytes, its quota reserved first (413/429 when over,
 * with nothing stored): every way in (streamed, multipart, presigned) starts here.
 */
export async function reserveUpload(
  db: D1Database,
  config: Config["attachments"],
  request: { ownerId: string; name: string | undefined; mimeType: string | undefined; size: number; now: number },
): Promise<{ id: string; declaredType: string }> {
  const id = newAttachmentId();
  const declaredType = normaliseMimeType(request.mimeType);
  const reservation = await reservePending(
    db,
    {
      id,
      owner_id: request.ownerId,
      name: sanitiseFileName(request.name, ATTACHMENT_NAME_MAX),
      size: request.size,
      mime_type: declaredType,
      declared_type: declaredType,
      created_at: request.now,
    },
    config,
  );
  refuseOverQuota(reservation, config, request.now);
  return { id, declaredType };
}

/** 413 for a file larger than a multipart (or presigned) upload may carry, before anything is stored. */
export function refuseOverMultipartLimit(size: number, config: Config["attachments"]): void {
  if (size > config.maxBytesMultipart) {
    throw new ApiError(413, "PAYLOAD_TOO_LARGE", `A file may have at most ${config.maxBytesMultipart} bytes`, {
      details: { maxBytes: config.maxBytesMultipart },
    });
  }
}

/** Consumes a file's bytes once: its SHA-256 (hex) and the type its first bytes make trustworthy. */
export async function digestAndSniff(
  body: ReadableStream<Uint8Array>,
  declaredType: string,
): Promise<{ sha256: string; mimeType: string }> {
  const observer = fileObserver();
  const reader = body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) await observer.observe(next.value);
  return observer.finish(declaredType);
}

/**
 * Streams an upload into R2 under a new id: quota reserved first (the declared size, in D1), then
 * the body flows into R2, each chunk seen on the way by a head keeper (for sniffing) and a SHA-256
 * (api/attachments/exact-stream.ts: a body shorter or longer than declared is 400, a storage fault
 * 503). Nothing is buffered whole. A failed upload leaves neither a row nor bytes behind.
 */
export async function storeUpload(
  db: D1Database,
  bucket: R2Bucket,
  config: Config["attachments"],
  request: UploadRequest,
): Promise<AttachmentRow> {
  const length = declaredLength(request.contentLength, config.maxBytes);
  const { id, declaredType } = await reserveUpload(db, config, {
    ownerId: request.ownerId,
    name: request.name,
    mimeType: request.contentType,
    size: length,
    now: request.now,
  });
  if (!request.body) {
    await forgetAttachment(db, id);
    throw ApiError.badRequest("The request has no body", undefined, "EMPTY_FILE");
  }

  try {
    const observer = fileObserver();
    const object = await streamExactly(request.body, length, (readable) => bucket.put(id, readable), observer.observe);
    if (!object) throw storageUnavailable();
    const { sha256, mimeType } = await observer.finish(declaredType);
    const row = await markReady(db, id, { size: object.size, mimeType, sha256 });
    if (!row) throw new Error("the pending row vanished during the upload");
    return row;
  } catch (error) {
    await bucket.delete(id).catch(() => {});
    await forgetAttachment(db, id);
    throw error;
  }
}
