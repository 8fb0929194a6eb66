import { ApiError } from "../errors.ts";

// Streams a request body of a declared length into storage, one chunk at a time (never buffered
// whole), and says whose fault a failure was: a body that errors, ends early or runs long is the
// client's (400), storage that refuses the bytes of a complete, well-formed body is ours (503).

/** How long a client should wait before retrying an upload that storage refused. */
export const STORAGE_RETRY_AFTER_SECONDS = 5;

export function bodyLengthMismatch(length: number): ApiError {
  return ApiError.badRequest(
    `The body did not match Content-Length (${length} bytes)`,
    undefined,
    "BODY_LENGTH_MISMATCH",
  );
}

export function storageUnavailable(): ApiError {
  return new ApiError(503, "STORAGE_UNAVAILABLE", "File storage failed to take the upload: try again shortly", {
    retryAfter: STORAGE_RETRY_AFTER_SECONDS,
    details: { retryAfter: STORAGE_RETRY_AFTER_SECONDS },
  });
}

/**
 * Pumps `body` (exactly `length` bytes) into what `store` makes of a FixedLengthStream, showing each
 * chunk to `observe` first (hashing, sniffing). The pump reads the body itself, so it knows which
 * side failed: a read that throws, or a byte count other than `length`, is the body's fault;
 * a write or a `store` that rejects while the body was fine is storage's.
 */
export async function streamExactly<T>(
  body: ReadableStream<Uint8Array>,
  length: number,
  store: (readable: ReadableStream<Uint8Array>) => Promise<T>,
  observe: (chunk: Uint8Array) => void | Promise<void> = () => {},
): Promise<T> {
  const sized = new FixedLengthStream(length);
  const stored = store(sized.readable);
  // A store that fails stops the pump at once (a write into a stream nobody reads would wait for ever).
  const storeFailed = stored.then(
    () => new Promise<never>(() => {}),
    (error: unknown) => {
      throw error;
    },
  );
  storeFailed.catch(() => {});
  const reader = body.getReader();
  const writer = sized.writable.getWriter();
  let received = 0;
  try {
    for (;;) {
      const next = await reader.read().catch(() => {
        throw bodyLengthMismatch(length);
      });
      if (next.done) break;
      received += next.value.byteLength;
      if (received > length) throw bodyLengthMismatch(length);
      await observe(next.value);
      await Promise.race([writer.write(next.value), storeFailed]);
    }
    if (received !== length) throw bodyLengthMismatch(length);
    await Promise.race([writer.close(), storeFailed]);
  } catch (error) {
    writer.abort(error).catch(() => {});
    reader.cancel().catch(() => {});
    if (error instanceof ApiError) throw error;
    throw storageUnavailable();
  }
  try {
    return await stored;
  } catch {
    throw storageUnavailable();
  }
}
