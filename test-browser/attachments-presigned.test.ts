import { createHash } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { createClient, memoryTokenStore, uploadAttachmentPresigned } from "../sdk/index.ts";
import { signIn } from "../tools/bench/sign-in.mjs";
import { BROWSER_TEST_NUMBERS, TEST_NUMBER_PAIRS } from "./start-worker.ts";

// Presigned uploads end to end under `wrangler dev`: the Worker signs, the bytes go by a real PUT to
// the S3 API that wrangler serves for the local bucket (local_dev.experimental_s3_credentials in
// wrangler.toml [env.dev]), never through the Worker, and the Worker checks what arrived.

const gatewayUrl = inject("gatewayUrl");

type Presigned = { id: string; url: string; headers: Record<string, string> };

/** A PNG signature, then bytes that are not all alike. */
function pngLikeFile(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) % 256;
  bytes.set([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
  ]);
  return bytes;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function call<T>(token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${gatewayUrl}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { success: boolean; data: T; error?: { code: string } } };
}

describe("presigned uploads under wrangler dev", () => {
  it("a real PUT to the signed URL, checked and served by the API; tampered, unsigned-header and second PUTs refused", async () => {
    const [phone] = TEST_NUMBER_PAIRS.presigned;
    const { accessToken } = await signIn(gatewayUrl, phone, BROWSER_TEST_NUMBERS.code);
    const bytes = pngLikeFile(300_000);
    const started = await call<Presigned>(accessToken, "POST", "/attachments/presigned", {
      name: "direct.png",
      mimeType: "image/png",
      size: bytes.length,
      sha256: sha256(bytes),
    });
    expect(started.status).toBe(201);
    const { id, url, headers } = started.body.data;
    expect(new URL(url).origin).toBe(new URL(gatewayUrl).origin);

    // An altered signature, and the right one without the signed If-None-Match: refused, nothing stored.
    const tampered = new URL(url);
    tampered.searchParams.set("X-Amz-Signature", "0".repeat(64));
    expect((await fetch(tampered, { method: "PUT", headers, body: bytes })).status).toBe(403);
    expect((await fetch(url, { method: "PUT", body: bytes })).status).toBe(403);
    const notYet = await call(accessToken, "POST", `/attachments/presigned/${id}/complete`);
    expect(notYet.status).toBe(409);
    expect(notYet.body.error?.code).toBe("UPLOAD_NOT_RECEIVED");

    const put = await fetch(url, { method: "PUT", headers: { "if-none-match": "*" }, body: bytes });
    expect(put.status, await put.clone().text()).toBe(200);
    // The URL cannot replace what it put (If-None-Match: * is signed).
    const again = await fetch(url, {
      method: "PUT",
      headers: { "if-none-match": "*" },
      body: pngLikeFile(300_000).reverse(),
    });
    expect(again.status).toBe(412);

    const done = await call<{ id: string; size: number; mimeType: string; sha256: string }>(
      accessToken,
      "POST",
      `/attachments/presigned/${id}/complete`,
    );
    expect(done.status).toBe(201);
    expect(done.body.data).toEqual({
      id,
      name: "direct.png",
      size: 300_000,
      mimeType: "image/png",
      sha256: sha256(bytes),
    });
    const download = await fetch(`${gatewayUrl}/api/v1/attachments/${id}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(download.status).toBe(200);
    expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(bytes));
  });

  it("the SDK's uploadAttachmentPresigned does the three steps", async () => {
    const [, phone] = TEST_NUMBER_PAIRS.presigned;
    const tokens = await signIn(gatewayUrl, phone, BROWSER_TEST_NUMBERS.code);
    const session = memoryTokenStore(tokens);
    const api = createClient({ baseUrl: gatewayUrl, session });
    const bytes = pngLikeFile(70_000);
    const file = new File([bytes], "sdk.png", { type: "image/png" });
    const uploaded = await uploadAttachmentPresigned(api, file, { sha256: sha256(bytes) });
    expect(uploaded.response.status).toBe(201);
    expect(uploaded.data?.data).toMatchObject({
      name: "sdk.png",
      size: 70_000,
      mimeType: "image/png",
      sha256: sha256(bytes),
    });
  });
});
