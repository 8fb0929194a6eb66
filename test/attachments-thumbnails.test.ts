import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { UNSENT_ATTACHMENT_RETENTION_MS } from "../api/cleanup/jobs.ts";
import { runCleanup } from "../api/cleanup/run.ts";
import { thumbnailKey } from "../durable/index.ts";
import { binaryFile, download, pngImage, upload } from "./helpers/attachments.ts";
import { api, drain, openDialog, users } from "./helpers/messaging.ts";

describe("thumbnails of images (Images binding)", () => {
  it("are a WebP at most 320 px on the longer side, with the image's proportions", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const photo = await upload(alice, await pngImage(640, 480), "image/png", "wide.png");
    expect(photo.mimeType).toBe("image/png");

    const res = await download(alice, `${photo.id}?variant=thumb`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/webp");
    const thumb = new Uint8Array(await res.arrayBuffer());
    // RIFF....WEBP: really a WebP, and really resized (a silently skipped resize keeps 640 × 480).
    expect(new TextDecoder().decode(thumb.subarray(8, 12))).toBe("WEBP");
    const info = await env.IMAGES.info(new Blob([thumb]).stream());
    expect(info).toMatchObject({ width: 320, height: 240 });

    const again = await download(alice, `${photo.id}?variant=thumb`, {
      "if-none-match": res.headers.get("etag") ?? "",
    });
    expect(again.status).toBe(304);
  });

  it("are made once and kept beside the original in R2, and go with it", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const photo = await upload(alice, await pngImage(400, 400), "image/png", "square.png");
    const first = await download(alice, `${photo.id}?variant=thumb`);
    expect(first.status).toBe(200);
    const made = new Uint8Array(await first.arrayBuffer());
    const kept = await env.ATTACHMENTS.get(thumbnailKey(photo.id));
    expect(new Uint8Array((await kept?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(made);

    // The next request reads what is kept (a resize would not answer these bytes).
    await env.ATTACHMENTS.put(thumbnailKey(photo.id), "kept bytes");
    const second = await download(alice, `${photo.id}?variant=thumb`);
    expect(second.status).toBe(200);
    expect(await second.text()).toBe("kept bytes");
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));

    // Sent, then deleted for everyone: the original and its thumbnail leave R2 together.
    const chatId = await openDialog(alice, bob);
    const sent = await api<{ seq: number }>(alice, "POST", `/chats/${chatId}/messages`, {
      clientMessageId: "thumb-1",
      attachmentIds: [photo.id],
    });
    expect(sent.status).toBe(201);
    await drain(chatId);
    const gone = await api(alice, "DELETE", `/chats/${chatId}/messages/${sent.body.data.seq}?forEveryone=true`);
    expect(gone.status).toBe(200);
    await drain(chatId);
    expect(await env.ATTACHMENTS.head(photo.id)).toBeNull();
    expect(await env.ATTACHMENTS.head(thumbnailKey(photo.id))).toBeNull();
  });

  it("go with an unsent upload when the cleanup removes it", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const photo = await upload(alice, await pngImage(64, 64), "image/png", "small.png");
    expect((await download(alice, `${photo.id}?variant=thumb`)).status).toBe(200);
    expect(await env.ATTACHMENTS.head(thumbnailKey(photo.id))).not.toBeNull();
    await env.DB.prepare("UPDATE attachments SET created_at = ? WHERE id = ?")
      .bind(Date.now() - UNSENT_ATTACHMENT_RETENTION_MS - 1, photo.id)
      .run();
    await runCleanup({ db: env.DB, attachments: env.ATTACHMENTS });
    expect(await env.ATTACHMENTS.head(photo.id)).toBeNull();
    expect(await env.ATTACHMENTS.head(thumbnailKey(photo.id))).toBeNull();
  });

  it("do not exist for other files (404 NO_THUMBNAIL); an unknown variant is 400", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const file = await upload(alice, binaryFile(100), "application/octet-stream");
    const res = await download(alice, `${file.id}?variant=thumb`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "NO_THUMBNAIL" } });
    expect((await download(alice, `${file.id}?variant=huge`)).status).toBe(400);
  });
});
