import { describe, expect, it } from "vitest";
import { binaryFile, download, upload, uploadRaw } from "./helpers/attachments.ts";
import { api, openDialog, users } from "./helpers/messaging.ts";

type Envelope = { success: boolean; error: { code: string } };

describe("bad input on the attachment routes", () => {
  it("upload: no credentials 401, no Content-Length 411, an empty file and a huge name 400", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    expect((await uploadRaw(null, binaryFile(10))).status).toBe(401);

    // A streamed body without a length goes out chunked: no Content-Length.
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(binaryFile(10));
        controller.close();
      },
    });
    const noLength = await uploadRaw(alice, chunked, { "content-type": "application/octet-stream" });
    expect(noLength.status).toBe(411);
    expect(((await noLength.json()) as Envelope).error.code).toBe("LENGTH_REQUIRED");

    const empty = await uploadRaw(alice, new Uint8Array(0), { "content-type": "application/octet-stream" });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as Envelope).error.code).toBe("EMPTY_FILE");

    const longName = await uploadRaw(alice, binaryFile(10), {}, "x".repeat(2000));
    expect(longName.status).toBe(400);
    expect(((await longName.json()) as Envelope).error.code).toBe("VALIDATION_FAILED");
  });

  it("download and links: malformed ids, tags and bodies are 400, unknown ids 404, never 5xx", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const file = await upload(alice, binaryFile(10), "application/octet-stream");
    expect((await download(alice, "not-an-id")).status).toBe(400);
    expect((await download(alice, "att_0000000000000000000000000000dead")).status).toBe(404);
    expect((await download(alice, file.id, { range: "bytes=abc" })).status).toBe(200);

    const cases: [string, string, unknown, number][] = [
      ["POST", `/attachments/${file.id}/link`, { expiresInSeconds: 999_999 }, 400],
      ["POST", `/attachments/${file.id}/link`, { expiresInSeconds: "soon" }, 400],
      ["POST", `/attachments/${file.id}/link`, { extra: 1 }, 400],
      ["POST", "/attachments/att_0000000000000000000000000000dead/link", {}, 404],
      ["GET", `/attachments/${file.id}/signed?expires=x&signature=y`, undefined, 400],
      ["GET", `/attachments/${file.id}/signed`, undefined, 400],
      ["GET", `/attachments/${file.id}/signed?expires=1&signature=${"A".repeat(43)}`, undefined, 404],
    ];
    for (const [method, path, body, status] of cases) {
      const res = await api(alice, method, path, body);
      expect(res.status, `${method} ${path}`).toBe(status);
      expect(res.body.success).toBe(false);
    }
  });

  it("send: repeated or malformed attachment ids are 400", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    const file = await upload(alice, binaryFile(10), "application/octet-stream");
    const repeated = await api(alice, "POST", `/chats/${chatId}/messages`, {
      clientMessageId: "dup",
      attachmentIds: [file.id, file.id],
    });
    expect(repeated.status).toBe(400);
    const malformed = await api(alice, "POST", `/chats/${chatId}/messages`, {
      clientMessageId: "bad",
      attachmentIds: ["att_"],
    });
    expect(malformed.status).toBe(400);
  });
});
