import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { attachmentLink, createClient, uploadAttachment } from "../sdk/index.ts";
import { binaryFile, PNG_HEAD, sha256Hex } from "./helpers/attachments.ts";
import { openDialog, users } from "./helpers/messaging.ts";

describe("attachments through the SDK", () => {
  it("uploads a File, sends it, and gets a link the browser can load", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const client = (token: string) =>
      createClient({ baseUrl: "http://gateway", token, fetch: (request) => exports.default.fetch(request) });
    const asAlice = client(alice.accessToken);
    const bytes = binaryFile(20_000, PNG_HEAD);
    const file = new File([bytes], "holiday.png", { type: "image/png" });

    const uploaded = await uploadAttachment(asAlice, file);
    expect(uploaded.response.status).toBe(201);
    expect(uploaded.data?.data).toMatchObject({
      name: "holiday.png",
      size: 20_000,
      mimeType: "image/png",
      sha256: await sha256Hex(bytes),
    });
    const id = uploaded.data?.data.id ?? "";

    const chatId = await openDialog(alice, bob);
    const sent = await asAlice.POST("/api/v1/chats/{chatId}/messages", {
      params: { path: { chatId } },
      body: { clientMessageId: "sdk-att", attachmentIds: [id] },
    });
    const message = sent.data?.data;
    // 201 answers the message (202, a scheduled one, only with sendAt).
    expect(message && "attachments" in message ? message.attachments.map((a) => a.name) : null).toEqual([
      "holiday.png",
    ]);

    const link = await attachmentLink(client(bob.accessToken), id);
    expect(link.response.status).toBe(200);
    const image = await exports.default.fetch(link.data?.data.url ?? "");
    expect(image.status).toBe(200);
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(bytes);

    const tooBig = await uploadAttachment(asAlice, new Uint8Array(1_048_577), { name: "big.bin" });
    expect(tooBig.response.status).toBe(413);
    expect(tooBig.error?.error.code).toBe("PAYLOAD_TOO_LARGE");
  });
});
