import { describe, expect, it } from "vitest";
import type { Message } from "../openapi/messaging-types.ts";
import { api, createGroup, history, openDialog, send, users } from "./helpers/messaging.ts";

describe("forwarding and replies", () => {
  it("a forward copies the source and keeps its original author and time", async () => {
    const [alice, bob, carol] = await users(3);
    if (!alice || !bob || !carol) throw new Error("users");
    const source = await openDialog(alice, bob);
    const original = await send(alice, source, "worth sharing");
    const target = await createGroup(bob, [carol]);
    const res = await api<Message>(bob, "POST", `/chats/${target}/messages`, {
      clientMessageId: "fwd-1",
      forward: { chatId: source, seq: original.seq },
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      senderId: bob.userId,
      text: "worth sharing",
      forwardedFrom: { senderId: alice.userId, sentAt: original.createdAt },
    });
    // A forward cannot put other words under the author's name.
    const doctored = await api(bob, "POST", `/chats/${target}/messages`, {
      clientMessageId: "fwd-doctored",
      text: "alice agrees with me",
      forward: { chatId: source, seq: original.seq },
    });
    expect(doctored.status).toBe(400);
    // Forwarding a forward still names the first author.
    const again = await api<Message>(carol, "POST", `/chats/${await openDialog(carol, alice)}/messages`, {
      clientMessageId: "fwd-2",
      forward: { chatId: target, seq: res.body.data.seq },
    });
    expect(again.body.data.forwardedFrom?.senderId).toBe(alice.userId);
    // And nobody can make a forward say what its author did not: it cannot be edited.
    expect(
      (await api(bob, "PATCH", `/chats/${target}/messages/${res.body.data.seq}`, { text: "alice said I'm right" }))
        .status,
    ).toBe(403);
    expect((await history(carol, target))[0]?.text).toBe("worth sharing");
  });

  it("cannot forward a message deleted for everyone, or one deleted for oneself", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    const gone = await send(alice, chatId, "gone");
    const hidden = await send(alice, chatId, "hidden from bob");
    await api(alice, "DELETE", `/chats/${chatId}/messages/${gone.seq}?forEveryone=true`);
    await api(bob, "DELETE", `/chats/${chatId}/messages/${hidden.seq}`);
    for (const seq of [gone.seq, hidden.seq]) {
      const res = await api(bob, "POST", `/chats/${chatId}/messages`, {
        clientMessageId: `f${seq}`,
        forward: { chatId, seq },
      });
      expect(res.status).toBe(404);
    }
  });

  it("a reply names an existing message of the same chat", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    const question = await send(alice, chatId, "lunch?");
    const answer = await api<Message>(bob, "POST", `/chats/${chatId}/messages`, {
      clientMessageId: "reply",
      text: "yes",
      replyToSeq: question.seq,
    });
    expect(answer.body.data.replyToSeq).toBe(question.seq);
  });

  it("refuses an attachment id that names no upload of the sender's", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    const res = await api<Message>(alice, "POST", `/chats/${chatId}/messages`, {
      clientMessageId: "att",
      attachmentIds: ["att_abcdef123456"],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("ATTACHMENT_NOT_FOUND");
  });
});
