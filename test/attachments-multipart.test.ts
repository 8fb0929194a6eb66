import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { MULTIPART_PART_BYTES } from "../openapi/attachment-uploads.ts";
import { binaryFile, download, PNG_HEAD, sha256Hex } from "./helpers/attachments.ts";
import { api, users } from "./helpers/messaging.ts";

type UploadState = { id: string; partSize: number; partCount: number; receivedParts: number[] };

function putPart(user: { authHeader: Record<string, string> }, id: string, part: number, bytes: Uint8Array) {
  return exports.default.fetch(`http://gateway/api/v1/attachments/uploads/${id}/parts/${part}`, {
    method: "PUT",
    headers: { ...user.authHeader, "content-type": "application/octet-stream" },
    body: bytes,
  });
}

describe("multipart uploads", () => {
  it("assemble a file larger than one upload request may carry, resumable by part", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    // ATTACHMENT_MAX_BYTES is 1 MiB in the tests: a single upload of this file is refused.
    const size = MULTIPART_PART_BYTES + 512 * 1024;
    const bytes = binaryFile(size, PNG_HEAD);
    const created = await api<UploadState>(alice, "POST", "/attachments/uploads", {
      name: "big.png",
      mimeType: "image/png",
      size,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { id, partSize, partCount } = created.body.data;
    expect({ partSize, partCount }).toEqual({ partSize: MULTIPART_PART_BYTES, partCount: 2 });

    // The last part first; a wrong-sized part is refused; the first part sent twice (a retry).
    const last = bytes.subarray(partSize);
    expect((await putPart(alice, id, 2, last)).status).toBe(200);
    const wrong = await putPart(alice, id, 1, bytes.subarray(0, 1000));
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe("PART_SIZE_MISMATCH");
    expect((await putPart(bob, id, 1, bytes.subarray(0, partSize))).status).toBe(404);

    const early = await api(alice, "POST", `/attachments/uploads/${id}/complete`);
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: "PARTS_MISSING", details: { missing: [1] } });
    const resumed = await api<UploadState>(alice, "GET", `/attachments/uploads/${id}`);
    expect(resumed.body.data.receivedParts).toEqual([2]);

    expect((await putPart(alice, id, 1, bytes.subarray(0, partSize))).status).toBe(200);
    expect((await putPart(alice, id, 1, bytes.subarray(0, partSize))).status).toBe(200);
    const done = await api<{ id: string; size: number; mimeType: string; sha256: string }>(
      alice,
      "POST",
      `/attachments/uploads/${id}/complete`,
    );
    expect(done.status, JSON.stringify(done.body)).toBe(201);
    expect(done.body.data).toMatchObject({ id, size, mimeType: "image/png", sha256: await sha256Hex(bytes) });

    const back = await download(alice, id);
    expect(back.status).toBe(200);
    expect(await sha256Hex(new Uint8Array(await back.arrayBuffer()))).toBe(done.body.data.sha256);
    // Finished: no longer an open upload.
    expect((await api(alice, "GET", `/attachments/uploads/${id}`)).status).toBe(404);
  });

  it("an aborted upload leaves no row and frees its quota; a file over the multipart limit is 413", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const created = await api<UploadState>(alice, "POST", "/attachments/uploads", {
      name: "x.bin",
      mimeType: "application/octet-stream",
      size: MULTIPART_PART_BYTES + 1000,
    });
    expect(created.status).toBe(201);
    const { id } = created.body.data;
    expect((await putPart(alice, id, 1, binaryFile(MULTIPART_PART_BYTES))).status).toBe(200);
    expect((await api(alice, "DELETE", `/attachments/uploads/${id}`)).status).toBe(200);
    const row = await env.DB.prepare("SELECT 1 FROM attachments WHERE id = ?").bind(id).first();
    expect(row).toBeNull();
    expect((await api(alice, "POST", `/attachments/uploads/${id}/complete`)).status).toBe(404);
    // Its 5 MiB no longer count: another 5 MiB fits the 6 MiB daily quota.
    const again = await api(alice, "POST", "/attachments/uploads", {
      name: "y.bin",
      mimeType: "application/octet-stream",
      size: MULTIPART_PART_BYTES,
    });
    expect(again.status).toBe(201);

    const huge = await api(alice, "POST", "/attachments/uploads", { name: "h", mimeType: "video/mp4", size: 2 ** 40 });
    expect(huge.status).toBe(413);
    const bad = await api(alice, "POST", "/attachments/uploads", { name: "", mimeType: "video/mp4", size: -1 });
    expect(bad.status).toBe(400);
  });
});
