import { describe, expect, it } from "vitest";
import type { Message } from "../openapi/messaging-types.ts";
import { binaryFile, download, PNG_HEAD, sha256Hex, upload } from "./helpers/attachments.ts";
import { allUpdates, api, createGroup, drain, history, openDialog, users } from "./helpers/messaging.ts";

async function sendWith(user: Parameters<typeof api>[0], chatId: string, attachmentIds: string[], text = "") {
  return api<Message>(user, "POST", `/chats/${chatId}/messages`, {
    clientMessageId: `att-${crypto.randomUUID()}`,
    ...(text ? { text } : {}),
    attachmentIds,
  });
}

describe("who may download an attachment", () => {
  it("its owner, and the members of a chat where it was sent: a non-member, a removed member and anyone else get 404", async () => {
    const [alice, bob, carol, dave] = await users(4);
    if (!alice || !bob || !carol || !dave) throw new Error("users");
    const bytes = binaryFile(50_000, PNG_HEAD);
    const photo = await upload(alice, bytes, "image/png", "beach.png");

    // Not sent yet: only alice.
    expect((await download(bob, photo.id)).status).toBe(404);
    expect((await download(alice, photo.id)).status).toBe(200);

    const chatId = await createGroup(alice, [bob, carol]);
    const sent = await sendWith(alice, chatId, [photo.id], "look");
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body.data.attachmentIds).toEqual([photo.id]);
    expect(sent.body.data.attachments).toEqual([photo]);

    const asBob = await download(bob, photo.id);
    expect(asBob.status).toBe(200);
    expect(await sha256Hex(new Uint8Array(await asBob.arrayBuffer()))).toBe(photo.sha256);

    const notMember = await download(dave, photo.id);
    expect(notMember.status).toBe(404);
    expect(await notMember.json()).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });

    expect((await api(alice, "DELETE", `/groups/${chatId}/members/${carol.userId}`)).status).toBe(200);
    expect((await download(carol, photo.id)).status).toBe(404);
    expect((await download(null, photo.id)).status).toBe(401);
  });

  it("shows the attachments' metadata in history and in the newMessage update", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    const doc = await upload(alice, binaryFile(1234), "application/pdf", "report.pdf");
    const photo = await upload(alice, binaryFile(4321, PNG_HEAD), "image/png", "dot.png");
    const sent = await sendWith(alice, chatId, [doc.id, photo.id]);
    expect(sent.status).toBe(201);
    await drain(chatId);

    const [message] = await history(bob, chatId);
    expect(message?.attachments).toEqual([doc, photo]);
    const updates = await allUpdates(bob);
    const newMessage = updates.find((u) => u.type === "newMessage");
    expect(newMessage?.type === "newMessage" && newMessage.message.attachments).toEqual([doc, photo]);
  });

  it("a message may carry only ready attachments the sender owns or can read", async () => {
    const [alice, bob, eve] = await users(3);
    if (!alice || !bob || !eve) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    const evesFile = await upload(eve, binaryFile(100), "application/octet-stream");
    const refused = await sendWith(alice, chatId, [evesFile.id]);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("ATTACHMENT_NOT_FOUND");

    // Bob may send on a file he received: he can read it in the dialog.
    const mine = await upload(alice, binaryFile(100), "application/octet-stream", "notes.txt");
    expect((await sendWith(alice, chatId, [mine.id])).status).toBe(201);
    const group = await createGroup(bob, [eve]);
    const onward = await sendWith(bob, group, [mine.id]);
    expect(onward.status, JSON.stringify(onward.body)).toBe(201);
    expect((await download(eve, mine.id)).status).toBe(200);
  });
});
