import { describe, expect, it } from "vitest";
import { ASSISTANT_USER_ID } from "../../../openapi/assistant.ts";
import { fakeClock } from "../../clock.ts";
import { nodeSqlStorage } from "../../sql/node-sqlite.ts";
import { CHAT_SCHEMA } from "../schema.ts";
import { DeltaPump } from "./delta-pump.ts";
import { AssistantChatStore } from "./reply-store.ts";

const CHAT_ID = "dlg_0123456789abcdef0123456789abcdef";

function assistantChat() {
  const clock = fakeClock();
  const sql = nodeSqlStorage();
  sql.exec(CHAT_SCHEMA);
  const store = new AssistantChatStore(sql, clock);
  sql.transactionSync(() => store.openDialog(CHAT_ID, "usr_me", ASSISTANT_USER_ID));
  const outbox = () =>
    sql
      .exec<{ recipient: string; payload: string }>("SELECT recipient, payload FROM outbox ORDER BY id")
      .toArray()
      .map((r) => ({
        recipient: r.recipient,
        update: JSON.parse(r.payload) as { type: string; message?: { seq: number; text: string; ai?: unknown } },
      }));
  return { sql, store, clock, outbox };
}

const reservation = { day: "2026-01-01", reservedTokens: 5000, promptTokens: 0 };

describe("the assistant's replies in a chat's storage", () => {
  it("creates the reply at once, streaming, and ends it once with messageEdited; the assistant gets no updates", () => {
    const { sql, store, outbox } = assistantChat();
    expect(store.isAssistantChat()).toBe(true);
    const reply = sql.transactionSync(() => {
      const sent = store.send("usr_me", { clientMessageId: "q1", text: "Hi?", attachments: [] }, null);
      return store.beginReply("usr_me", sent.message.seq, reservation);
    });
    expect(reply).toMatchObject({
      seq: 2,
      senderId: ASSISTANT_USER_ID,
      text: "",
      ai: { state: "streaming", error: null },
    });
    expect(store.messageFor("usr_me", 1).status).toBe("read");
    store.saveReply(2, "Hel");
    expect(store.messageFor("usr_me", 2).text).toBe("Hel");

    const settlement = sql.transactionSync(() =>
      store.finishReply(2, { state: "complete", text: "Hello", error: null, spent: 42 }),
    );
    expect(settlement).toEqual({ seq: 2, userId: "usr_me", day: "2026-01-01", reserved: 5000, spent: 42 });
    // A late save or a second end changes nothing.
    store.saveReply(2, "Hel");
    expect(store.finishReply(2, { state: "cancelled", text: "x", error: null, spent: 1 })).toBeNull();
    expect(store.messageFor("usr_me", 2)).toMatchObject({ text: "Hello", ai: { state: "complete" } });

    const updates = outbox();
    expect(updates.every((u) => u.recipient !== ASSISTANT_USER_ID)).toBe(true);
    const edited = updates.filter((u) => u.update.type === "messageEdited");
    expect(edited).toHaveLength(1);
    expect(edited[0]?.update.message).toMatchObject({ seq: 2, text: "Hello", ai: { state: "complete", error: null } });
    // No push for the user's own message (the assistant has no device); the reply's goes to the user.
    const push = updates
      .filter((u) => u.recipient === "#push")
      .map((u) => u.update as unknown as { recipientIds: string[] });
    expect(push.map((p) => p.recipientIds)).toEqual([["usr_me"]]);
  });

  it("ends replies left streaming as interrupted, keeping the saved text", () => {
    const { sql, store } = assistantChat();
    sql.transactionSync(() => {
      const sent = store.send("usr_me", { clientMessageId: "q1", text: "Hi?", attachments: [] }, null);
      store.beginReply("usr_me", sent.message.seq, reservation);
    });
    store.saveReply(2, "Partial");
    const settled = sql.transactionSync(() => store.interruptStreaming());
    expect(settled).toHaveLength(1);
    expect(store.messageFor("usr_me", 2)).toMatchObject({ text: "Partial", ai: { state: "interrupted" } });
    expect(store.streamingReply()).toBeUndefined();
    expect(store.unsettled().map((s) => s.seq)).toEqual([2]);
    store.markSettled(2);
    expect(store.unsettled()).toEqual([]);
  });
});

describe("DeltaPump", () => {
  it("sends in order, joining text that arrives while a frame is on its way", async () => {
    const sent: { offset: number; delta: string }[] = [];
    let release: () => void = () => {};
    const pump = new DeltaPump(CHAT_ID, 2, async (frame) => {
      sent.push({ offset: frame.offset, delta: frame.delta });
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    pump.push("a", 0);
    pump.push("b", 1);
    pump.push("c", 2);
    release();
    await new Promise((resolve) => setImmediate(resolve));
    release();
    await pump.flush();
    expect(sent).toEqual([
      { offset: 0, delta: "a" },
      { offset: 1, delta: "bc" },
    ]);
  });
});
