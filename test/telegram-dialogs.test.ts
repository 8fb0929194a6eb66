// Dialogs: the session's private chats, groups, supergroups and channels, most recent first, with
// ids poll and send take, titles, unread counts and last messages; paged with a cursor.
import { describe, expect, it } from "vitest";
import { call, createTestApiKey, dcControl, signedInSession } from "./helpers/telegram.ts";

type Dialog = {
  chatId: string;
  type: string;
  title: string;
  unreadCount: number;
  lastMessage: { text: string } | null;
};

describe("Telegram proxy dialogs", () => {
  it("lists private chats, groups, supergroups and channels with unread counts and last messages", async () => {
    const { headers } = await createTestApiKey();
    const owner = await signedInSession(headers, "+9996673001");
    const member = await signedInSession(headers, "+9996673002");
    const ho = { ...headers, "x-session-id": owner.sessionId };
    const hm = { ...headers, "x-session-id": member.sessionId };
    const members = { creatorPhone: "+9996673001", memberPhones: ["+9996673002"] };
    const group = await dcControl("POST", "/chats", { kind: "group", title: "Dialog group", ...members });
    const supergroup = await dcControl("POST", "/chats", {
      kind: "supergroup",
      title: "Dialog supergroup",
      ...members,
    });
    const channel = await dcControl("POST", "/chats", { kind: "channel", title: "Dialog channel", ...members });

    // The owner learns the ids from its own dialogs, then writes in each.
    const before = await call("GET", "/dialogs?limit=100", ho);
    expect(before.status).toBe(200);
    const ownerIds = before.json.data.dialogs.map((d: Dialog) => d.chatId);
    expect(ownerIds).toEqual(expect.arrayContaining([group.markedId, supergroup.markedId, channel.markedId]));
    for (const [chatId, text] of [
      [group.markedId, "hello group"],
      [supergroup.markedId, "hello supergroup"],
      [channel.markedId, "channel post"],
    ]) {
      const sent = await call("POST", `/messages/send/${chatId}`, ho, { message: text });
      expect(sent.status).toBe(200);
      expect(sent.json.data).toMatchObject({ chatId, text, out: true });
    }
    await call("POST", `/messages/send/@${member.user.username}`, ho, { message: "hello you" });

    const list = await call("GET", "/dialogs", hm);
    expect(list.status).toBe(200);
    const byId = new Map<string, Dialog>(list.json.data.dialogs.map((d: Dialog) => [d.chatId, d]));
    expect(byId.get(group.markedId)).toMatchObject({
      type: "group",
      title: "Dialog group",
      unreadCount: 1,
      lastMessage: { text: "hello group", out: false, fromId: owner.user.userId },
    });
    expect(byId.get(supergroup.markedId)).toMatchObject({
      type: "supergroup",
      title: "Dialog supergroup",
      unreadCount: 1,
    });
    // A broadcast post is from the channel itself.
    expect(byId.get(channel.markedId)).toMatchObject({
      type: "channel",
      unreadCount: 1,
      lastMessage: { text: "channel post", fromId: channel.markedId },
    });
    expect(byId.get(owner.user.userId)).toMatchObject({
      type: "user",
      title: "Test User 3001",
      username: owner.user.username,
      lastMessage: { text: "hello you" },
    });
    // Most recent activity first: the private message was the last one sent.
    expect(list.json.data.dialogs[0].chatId).toBe(owner.user.userId);

    // The ids from dialogs are the ones poll takes.
    const history = await call("GET", `/messages/poll/${supergroup.markedId}`, hm);
    expect(history.json.data.messages).toMatchObject([{ text: "hello supergroup", chatId: supergroup.markedId }]);
  });

  it("pages with the cursor: every dialog once, in order", async () => {
    const { headers } = await createTestApiKey();
    const me = await signedInSession(headers, "+9996673003");
    const h = { ...headers, "x-session-id": me.sessionId };
    for (let i = 0; i < 4; i++) {
      await dcControl("POST", "/chats", { kind: "group", title: `Paged ${i}`, creatorPhone: "+9996673003" });
    }
    const all = (await call("GET", "/dialogs?limit=100", h)).json.data.dialogs.map((d: Dialog) => d.chatId);
    expect(all).toHaveLength(5); // four groups and the service chat with the login code

    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
      const page = await call("GET", `/dialogs${query}`, h);
      expect(page.status).toBe(200);
      expect(page.json.data.dialogs.length).toBeLessThanOrEqual(2);
      paged.push(...page.json.data.dialogs.map((d: Dialog) => d.chatId));
      cursor = page.json.data.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
  });

  it("refuses bad input with 400 and other keys' sessions with 404", async () => {
    const { headers } = await createTestApiKey();
    const other = await createTestApiKey("other");
    const { sessionId } = await signedInSession(headers, "+9996673004");
    const h = { ...headers, "x-session-id": sessionId };
    for (const query of [
      "?limit=0",
      "?limit=101",
      "?limit=abc",
      "?cursor=",
      `?cursor=${btoa("d:1:0")}`,
      "?cursor=%21%21",
    ]) {
      const bad = await call("GET", `/dialogs${query}`, h);
      expect(bad.status, query).toBe(400);
      expect(bad.json.success).toBe(false);
      expect(bad.json.error.code).toMatch(/^(VALIDATION_FAILED|INVALID_CURSOR)$/);
    }
    // A well-formed cursor for a chat this session has never seen cannot be a page boundary.
    const forged = await call("GET", `/dialogs?cursor=${btoa("d:1700000000:-3999999")}`, h);
    expect(forged.status).toBe(400);
    expect(forged.json.error.code).toBe("INVALID_CURSOR");
    expect((await call("GET", "/dialogs", headers)).status).toBe(400); // no X-Session-ID
    expect((await call("GET", "/dialogs", { ...headers, "x-session-id": "not-a-uuid" })).status).toBe(400);
    const notYours = await call("GET", "/dialogs", { ...other.headers, "x-session-id": sessionId });
    expect(notYours.status).toBe(404);
    expect(notYours.json.error).toEqual({ code: "NOT_FOUND", message: "No such session" });
    expect((await call("GET", "/dialogs", { "x-session-id": sessionId })).status).toBe(401);
  });
});
