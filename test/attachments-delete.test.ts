import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Message } from "../openapi/messaging-types.ts";
import { binaryFile, download, upload } from "./helpers/attachments.ts";
import { api, createGroup, drain, openDialog, users } from "./helpers/messaging.ts";

async function stored(id: string) {
  const row = await env.DB.prepare("SELECT state FROM attachments WHERE id = ?").bind(id).first<{ state: string }>();
  return { row: row?.state ?? null, bytes: (await env.ATTACHMENTS.head(id)) !== null };
}

describe("deleting the messages that hold an attachment", () => {
  it("removes the file from R2 when the last message holding it is deleted for everyone, not before", async () => {
    const [alice, bob, erin] = await users(3);
    if (!alice || !bob || !erin) throw new Error("users");
    const dialog = await openDialog(alice, bob);
    const file = await upload(alice, binaryFile(10_000), "application/octet-stream", "plan.bin");
    const original = await api<Message>(alice, "POST", `/chats/${dialog}/messages`, {
      clientMessageId: "orig",
      attachmentIds: [file.id],
    });
    expect(original.status).toBe(201);

    // Bob forwards it to a group with erin: the forward carries the same attachment.
    const group = await createGroup(bob, [erin]);
    const forward = await api<Message>(bob, "POST", `/chats/${group}/messages`, {
      clientMessageId: "fwd",
      forward: { chatId: dialog, seq: original.body.data.seq },
    });
    expect(forward.status, JSON.stringify(forward.body)).toBe(201);
    expect(forward.body.data.attachments).toEqual([file]);
    expect((await download(erin, file.id)).status).toBe(200);

    // The original goes for everyone: the forward still holds the file.
    expect(
      (await api(alice, "DELETE", `/chats/${dialog}/messages/${original.body.data.seq}?forEveryone=true`)).status,
    ).toBe(200);
    await drain(dialog);
    expect(await stored(file.id)).toEqual({ row: "ready", bytes: true });
    expect((await download(bob, file.id)).status).toBe(200);
    expect((await download(erin, file.id)).status).toBe(200);

    // Deleted for oneself only: nothing changes for the others.
    expect((await api(erin, "DELETE", `/chats/${group}/messages/${forward.body.data.seq}`)).status).toBe(200);
    await drain(group);
    expect(await stored(file.id)).toEqual({ row: "ready", bytes: true });

    // The last holder goes for everyone: the bytes and the row go, even for the uploader.
    expect(
      (await api(bob, "DELETE", `/chats/${group}/messages/${forward.body.data.seq}?forEveryone=true`)).status,
    ).toBe(200);
    await drain(group);
    expect(await stored(file.id)).toEqual({ row: null, bytes: false });
    expect((await download(alice, file.id)).status).toBe(404);
  });
});
