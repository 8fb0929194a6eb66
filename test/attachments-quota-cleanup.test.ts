import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { UNSENT_ATTACHMENT_RETENTION_MS } from "../api/cleanup/jobs.ts";
import worker from "../api/index.ts";
import { binaryFile, upload, uploadRaw } from "./helpers/attachments.ts";
import { api, openDialog, users } from "./helpers/messaging.ts";

// vitest.config.ts: ATTACHMENT_MAX_BYTES 1 MiB, a daily quota of 6 MiB and a total of 10 MiB.
const MiB = 1_048_576;

describe("the upload quota", () => {
  it("counts today's bytes (429 + Retry-After until UTC midnight) and all stored bytes (413)", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    for (let i = 0; i < 6; i++) await upload(alice, binaryFile(MiB), "application/octet-stream");
    const daily = await uploadRaw(alice, binaryFile(1), { "content-type": "application/octet-stream" });
    expect(daily.status).toBe(429);
    const retryAfter = Number(daily.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    expect(await daily.json()).toMatchObject({ error: { code: "QUOTA_EXCEEDED", details: { dailyBytes: 6 * MiB } } });

    // Bob uploaded 9.5 MiB on earlier days: today's quota is free, his total is not.
    await env.DB.prepare(
      `INSERT INTO attachments (id, owner_id, state, name, size, mime_type, declared_type, sha256, created_at)
       VALUES ('att_old0000000000000000000000000000', ?, 'ready', 'old.bin', ?, 'application/octet-stream', 'application/octet-stream', 'x', ?)`,
    )
      .bind(bob.userId, 9.5 * MiB, Date.now() - 3 * 86_400_000)
      .run();
    const total = await uploadRaw(bob, binaryFile(MiB), { "content-type": "application/octet-stream" });
    expect(total.status).toBe(413);
    expect(await total.json()).toMatchObject({ error: { code: "QUOTA_EXCEEDED", details: { totalBytes: 10 * MiB } } });
    const small = await uploadRaw(bob, binaryFile(1000), { "content-type": "application/octet-stream" });
    expect(small.status).toBe(201);
    await small.arrayBuffer();
  });
});

describe("the cleanup of unsent uploads", () => {
  it("deletes attachments never sent after 24 h, bytes included, and keeps sent and recent ones", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const unsent = await upload(alice, binaryFile(100), "application/octet-stream");
    const sent = await upload(alice, binaryFile(100), "application/octet-stream");
    const recent = await upload(alice, binaryFile(100), "application/octet-stream");
    const chatId = await openDialog(alice, bob);
    const res = await api(alice, "POST", `/chats/${chatId}/messages`, {
      clientMessageId: "c1",
      attachmentIds: [sent.id],
    });
    expect(res.status).toBe(201);
    // An interrupted upload's pending row, with no bytes.
    await env.DB.prepare(
      `INSERT INTO attachments (id, owner_id, state, name, size, mime_type, declared_type, created_at)
       VALUES ('att_pending000000000000000000000000', ?, 'pending', 'x', 10, 'application/octet-stream', 'application/octet-stream', ?)`,
    )
      .bind(alice.userId, Date.now() - UNSENT_ATTACHMENT_RETENTION_MS - 1)
      .run();
    // A multipart upload abandoned after one part.
    const abandoned = await api<{ id: string }>(alice, "POST", "/attachments/uploads", {
      name: "big.bin",
      mimeType: "application/octet-stream",
      size: 5.5 * MiB,
    });
    expect(abandoned.status).toBe(201);
    const part = await exports.default.fetch(
      `http://gateway/api/v1/attachments/uploads/${abandoned.body.data.id}/parts/1`,
      { method: "PUT", headers: alice.authHeader, body: binaryFile(5 * MiB) },
    );
    expect(part.status).toBe(200);
    const uploadId = (
      await env.DB.prepare("SELECT multipart_upload_id AS u FROM attachments WHERE id = ?")
        .bind(abandoned.body.data.id)
        .first<{ u: string }>()
    )?.u;
    const dayAgo = Date.now() - UNSENT_ATTACHMENT_RETENTION_MS - 1;
    await env.DB.prepare("UPDATE attachments SET created_at = ? WHERE id IN (?, ?, ?)")
      .bind(dayAgo, unsent.id, sent.id, abandoned.body.data.id)
      .run();
    await env.DB.prepare("UPDATE attachment_parts SET created_at = ?").bind(dayAgo).run();

    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "*/30 * * * *" }), env, ctx);
    await waitOnExecutionContext(ctx);

    const { results } = await env.DB.prepare("SELECT id FROM attachments WHERE owner_id = ? ORDER BY id")
      .bind(alice.userId)
      .all<{ id: string }>();
    expect(results.map((r) => r.id).sort()).toEqual([recent.id, sent.id].sort());
    expect(await env.ATTACHMENTS.head(unsent.id)).toBeNull();
    expect(await env.ATTACHMENTS.head(sent.id)).not.toBeNull();
    expect(await env.ATTACHMENTS.head(recent.id)).not.toBeNull();
    // The abandoned upload was aborted in R2 and its parts list is gone.
    await expect(
      env.ATTACHMENTS.resumeMultipartUpload(abandoned.body.data.id, uploadId ?? "").uploadPart(2, "x"),
    ).rejects.toThrow();
    const parts = await env.DB.prepare("SELECT COUNT(*) AS n FROM attachment_parts WHERE attachment_id = ?")
      .bind(abandoned.body.data.id)
      .first<{ n: number }>();
    expect(parts?.n).toBe(0);
  });
});
