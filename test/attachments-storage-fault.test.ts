import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { storeUpload } from "../api/attachments/upload.ts";
import { ApiError } from "../api/errors.ts";
import { binaryFile, uploadRaw } from "./helpers/attachments.ts";
import { users } from "./helpers/messaging.ts";

// A body that ends early is the client's fault (400); storage that fails to take a complete body is
// ours (503 + Retry-After). Either way nothing is left behind and the quota is released.

const LIMITS = {
  maxBytes: 1_048_576,
  maxBytesMultipart: 2 ** 31,
  dailyBytes: 6_291_456,
  totalBytes: 10_485_760,
  presigned: null,
};

function streamOf(bytes: Uint8Array, chunk = 1000, failAfter?: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (failAfter !== undefined && offset >= failAfter) {
        controller.error(new Error("the client went away"));
        return;
      }
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(offset, offset + chunk));
      offset += chunk;
    },
  });
}

/**
 * The real local R2 bucket, with the stream into it cut after `cutAfter` bytes: R2's put then fails
 * for real, as it would if the Worker lost storage mid-upload.
 */
function bucketThatFailsAfter(cutAfter: number): R2Bucket {
  const cut = (readable: ReadableStream<Uint8Array>) => {
    let seen = 0;
    return readable.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          seen += chunk.byteLength;
          if (seen > cutAfter) controller.error(new Error("storage connection lost"));
          else controller.enqueue(chunk);
        },
      }),
    );
  };
  return new Proxy(env.ATTACHMENTS, {
    get(target, name) {
      if (name === "put") return (key: string, value: ReadableStream<Uint8Array>) => target.put(key, cut(value));
      const member = Reflect.get(target, name);
      return typeof member === "function" ? member.bind(target) : member;
    },
  });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

/** Every key in the bucket: other test files that ran before in this runtime may have left some. */
async function storedKeys(): Promise<string[]> {
  const keys: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await env.ATTACHMENTS.list({ cursor });
    keys.push(...page.objects.map((object) => object.key));
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return keys;
}

async function ownedRows(ownerId: string): Promise<number> {
  const row = await env.DB.prepare("SELECT COUNT(*) AS n FROM attachments WHERE owner_id = ?")
    .bind(ownerId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

describe("whose fault a failed upload is", () => {
  it("a storage failure with a complete body is 503 STORAGE_UNAVAILABLE + Retry-After, nothing kept", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const keysBefore = await storedKeys();
    const bytes = binaryFile(50_000);
    const error = await failure(
      storeUpload(env.DB, bucketThatFailsAfter(20_000), LIMITS, {
        ownerId: alice.userId,
        body: streamOf(bytes),
        contentLength: String(bytes.length),
        contentType: "application/octet-stream",
        name: "a.bin",
        now: Date.now(),
      }),
    );
    expect(error.status).toBe(503);
    expect(error.code).toBe("STORAGE_UNAVAILABLE");
    expect(error.retryAfter).toBeGreaterThan(0);
    expect(await ownedRows(alice.userId)).toBe(0);
    expect((await storedKeys()).filter((key) => !keysBefore.includes(key))).toEqual([]);
  });

  it("a body that fails or ends early is 400 BODY_LENGTH_MISMATCH, with working storage", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const bytes = binaryFile(50_000);
    for (const body of [streamOf(bytes, 1000, 20_000), streamOf(bytes.subarray(0, 30_000))]) {
      const error = await failure(
        storeUpload(env.DB, env.ATTACHMENTS, LIMITS, {
          ownerId: alice.userId,
          body,
          contentLength: String(bytes.length),
          contentType: "application/octet-stream",
          name: "a.bin",
          now: Date.now(),
        }),
      );
      expect(error.status).toBe(400);
      expect(error.code).toBe("BODY_LENGTH_MISMATCH");
    }
    expect(await ownedRows(alice.userId)).toBe(0);
  });

  it("through the route: a body shorter than its Content-Length is a 400 envelope, never a 5xx", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const res = await uploadRaw(alice, streamOf(binaryFile(3000)), {
      "content-type": "application/octet-stream",
      "content-length": "5000",
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ success: false, error: { code: "BODY_LENGTH_MISMATCH" } });
    expect(await ownedRows(alice.userId)).toBe(0);
  });
});
