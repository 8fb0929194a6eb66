import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { binaryFile, download, PNG_HEAD, sha256Hex } from "./helpers/attachments.ts";
import { api, openDialog, type TestUser, users } from "./helpers/messaging.ts";

// Presigned uploads inside workerd: the routes, the checks on completion, quota and bad input. The
// client's PUT to the URL is stood in for by writing the object into the same local bucket (the S3
// API is served by wrangler dev, not inside the test runtime); test-browser/attachments-presigned.test.ts
// does the real PUT against wrangler dev.

type Presigned = { id: string; method: string; url: string; headers: Record<string, string>; expiresAt: number };
type Envelope = { success: boolean; error: { code: string; details?: unknown } };

async function start(user: TestUser, body: Record<string, unknown>) {
  return api<Presigned>(user, "POST", "/attachments/presigned", {
    name: "photo.png",
    mimeType: "image/png",
    ...body,
  });
}

async function row(id: string) {
  return env.DB.prepare("SELECT state, size, presigned_until FROM attachments WHERE id = ?")
    .bind(id)
    .first<{ state: string; size: number; presigned_until: number | null }>();
}

describe("presigned uploads (experimental)", () => {
  it("sign a PUT for the local bucket's S3 API, then check what arrived and make it an attachment", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const bytes = binaryFile(5000, PNG_HEAD);
    const started = await start(alice, { size: bytes.length, sha256: await sha256Hex(bytes) });
    expect(started.status).toBe(201);
    const { id, url, headers, method, expiresAt } = started.body.data;
    expect(method).toBe("PUT");
    const signed = new URL(url);
    expect(signed.pathname).toBe(`/cdn-cgi/local/r2/s3/big-gateway-dev-attachments/${id}`);
    expect(signed.searchParams.get("X-Amz-SignedHeaders")).toBe("content-length;host;if-none-match");
    expect(signed.searchParams.get("X-Amz-Expires")).toBe("900");
    expect(headers).toEqual({ "content-length": "5000", "if-none-match": "*" });
    expect(expiresAt).toBeGreaterThan(Date.now());
    // No token anywhere in the URL.
    expect(url).not.toContain(alice.accessToken);

    const early = await api(alice, "POST", `/attachments/presigned/${id}/complete`);
    expect(early.status).toBe(409);
    expect((early.body as unknown as Envelope).error.code).toBe("UPLOAD_NOT_RECEIVED");
    // Not downloadable, not sendable while pending.
    expect((await download(alice, id)).status).toBe(404);

    await env.ATTACHMENTS.put(id, bytes);
    const done = await api<{ id: string; size: number; mimeType: string; sha256: string }>(
      alice,
      "POST",
      `/attachments/presigned/${id}/complete`,
    );
    expect(done.status).toBe(201);
    expect(done.body.data).toMatchObject({ id, size: 5000, mimeType: "image/png", sha256: await sha256Hex(bytes) });
    const got = await download(alice, id);
    expect(got.status).toBe(200);
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(bytes);
    // Done once: completing again is 404, like any upload that is no longer open.
    expect((await api(alice, "POST", `/attachments/presigned/${id}/complete`)).status).toBe(404);
  });

  it("reject bytes of another size or hash: deleted, upload closed, quota freed", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const short = await start(alice, { size: 1000 });
    await env.ATTACHMENTS.put(short.body.data.id, binaryFile(999));
    const sized = await api(alice, "POST", `/attachments/presigned/${short.body.data.id}/complete`);
    expect(sized.status).toBe(400);
    expect(sized.body).toMatchObject({
      error: { code: "UPLOAD_SIZE_MISMATCH", details: { declared: 1000, received: 999 } },
    });
    expect(await env.ATTACHMENTS.head(short.body.data.id)).toBeNull();
    expect(await row(short.body.data.id)).toEqual({ state: "closed", size: 0, presigned_until: null });
    // Nothing to send either.
    const [bob] = await users(1);
    if (!bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    const sent = await api(alice, "POST", `/chats/${chatId}/messages`, {
      clientMessageId: "closed-upload",
      attachmentIds: [short.body.data.id],
    });
    expect(sent.status).toBe(400);
    expect((sent.body as unknown as Envelope).error.code).toBe("ATTACHMENT_NOT_FOUND");

    const hashed = await start(alice, { size: 100, sha256: "0".repeat(64) });
    await env.ATTACHMENTS.put(hashed.body.data.id, binaryFile(100));
    const wrong = await api(alice, "POST", `/attachments/presigned/${hashed.body.data.id}/complete`);
    expect(wrong.status).toBe(400);
    expect((wrong.body as unknown as Envelope).error.code).toBe("UPLOAD_SHA256_MISMATCH");
    expect(await env.ATTACHMENTS.head(hashed.body.data.id)).toBeNull();
    // A closed upload cannot be completed any more.
    expect((await api(alice, "POST", `/attachments/presigned/${hashed.body.data.id}/complete`)).status).toBe(404);

    // vitest.config.ts: 6 MiB a day. The closed uploads count for nothing: the whole quota is free.
    const whole = await start(alice, { size: 6 * 1_048_576 });
    expect(whole.status).toBe(201);
    expect((await start(alice, { size: 1 })).status).toBe(429);
  });

  it("an upload whose URL expired with nothing received is closed on completion", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const started = await start(alice, { size: 10 });
    await env.DB.prepare("UPDATE attachments SET presigned_until = ? WHERE id = ?")
      .bind(Date.now() - 1, started.body.data.id)
      .run();
    const late = await api(alice, "POST", `/attachments/presigned/${started.body.data.id}/complete`);
    expect(late.status).toBe(409);
    expect((late.body as unknown as Envelope).error.code).toBe("UPLOAD_EXPIRED");
    expect((await row(started.body.data.id))?.state).toBe("closed");
  });

  it("bad input is 400/401/413/415, someone else's upload 404, never a 5xx", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const cases: [Record<string, unknown>, number][] = [
      [{ size: 0 }, 400],
      [{ size: 1.5 }, 400],
      [{ size: "big" }, 400],
      [{ size: 10, sha256: "XYZ" }, 400],
      [{ size: 10, extra: true }, 400],
      [{ size: 10, name: "" }, 400],
      [{ size: 2 ** 31 + 1 }, 413],
    ];
    for (const [body, status] of cases) {
      const res = await start(alice, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.success).toBe(false);
    }
    const noJson = await api(alice, "POST", "/attachments/presigned", "size=1", { "content-type": "text/plain" });
    expect(noJson.status).toBe(415);
    expect((await api(null, "POST", "/attachments/presigned", { name: "a", mimeType: "a/b", size: 1 })).status).toBe(
      401,
    );

    const mine = await start(alice, { size: 10 });
    await env.ATTACHMENTS.put(mine.body.data.id, binaryFile(10));
    expect((await api(bob, "POST", `/attachments/presigned/${mine.body.data.id}/complete`)).status).toBe(404);
    expect((await api(alice, "POST", "/attachments/presigned/not-an-id/complete")).status).toBe(400);
    expect(
      (await api(alice, "POST", "/attachments/presigned/att_0000000000000000000000000000dead/complete")).status,
    ).toBe(404);
    // A streamed upload's pending row is not a presigned upload.
    await env.DB.prepare(
      `INSERT INTO attachments (id, owner_id, state, name, size, mime_type, declared_type, created_at)
       VALUES ('att_streaming0000000000000000000000', ?, 'pending', 'x', 10, 'application/octet-stream', 'application/octet-stream', ?)`,
    )
      .bind(alice.userId, Date.now())
      .run();
    expect(
      (await api(alice, "POST", "/attachments/presigned/att_streaming0000000000000000000000/complete")).status,
    ).toBe(404);
    // Bob's upload attempt did nothing to Alice's.
    expect((await api(alice, "POST", `/attachments/presigned/${mine.body.data.id}/complete`)).status).toBe(201);
  });
});
