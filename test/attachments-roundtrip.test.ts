import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { binaryFile, download, PNG_HEAD, sha256Hex, upload, uploadRaw } from "./helpers/attachments.ts";
import { users } from "./helpers/messaging.ts";

describe("uploading and downloading a file", () => {
  it("stores a binary file byte for byte with its sha256, and serves it back to its owner", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("no user");
    const bytes = binaryFile(300_000);
    const stored = await upload(alice, bytes, "application/octet-stream", "data.bin");
    expect(stored).toEqual({
      id: expect.stringMatching(/^att_[0-9a-f]{32}$/),
      name: "data.bin",
      size: 300_000,
      mimeType: "application/octet-stream",
      sha256: await sha256Hex(bytes),
    });
    expect((await env.ATTACHMENTS.head(stored.id))?.size).toBe(300_000);

    const res = await download(alice, stored.id);
    expect(res.status).toBe(200);
    const back = new Uint8Array(await res.arrayBuffer());
    expect(await sha256Hex(back)).toBe(stored.sha256);
    expect(res.headers.get("content-length")).toBe("300000");
    expect(res.headers.get("etag")).toBe(`"${stored.sha256}"`);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="data.bin"; filename*=UTF-8''data.bin`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("sandbox");
  });

  it("trusts a sniffed image type and shows that image inline", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("no user");
    const stored = await upload(alice, binaryFile(2_000, PNG_HEAD), "image/png", "dot.png");
    expect(stored.mimeType).toBe("image/png");
    const res = await download(alice, stored.id);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-disposition")).toMatch(/^inline; /);
    await res.arrayBuffer();
  });

  it("never serves a disguised HTML file inline or as HTML", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("no user");
    const html = new TextEncoder().encode("<!doctype html><html><script>fetch('/api/v1/me')</script></html>");
    // application/json and form types included: the upload route never parses its body.
    for (const declared of ["image/png", "text/html", "image/svg+xml", "application/json", "multipart/form-data"]) {
      const stored = await upload(alice, html, declared, "cat.png");
      expect(stored.mimeType).toBe("application/octet-stream");
      const res = await download(alice, stored.id);
      expect(res.headers.get("content-type")).toBe("application/octet-stream");
      expect(res.headers.get("content-disposition")).toMatch(/^attachment; /);
      expect(res.headers.get("content-security-policy")).toContain("sandbox");
      expect(new TextDecoder().decode(await res.arrayBuffer())).toContain("<script>");
    }
  });

  it("answers 413 from the declared Content-Length before reading the body", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("no user");
    let pulls = 0;
    // A body that never ends: reading it would hang the request, not answer it.
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const tooBig = String(1_048_576 + 1);
    const res = await uploadRaw(alice, endless, {
      "content-type": "application/octet-stream",
      "content-length": tooBig,
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { success: boolean; error: { code: string; details: unknown } };
    expect(body).toMatchObject({
      success: false,
      error: { code: "PAYLOAD_TOO_LARGE", details: { maxBytes: 1_048_576 } },
    });
    // At most what the runtime reads ahead; nowhere near the declared megabyte.
    expect(pulls * 64 * 1024).toBeLessThan(1_048_576);
    const { results } = await env.DB.prepare("SELECT id FROM attachments WHERE owner_id = ?").bind(alice.userId).all();
    expect(results).toEqual([]);
  });
});
