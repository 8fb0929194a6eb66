import { describe, expect, it } from "vitest";
import type { UpdateBody } from "../../openapi/realtime-types.ts";
import { chatEvent } from "../chat/rpc.ts";
import { fakeClock } from "../clock.ts";
import { nodeSqlStorage } from "../sql/node-sqlite.ts";
import { pushContextOf } from "./push-context.ts";
import { USER_SCHEMA } from "./schema.ts";
import type { SocketAttachment } from "./sockets.ts";
import { UserStore } from "./store.ts";

const A = `grp_${"a".repeat(32)}`;
const B = `grp_${"b".repeat(32)}`;
const chat = (id: string) => ({
  id,
  kind: "group" as const,
  title: `Chat ${id.slice(-1)}`,
  about: "",
  peerId: null,
  memberCount: 2,
  createdBy: "usr_ada",
  createdAt: 1,
  updatedAt: 1,
});
const message = (chatId: string, seq: number, text: string): UpdateBody => ({
  type: "newMessage",
  chatId,
  date: seq,
  message: {
    chatId,
    seq,
    senderId: "usr_ada",
    clientMessageId: `c${seq}`,
    text,
    replyToSeq: null,
    forwardedFrom: null,
    attachmentIds: [],
    attachments: [],
    createdAt: seq,
    editedAt: null,
    reactions: [],
  },
});
const socket = (sessionId: string, pts: number | null): SocketAttachment => ({
  socketId: sessionId,
  userId: "usr_bob",
  sessionId,
  connectedAt: 0,
  pts,
});

function bob() {
  const sql = nodeSqlStorage();
  sql.exec(USER_SCHEMA);
  const clock = fakeClock();
  const store = new UserStore(sql, clock);
  store.bindOwner("usr_bob");
  for (const id of [A, B])
    store.applyChatEvents(id, [chatEvent(1, { type: "chatUpdated", chatId: id, date: 0, chat: chat(id) })], 100);
  return { sql, clock, store };
}

describe("the push context of one recipient", () => {
  it("badge: chats with unread messages; the message's preview; sockets that already got it", () => {
    const { sql, clock, store } = bob();
    store.applyChatEvents(A, [chatEvent(2, message(A, 1, "first"))], 100);
    const pts = store.pts();
    store.applyChatEvents(B, [chatEvent(2, message(B, 1, "x".repeat(500)))], 100);
    const context = pushContextOf(
      sql,
      [socket("ses_laptop", pts), socket("ses_tablet", pts - 1), socket("ses_new", null)],
      clock,
      A,
      1,
    );
    expect(context).toMatchObject({
      muted: false,
      badge: 2,
      chatKind: "group",
      chatTitle: "Chat a",
      seenOnSocket: ["ses_laptop"],
    });
    expect(context.message).toEqual({ text: "first", attachmentCount: 0, deleted: false });
    // A long text arrives as a preview.
    expect(pushContextOf(sql, [], clock, B, 1).message?.text.length).toBeLessThanOrEqual(120);
  });

  it("a message not yet here: counted in the badge, seen by no socket, no preview", () => {
    const { sql, clock } = bob();
    expect(pushContextOf(sql, [socket("ses_laptop", 99)], clock, A, 5)).toMatchObject({
      badge: 1,
      seenOnSocket: [],
      message: null,
    });
  });

  it("muted until a time: muted before it, not after", () => {
    const { sql, clock, store } = bob();
    store.updateSettings(chat(A), { mutedUntil: clock() + 60_000 }, 100);
    expect(pushContextOf(sql, [], clock, A, 1).muted).toBe(true);
    clock.advance(60_001);
    expect(pushContextOf(sql, [], clock, A, 1).muted).toBe(false);
  });

  it("a deleted message is known as deleted (its text is gone from the log)", () => {
    const { sql, clock, store } = bob();
    store.applyChatEvents(A, [chatEvent(2, message(A, 1, "oops"))], 100);
    store.applyChatEvents(
      A,
      [
        chatEvent(3, {
          type: "messageDeleted",
          chatId: A,
          date: 2,
          seq: 1,
          senderId: "usr_ada",
          forEveryone: true,
          lastMessage: null,
        }),
      ],
      100,
    );
    expect(pushContextOf(sql, [], clock, A, 1).message).toEqual({ text: "", attachmentCount: 0, deleted: true });
  });
});
