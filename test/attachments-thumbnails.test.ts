import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { binaryFile, download, pngImage, upload } from "./helpers/attachments.ts";
import { users } from "./helpers/messaging.ts";

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
