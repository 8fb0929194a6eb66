import { describe, expect, it } from "vitest";
import {
  cancelScheduled,
  dueScheduledIds,
  editScheduled,
  listScheduled,
  nextScheduledAt,
  scheduleMessage,
  sendScheduled,
} from "./scheduled.ts";
import { statusOf, unitChat } from "./unit-harness.ts";

const MINUTE = 60_000;
const input = (clientMessageId: string, text = "later") => ({ clientMessageId, text, attachments: [] });

function harness() {
  const c = unitChat();
  const schedule = (userId: string, id: string, at: number, text?: string) =>
    c.sql.transactionSync(() => scheduleMessage(c.access, userId, input(id, text), at));
  /** What the ChatDO's alarm does at `now`. */
  const alarm = () => {
    for (const id of dueScheduledIds(c.sql, c.clock())) {
      c.sql.transactionSync(() =>
        sendScheduled(c.access, id, (senderId, message) => c.store.send(senderId, message, null)),
      );
    }
  };
  const history = (userId: string) => c.store.listMessages(userId, { limit: 100 }).messages;
  return { ...c, schedule, alarm, history };
}

describe("scheduled messages", () => {
  it("wait unseen until their time, then become messages with the next seq", () => {
    const h = harness();
    h.send("usr_a", "now");
    const { scheduled } = h.schedule("usr_b", "s1", h.clock() + 10 * MINUTE, "in ten minutes");
    expect(nextScheduledAt(h.sql)).toBe(scheduled.sendAt);
    expect(h.history("usr_c").map((m) => m.text)).toEqual(["now"]);
    h.clock.advance(9 * MINUTE);
    h.alarm();
    expect(h.history("usr_c")).toHaveLength(1);
    h.send("usr_a", "meanwhile");
    h.clock.advance(MINUTE);
    h.alarm();
    expect(h.history("usr_c").map((m) => [m.seq, m.senderId, m.text])).toEqual([
      [1, "usr_a", "now"],
      [2, "usr_a", "meanwhile"],
      [3, "usr_b", "in ten minutes"],
    ]);
    expect(listScheduled(h.access, "usr_b").scheduled).toEqual([]);
    expect(nextScheduledAt(h.sql)).toBeNull();
  });

  it("a repeat of the clientMessageId answers the same scheduled message; a sent one's id is a conflict", () => {
    const h = harness();
    const first = h.schedule("usr_a", "same", h.clock() + MINUTE);
    const repeat = h.schedule("usr_a", "same", h.clock() + 5 * MINUTE);
    expect(repeat).toEqual({ scheduled: first.scheduled, created: false });
    h.sql.transactionSync(() => h.store.send("usr_a", input("sent-id", "x"), null));
    expect(statusOf(() => h.schedule("usr_a", "sent-id", h.clock() + MINUTE))).toBe(409);
  });

  it("refuses a time in the past or more than a year ahead, and non-members", () => {
    const h = harness();
    expect(statusOf(() => h.schedule("usr_a", "p", h.clock()))).toBe(400);
    expect(statusOf(() => h.schedule("usr_a", "f", h.clock() + 400 * 24 * 60 * MINUTE))).toBe(400);
    expect(statusOf(() => h.schedule("usr_stranger", "s", h.clock() + MINUTE))).toBe(404);
  });

  it("only the author lists, edits and cancels them", () => {
    const h = harness();
    const { scheduled } = h.schedule("usr_a", "mine", h.clock() + MINUTE, "draft");
    expect(listScheduled(h.access, "usr_b").scheduled).toEqual([]);
    expect(statusOf(() => editScheduled(h.access, "usr_b", scheduled.id, { text: "hijack" }))).toBe(404);
    expect(statusOf(() => cancelScheduled(h.access, "usr_b", scheduled.id))).toBe(404);
    const edited = editScheduled(h.access, "usr_a", scheduled.id, { text: "final", sendAt: h.clock() + 2 * MINUTE });
    expect(edited).toMatchObject({ text: "final", sendAt: h.clock() + 2 * MINUTE });
    cancelScheduled(h.access, "usr_a", scheduled.id);
    h.clock.advance(5 * MINUTE);
    h.alarm();
    expect(h.history("usr_a")).toEqual([]);
  });

  it("a sender who left the group before the time has nothing sent", () => {
    const h = harness();
    h.schedule("usr_c", "leaver", h.clock() + MINUTE);
    h.sql.transactionSync(() => h.store.removeMember("usr_c", "usr_c"));
    h.clock.advance(MINUTE);
    h.alarm();
    expect(h.history("usr_a")).toEqual([]);
    expect(nextScheduledAt(h.sql)).toBeNull();
  });
});
