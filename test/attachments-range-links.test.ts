import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { binaryFile, download, PNG_HEAD, upload } from "./helpers/attachments.ts";
import { api, users } from "./helpers/messaging.ts";

describe("partial and conditional downloads", () => {
  it("serves one Range as 206 with exactly those bytes, and 416 for a range past the end", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const bytes = binaryFile(10_000);
    const file = await upload(alice, bytes, "application/octet-stream");

    const middle = await download(alice, file.id, { range: "bytes=1000-1999" });
    expect(middle.status).toBe(206);
    expect(middle.headers.get("content-range")).toBe("bytes 1000-1999/10000");
    expect(middle.headers.get("content-length")).toBe("1000");
    expect(new Uint8Array(await middle.arrayBuffer())).toEqual(bytes.subarray(1000, 2000));

    const tail = await download(alice, file.id, { range: "bytes=-16" });
    expect(tail.status).toBe(206);
    expect(new Uint8Array(await tail.arrayBuffer())).toEqual(bytes.subarray(10_000 - 16));

    const past = await download(alice, file.id, { range: "bytes=10000-" });
    expect(past.status).toBe(416);
    expect(past.headers.get("content-range")).toBe("bytes */10000");
    expect(await past.json()).toMatchObject({ success: false, error: { code: "RANGE_NOT_SATISFIABLE" } });
  });

  it("answers 304 to If-None-Match with the ETag, and the file to any other tag", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const file = await upload(alice, binaryFile(500), "application/octet-stream");
    const first = await download(alice, file.id);
    const etag = first.headers.get("etag") ?? "";
    await first.arrayBuffer();
    const again = await download(alice, file.id, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const other = await download(alice, file.id, { "if-none-match": '"something-else"' });
    expect(other.status).toBe(200);
    await other.arrayBuffer();
  });
});

describe("signed download links", () => {
  it("download without a token until they expire; altered or for another file they are 404", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const photo = await upload(alice, binaryFile(3_000, PNG_HEAD), "image/png", "p.png");
    const other = await upload(alice, binaryFile(3_000), "application/octet-stream");

    // Only someone who may download the file gets a link.
    expect((await api(bob, "POST", `/attachments/${photo.id}/link`, {})).status).toBe(404);
    const link = await api<{ url: string; expiresAt: number }>(alice, "POST", `/attachments/${photo.id}/link`, {
      expiresInSeconds: 60,
    });
    expect(link.status).toBe(200);
    const url = new URL(link.body.data.url);
    expect(url.searchParams.get("token")).toBeNull();
    expect([...url.searchParams.keys()].sort()).toEqual(["expires", "signature"]);

    const res = await exports.default.fetch(link.body.data.url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("cache-control")).toMatch(/^private, max-age=(60|59)$/);
    expect((await res.arrayBuffer()).byteLength).toBe(3_000);

    const otherFile = url.toString().replace(photo.id, other.id);
    expect((await exports.default.fetch(otherFile)).status).toBe(404);
    const expires = Number(url.searchParams.get("expires"));
    const extended = new URL(url);
    extended.searchParams.set("expires", String(expires + 3600));
    expect((await exports.default.fetch(extended)).status).toBe(404);
    const expired = new URL(url);
    expired.searchParams.set("expires", String(Math.floor(Date.now() / 1000) - 1));
    expect((await exports.default.fetch(expired)).status).toBe(404);
  });
});
