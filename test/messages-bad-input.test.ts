import { describe, expect, it } from "vitest";
import { allUpdates, api, createGroup, drain, history, send, users } from "./helpers/messaging.ts";

describe("bad input on the message endpoints: 4xx in the envelope, and nothing changes", () => {
  it("refuses every malformed request", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await createGroup(alice, [bob]);
    const original = await send(alice, chatId, "original");
    await drain(chatId);
    const updatesBefore = await allUpdates(bob);

    const cases: [string, string, unknown, number][] = [
      // history paging
      ["GET", `/chats/${chatId}/messages?limit=0`, undefined, 400],
      ["GET", `/chats/${chatId}/messages?limit=101`, undefined, 400],
      ["GET", `/chats/${chatId}/messages?limit=ten`, undefined, 400],
      ["GET", `/chats/${chatId}/messages?before=5&after=1`, undefined, 400],
      ["GET", `/chats/${chatId}/messages?around=-1`, undefined, 400],
      ["GET", `/chats/${chatId}/messages?before=1e400`, undefined, 400],
      ["GET", "/chats/not-a-chat/messages", undefined, 400],
      // sending
      ["POST", `/chats/${chatId}/messages`, {}, 400],
      ["POST", `/chats/${chatId}/messages`, { text: "no id" }, 400],
      ["POST", `/chats/${chatId}/messages`, { clientMessageId: "has space", text: "x" }, 400],
      ["POST", `/chats/${chatId}/messages`, { clientMessageId: "x".repeat(65), text: "x" }, 400],
      ["POST", `/chats/${chatId}/messages`, { clientMessageId: "blank", text: "   " }, 400],
      ["POST", `/chats/${chatId}/messages`, { clientMessageId: "long", text: "x".repeat(4097) }, 400],
      ["POST", `/chats/${chatId}/messages`, { clientMessageId: "num", text: 5 }, 400],
      ["POST", `/chats/${chatId}/messages`, { clientMessageId: "reply0", text: "x", replyToSeq: 0 }, 400],
      ["POST", `/chats/${chatId}/messages`, { clientMessageId: "reply-missing", text: "x", replyToSeq: 99 }, 400],
      ["POST", `/chats/${chatId}/messages`, { clientMessageId: "att", text: "x", attachmentIds: ["../../x"] }, 400],
      [
        "POST",
        `/chats/${chatId}/messages`,
        {
          clientMessageId: "att11",
          text: "x",
          attachmentIds: Array.from({ length: 11 }, (_, i) => `att_000000000${i}`),
        },
        400,
      ],
      ["POST", `/chats/${chatId}/messages`, { clientMessageId: "fwd", forward: { chatId, seq: "1" } }, 400],
      ["POST", `/chats/${chatId}/messages`, { clientMessageId: "fwd2", forward: { chatId: "grp_x", seq: 1 } }, 400],
      ["POST", `/chats/${chatId}/messages`, { clientMessageId: "fwd3", forward: { chatId, seq: 99 } }, 404],
      ["POST", `/chats/${chatId}/messages`, { clientMessageId: "own", text: "x", senderId: bob.userId }, 400],
      ["POST", `/chats/${chatId}/messages`, "{not json", 400],
      ["POST", `/chats/${chatId}/messages`, "[]", 400],
      // editing
      ["PATCH", `/chats/${chatId}/messages/${original.seq}`, { text: "" }, 400],
      ["PATCH", `/chats/${chatId}/messages/${original.seq}`, { text: "x".repeat(4097) }, 400],
      ["PATCH", `/chats/${chatId}/messages/${original.seq}`, { text: "ok", editedAt: 1 }, 400],
      ["PATCH", `/chats/${chatId}/messages/0`, { text: "ok" }, 400],
      ["PATCH", `/chats/${chatId}/messages/abc`, { text: "ok" }, 400],
      ["PATCH", `/chats/${chatId}/messages/99`, { text: "ok" }, 404],
      // deleting
      ["DELETE", `/chats/${chatId}/messages/${original.seq}?forEveryone=maybe`, undefined, 400],
      ["DELETE", `/chats/${chatId}/messages/-3`, undefined, 400],
      ["DELETE", `/chats/${chatId}/messages/99`, undefined, 404],
      // reactions
      ["PUT", `/chats/${chatId}/messages/${original.seq}/reactions/like`, undefined, 400],
      ["PUT", `/chats/${chatId}/messages/${original.seq}/reactions/${encodeURIComponent("👍 ok")}`, undefined, 400],
      ["PUT", `/chats/${chatId}/messages/99/reactions/${encodeURIComponent("👍")}`, undefined, 404],
      ["DELETE", `/chats/${chatId}/messages/${original.seq}/reactions/%3Cb%3E`, undefined, 400],
      // read markers
      ["POST", `/chats/${chatId}/read`, { upToSeq: "all" }, 400],
    ];
    for (const [method, path, body, status] of cases) {
      const res = await api(bob, method, path, body);
      expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(status);
      expect(res.body.success).toBe(false);
      expect(res.body.error.code).toEqual(expect.any(String));
    }
    // A wrong content type and an oversized body are refused before anything runs.
    const wrongType = await api(
      bob,
      "POST",
      `/chats/${chatId}/messages`,
      JSON.stringify({ clientMessageId: "t", text: "x" }),
      {
        "content-type": "text/plain",
      },
    );
    expect(wrongType.status).toBe(415);
    const huge = await api(bob, "POST", `/chats/${chatId}/messages`, {
      clientMessageId: "huge",
      text: "x".repeat(2_000_000),
    });
    expect(huge.status).toBe(413);

    await drain(chatId);
    const stored = await history(alice, chatId);
    expect(stored.map((m) => [m.seq, m.text, m.editedAt, m.reactions])).toEqual([[1, "original", null, []]]);
    expect(await allUpdates(bob)).toEqual(updatesBefore);
  });

  it("limits reactions per user and message to 8 different emoji", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    const chatId = await createGroup(alice, []);
    const message = await send(alice, chatId, "react");
    const emoji = ["😀", "😁", "😂", "🤣", "😃", "😄", "😅", "😆", "😉"];
    const statuses = [];
    for (const e of emoji) {
      statuses.push(
        (await api(alice, "PUT", `/chats/${chatId}/messages/${message.seq}/reactions/${encodeURIComponent(e)}`)).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 409]);
  });
});
