// Poll and send in groups, supergroups and channels: ids from dialogs, @username of a public
// channel, numeric ids the session has not seen yet (resolved through the dialogs), and the
// rights Telegram enforces (a broadcast channel takes posts from its admins only).
import { describe, expect, it } from "vitest";
import { call, createTestApiKey, dcControl, signedInSession } from "./helpers/telegram.ts";

describe("Telegram proxy groups and channels", () => {
  it("sends and polls in a group by an id it has never seen (resolved through the dialogs)", async () => {
    const { headers } = await createTestApiKey();
    const a = await signedInSession(headers, "+9996672001");
    const b = await signedInSession(headers, "+9996672002");
    const group = await dcControl("POST", "/chats", {
      kind: "supergroup",
      title: "Resolve me",
      creatorPhone: "+9996672001",
      memberPhones: ["+9996672002"],
    });
    // Neither session has listed dialogs: the id is new to both.
    const sent = await call(
      "POST",
      `/messages/send/${group.markedId}`,
      { ...headers, "x-session-id": a.sessionId },
      {
        message: "first in the supergroup",
      },
    );
    expect(sent.status).toBe(200);
    const read = await call("GET", `/messages/poll/${group.markedId}?limit=5`, {
      ...headers,
      "x-session-id": b.sessionId,
    });
    expect(read.status).toBe(200);
    expect(read.json.data.messages).toMatchObject([
      { text: "first in the supergroup", out: false, fromId: a.user.userId, chatId: group.markedId },
    ]);

    // A private chat partner's id, never seen by the receiver, resolves the same way.
    await call(
      "POST",
      `/messages/send/@${b.user.username}`,
      { ...headers, "x-session-id": a.sessionId },
      { message: "psst" },
    );
    const dm = await call("GET", `/messages/poll/${a.user.userId}`, { ...headers, "x-session-id": b.sessionId });
    expect(dm.status).toBe(200);
    expect(dm.json.data.messages[0]).toMatchObject({ text: "psst", chatId: a.user.userId });
  });

  it("reads a public channel by @username, refuses posting there, and 404s chats the account is not in", async () => {
    const { headers } = await createTestApiKey();
    const me = await signedInSession(headers, "+9996672003");
    const h = { ...headers, "x-session-id": me.sessionId };
    const news = await call("GET", "/messages/poll/@loopback_news", h);
    expect(news.status).toBe(200);
    expect(news.json.data.messages).toHaveLength(2);
    const channelId = news.json.data.messages[0].chatId;
    expect(channelId).toMatch(/^-100\d+$/);
    expect(news.json.data.messages[0].fromId).toBe(channelId);
    // Once seen, its numeric id works too.
    expect((await call("GET", `/messages/poll/${channelId}`, h)).status).toBe(200);

    const post = await call("POST", "/messages/send/@loopback_news", h, { message: "can I post?" });
    expect(post.status).toBe(403);
    expect(post.json).toMatchObject({ success: false, error: { code: "CHAT_WRITE_FORBIDDEN" } });

    const someoneElses = await dcControl("POST", "/chats", {
      kind: "group",
      title: "Not mine",
      creatorPhone: "+9996672001",
    });
    const notIn = await call("GET", `/messages/poll/${someoneElses.markedId}`, h);
    expect(notIn.status).toBe(404);
    expect(notIn.json.error.code).toBe("CHAT_NOT_FOUND");
    expect((await call("POST", `/messages/send/${someoneElses.markedId}`, h, { message: "x" })).status).toBe(404);
  });

  it("lets only a channel's creator post; members read", async () => {
    const { headers } = await createTestApiKey();
    const admin = await signedInSession(headers, "+9996672004");
    const reader = await signedInSession(headers, "+9996672005");
    const channel = await dcControl("POST", "/chats", {
      kind: "channel",
      title: "Announcements",
      creatorPhone: "+9996672004",
      memberPhones: ["+9996672005"],
    });
    const ha = { ...headers, "x-session-id": admin.sessionId };
    const hr = { ...headers, "x-session-id": reader.sessionId };
    expect((await call("POST", `/messages/send/${channel.markedId}`, ha, { message: "news" })).status).toBe(200);
    const denied = await call("POST", `/messages/send/${channel.markedId}`, hr, { message: "reply?" });
    expect(denied.status).toBe(403);
    expect(denied.json.error.code).toBe("CHAT_ADMIN_REQUIRED");
    const read = await call("GET", `/messages/poll/${channel.markedId}`, hr);
    expect(read.json.data.messages.map((m: { text: string }) => m.text)).toEqual(["news"]);
  });

  it("refuses malformed chat ids with 400", async () => {
    const { headers } = await createTestApiKey();
    const me = await signedInSession(headers, "+9996672006");
    const h = { ...headers, "x-session-id": me.sessionId };
    for (const bad of ["-0", "--5", "-", "12345678901234567890", "-1234567890123456789012"]) {
      const res = await call("GET", `/messages/poll/${encodeURIComponent(bad)}`, h);
      expect(res.status, bad).toBe(400);
      expect(res.json.error.code).toBe("VALIDATION_FAILED");
    }
  });
});
