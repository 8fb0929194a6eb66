import { describe, expect, it } from "vitest";
import type { Message, MessagePreview } from "../../openapi/messaging-types.ts";
import type { UpdateBody } from "../../openapi/realtime-types.ts";
import { type ChatEvent, chatEvent } from "../chat/rpc.ts";
import { fakeClock } from "../clock.ts";
import type { Db } from "../privacy/d1.ts";
import { fakeD1 } from "../sql/fake-d1.ts";
import { nodeSqlStorage } from "../sql/node-sqlite.ts";
import { BLOCKS_SCHEMA, BlockList, screenUpdate } from "./blocks.ts";
import { USER_SCHEMA } from "./schema.ts";
import { UserStore } from "./store.ts";

const GROUP = `grp_${"b".repeat(32)}`;
const DIALOG = `dlg_${"b".repeat(32)}`;
const ME = "usr_victim";
const BLOCKED = "usr_harasser";
const OTHER = "usr_other";

const message = (seq: number, senderId: string, text: string): Message => ({
  chatId: GROUP,
  seq,
  senderId,
  clientMessageId: `c${seq}`,
  text,
  replyToSeq: null,
  forwardedFrom: null,
  attachmentIds: [],
  attachments: [],
  createdAt: seq,
  editedAt: null,
  reactions: [],
});
const preview = (seq: number, senderId: string, text: string): MessagePreview => ({
  seq,
  senderId,
  text,
  hasAttachments: false,
  createdAt: seq,
});
const hidesBlocked = (id: string) => id === BLOCKED;

/** D1 as the copy loads it: `ids` are the blocked users, answered after `gate` opens. */
const d1Answering = (ids: () => string[], gate?: Promise<void>): Db =>
  fakeD1(() => ids().map((id) => ({ blocked_id: id })), gate).db;

function storage() {
  const sql = nodeSqlStorage();
  sql.exec(USER_SCHEMA);
  sql.exec(BLOCKS_SCHEMA);
  return sql;
}

describe("screenUpdate: what a user receives of a group's updates", () => {
  it("drops a hidden sender's new messages, edits and reactions; keeps everyone else's", () => {
    const base = { chatId: GROUP, date: 1 };
    expect(screenUpdate({ type: "newMessage", ...base, message: message(1, BLOCKED, "spam") }, hidesBlocked)).toBe(
      null,
    );
    expect(screenUpdate({ type: "messageEdited", ...base, message: message(1, BLOCKED, "spam!") }, hidesBlocked)).toBe(
      null,
    );
    const reaction: UpdateBody = {
      type: "reaction",
      ...base,
      seq: 2,
      userId: BLOCKED,
      emoji: "👎",
      added: true,
      reactions: [{ emoji: "👎", count: 1 }],
    };
    expect(screenUpdate(reaction, hidesBlocked)).toBe(null);
    const fromOther: UpdateBody = { type: "newMessage", ...base, message: message(3, OTHER, "hi") };
    expect(screenUpdate(fromOther, hidesBlocked)).toBe(fromOther);
  });

  it("keeps the deletion of a hidden sender's message (it redacts an older copy) and leaves out their previews", () => {
    const deleted: UpdateBody = {
      type: "messageDeleted",
      chatId: GROUP,
      date: 2,
      seq: 4,
      senderId: OTHER,
      forEveryone: true,
      lastMessage: preview(3, BLOCKED, "spam"),
    };
    expect(screenUpdate(deleted, hidesBlocked)).toEqual({ ...deleted, lastMessage: null });
    const theirs = { ...deleted, senderId: BLOCKED, lastMessage: preview(2, OTHER, "fine") };
    expect(screenUpdate(theirs, hidesBlocked)).toBe(theirs);
  });
});

describe("the user's chat list and log with a hidden sender", () => {
  it("counts, previews and logs nothing of theirs, and still applies the events after theirs", () => {
    const sql = storage();
    const store = new UserStore(sql, fakeClock());
    store.bindOwner(ME);
    const info = {
      id: GROUP,
      kind: "group" as const,
      title: "Club",
      about: "",
      peerId: null,
      memberCount: 3,
      createdBy: OTHER,
      createdAt: 1,
      updatedAt: 1,
    };
    const events: ChatEvent[] = [
      chatEvent(1, { type: "chatUpdated", chatId: GROUP, date: 1, chat: info }),
      chatEvent(2, { type: "newMessage", chatId: GROUP, date: 2, message: message(1, OTHER, "hello") }),
      chatEvent(3, { type: "newMessage", chatId: GROUP, date: 3, message: message(2, BLOCKED, "spam") }),
      // Their message deleted for everyone: never counted here, so nothing to take off the unread count.
      chatEvent(4, {
        type: "messageDeleted",
        chatId: GROUP,
        date: 4,
        seq: 2,
        senderId: BLOCKED,
        forEveryone: true,
        lastMessage: preview(1, OTHER, "hello"),
      }),
    ];
    const { applied } = store.applyChatEvents(GROUP, events, 100, hidesBlocked);
    expect(applied.map((entry) => (JSON.parse(entry.json) as UpdateBody).type)).toEqual([
      "chatUpdated",
      "newMessage",
      "messageDeleted",
    ]);
    expect(JSON.stringify(applied)).not.toContain("spam");
    const [item] = store.listChats(null, 10).items;
    expect(item).toMatchObject({ unreadCount: 1, lastMessage: { seq: 1, text: "hello" } });
    // A repeat of the dropped event is still a repeat: the chat's mark moved past it.
    expect(store.applyChatEvents(GROUP, events.slice(2, 3), 100, () => false).applied).toEqual([]);
  });
});

describe("BlockList: the user's copy of whom they blocked", () => {
  it("hides a blocked sender in groups only, loads from D1 once, and follows block and unblock", async () => {
    const sql = storage();
    let d1 = [BLOCKED];
    const blocks = new BlockList(
      sql,
      d1Answering(() => d1),
    );
    await blocks.ensureLoaded(ME);
    expect(blocks.hides(GROUP, BLOCKED)).toBe(true);
    expect(blocks.hides(DIALOG, BLOCKED)).toBe(false);
    expect(blocks.hides(GROUP, OTHER)).toBe(false);
    // Loaded once: D1 is not asked again (the handlers keep the copy in step).
    d1 = [];
    await blocks.ensureLoaded(ME);
    expect(blocks.hides(GROUP, BLOCKED)).toBe(true);
    await blocks.set(ME, BLOCKED, false);
    await blocks.set(ME, OTHER, true);
    expect([blocks.hides(GROUP, BLOCKED), blocks.hides(GROUP, OTHER)]).toEqual([false, true]);
  });

  it("a load that read D1 before an unblock and finishes after it does not bring the block back", async () => {
    const sql = storage();
    let d1 = [BLOCKED];
    let openSlowRead = () => {};
    const slow = new BlockList(
      sql,
      d1Answering(
        () => ["stale", ...d1],
        new Promise((resolve) => {
          openSlowRead = resolve;
        }),
      ),
    );
    const slowLoad = slow.ensureLoaded(ME);
    // The unblock lands meanwhile: D1 first, then the copy (loading it fresh).
    d1 = [];
    await new BlockList(
      sql,
      d1Answering(() => d1),
    ).set(ME, BLOCKED, false);
    openSlowRead();
    await slowLoad;
    expect([slow.hides(GROUP, BLOCKED), slow.hides(GROUP, "stale")]).toEqual([false, false]);
  });
});
