// Live updates of channels and supergroups: Telegram gives each its own pts and pushes
// updateNewChannelMessage / updateEditChannelMessage / updateDeleteChannelMessages; the session
// fetches them with updates.getChannelDifference and delivers the same events as for private
// chats, with the chat's type and a stable id, to the webhook (X-Update-Id) and the WebSocket.
import { describe, expect, it, vi } from "vitest";
import { call, createTestApiKey, dcControl, signedInSession } from "./helpers/telegram.ts";
import { openUpdates } from "./helpers/telegram-updates-socket.ts";
import { expectedSignature, hookUrl, receivedAt } from "./helpers/webhook-peer.ts";

const SECRET = "webhook-secret-for-tests-0123456789";
// biome-ignore lint/suspicious/noExplicitAny: events are read as the receiver reads them
const events = async (name: string): Promise<any[]> => (await receivedAt(name)).map((r) => JSON.parse(r.body));

describe("Telegram live updates of channels and supergroups", { timeout: 30_000 }, () => {
  it("delivers a supergroup message and a channel post, their edits and deletes, to the webhook and the socket", async () => {
    const { headers } = await createTestApiKey();
    const me = await signedInSession(headers, "+9996685001");
    const admin = await signedInSession(headers, "+9996685002");
    // The supergroup exists when the session subscribes (followed from its dialog's pts) …
    const supergroup = await dcControl("POST", "/chats", {
      kind: "supergroup",
      title: "Live supergroup",
      creatorPhone: "+9996685002",
      memberPhones: ["+9996685001"],
    });
    const put = await call("PUT", `/sessions/${me.sessionId}/webhook`, headers, {
      url: hookUrl("ch1"),
      secret: SECRET,
    });
    expect(put.status).toBe(200);
    const socket = await openUpdates({ ...headers, "x-session-id": me.sessionId });
    expect(socket.response.status).toBe(101);
    // … the channel is joined afterwards (followed from its first pushed update).
    const channel = await dcControl("POST", "/chats", {
      kind: "channel",
      title: "Live channel",
      creatorPhone: "+9996685002",
      memberPhones: ["+9996685001"],
    });

    const ha = { ...headers, "x-session-id": admin.sessionId };
    const inGroup = await call("POST", `/messages/send/${supergroup.markedId}`, ha, { message: "hello supergroup" });
    expect(inGroup.status).toBe(200);
    await vi.waitFor(async () => expect(await receivedAt("ch1")).toHaveLength(1), { timeout: 10_000 });
    const posted = await call("POST", `/messages/send/${channel.markedId}`, ha, { message: "channel post" });
    expect(posted.status).toBe(200);
    await vi.waitFor(async () => expect(await receivedAt("ch1")).toHaveLength(2), { timeout: 10_000 });

    const [group, post] = await events("ch1");
    expect(group).toMatchObject({
      id: `new:${supergroup.markedId}:${inGroup.json.data.id}`,
      sessionId: me.sessionId,
      type: "message.new",
      chatType: "supergroup",
      message: { chatId: supergroup.markedId, text: "hello supergroup", out: false, fromId: admin.user.userId },
    });
    // A broadcast channel's posts are the channel's own (no author), as poll shows them.
    expect(post).toMatchObject({
      id: `new:${channel.markedId}:${posted.json.data.id}`,
      type: "message.new",
      chatType: "channel",
      message: { chatId: channel.markedId, text: "channel post", fromId: channel.markedId },
    });

    await dcControl("POST", "/edit-message", {
      phone: "+9996685002",
      chatId: supergroup.markedId,
      id: inGroup.json.data.id,
      text: "hello supergroup (edited)",
    });
    await dcControl("POST", "/delete-messages", {
      phone: "+9996685002",
      chatId: channel.markedId,
      ids: [posted.json.data.id],
    });
    await vi.waitFor(async () => expect(await receivedAt("ch1")).toHaveLength(4), { timeout: 10_000 });
    const all = await events("ch1");
    expect(all[2]).toMatchObject({
      type: "message.edited",
      chatType: "supergroup",
      message: { id: inGroup.json.data.id, chatId: supergroup.markedId, text: "hello supergroup (edited)" },
    });
    expect(all[3]).toMatchObject({
      type: "message.deleted",
      messageIds: [posted.json.data.id],
      chatId: channel.markedId,
      chatType: "channel",
    });
    expect(all.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(new Set(all.map((e) => e.id)).size).toBe(4);
    for (const received of await receivedAt("ch1")) {
      expect(received.updateId).toBe(JSON.parse(received.body).id);
      expect(received.signature).toBe(await expectedSignature(SECRET, received.body));
    }

    // The socket got the same events, the same JSON.
    await vi.waitFor(() => expect(socket.frames).toHaveLength(4), { timeout: 10_000 });
    expect(socket.frames).toEqual(all);
    socket.socket?.close(1000, "done");
  });

  it("says nothing of a channel the account is not in, and keeps private chats flowing beside channels", async () => {
    const { headers } = await createTestApiKey();
    const me = await signedInSession(headers, "+9996685003");
    const other = await signedInSession(headers, "+9996685004");
    const notMine = await dcControl("POST", "/chats", {
      kind: "supergroup",
      title: "Others only",
      creatorPhone: "+9996685004",
    });
    await call("PUT", `/sessions/${me.sessionId}/webhook`, headers, { url: hookUrl("ch2"), secret: SECRET });
    const ho = { ...headers, "x-session-id": other.sessionId };
    expect((await call("POST", `/messages/send/${notMine.markedId}`, ho, { message: "private talk" })).status).toBe(
      200,
    );
    expect((await call("POST", `/messages/send/@${me.user.username}`, ho, { message: "direct" })).status).toBe(200);
    await vi.waitFor(async () => expect(await receivedAt("ch2")).toHaveLength(1), { timeout: 10_000 });
    // A call on the same session: the pushes above have been handled by then.
    await call("POST", "/messages/send/me", { ...headers, "x-session-id": me.sessionId }, { message: "sync" });
    await vi.waitFor(async () => expect(await receivedAt("ch2")).toHaveLength(2), { timeout: 10_000 });
    const got = await events("ch2");
    expect(got.map((e) => [e.type, e.chatType, e.message.text])).toEqual([
      ["message.new", "user", "direct"],
      ["message.new", "user", "sync"],
    ]);
  });
});
