import { describe, expect, it } from "vitest";
import { searchMessages } from "./search.ts";
import { unitChat } from "./unit-harness.ts";

// usr_a blocked usr_b: in the group, usr_b's messages leave usr_a's reads (history, search, unread,
// read receipts) while usr_c, who blocked no one, sees everything.
const BLOCKED = ["usr_b"];

describe("a group's reads for a viewer with blocked senders", () => {
  it("leaves their messages out of the viewer's history, search and unread count; others see them", () => {
    const c = unitChat();
    c.send("usr_c", "the plan for saturday");
    c.send("usr_b", "saturday spam");
    c.send("usr_c", "bring snacks");
    const texts = (viewer: string, hidden: string[]) =>
      c.store.listMessages(viewer, { limit: 50 }, hidden).messages.map((m) => m.text);
    expect(texts("usr_a", BLOCKED)).toEqual(["the plan for saturday", "bring snacks"]);
    expect(texts("usr_c", [])).toEqual(["the plan for saturday", "saturday spam", "bring snacks"]);

    const found = (viewer: string, hidden: string[]) =>
      searchMessages(c.access, viewer, { q: "saturday", order: "recent", limit: 10, offset: 0 }, hidden).hits.map(
        (h) => h.message.text,
      );
    expect(found("usr_a", BLOCKED)).toEqual(["the plan for saturday"]);
    expect(found("usr_c", [])).toEqual(["saturday spam", "the plan for saturday"]);

    expect(c.store.details("usr_a", BLOCKED).unreadCount).toBe(2);
    expect(c.store.details("usr_c").unreadCount).toBe(1);
    expect(c.sql.transactionSync(() => c.store.markRead("usr_a", 1, BLOCKED))).toEqual({ readSeq: 1, unreadCount: 1 });
  });

  it("pages by seq without the hidden messages, and says whether more visible ones lie beyond", () => {
    const c = unitChat();
    const first = c.send("usr_c", "one");
    for (let i = 0; i < 5; i++) c.send("usr_b", `spam ${i}`);
    c.send("usr_c", "two");
    const page = c.store.listMessages("usr_a", { after: first, limit: 1 }, BLOCKED);
    expect(page.messages.map((m) => m.text)).toEqual(["two"]);
    expect([page.hasOlder, page.hasNewer]).toEqual([true, false]);
    const older = c.store.listMessages("usr_a", { before: first + 6, limit: 1 }, BLOCKED);
    expect(older.messages.map((m) => m.text)).toEqual(["one"]);
    expect(older.hasOlder).toBe(false);
  });

  it("does not tell the blocked sender that their messages reached the viewer or were read", () => {
    const c = unitChat();
    c.send("usr_b", "did you read this?");
    c.send("usr_c", "and this");
    const before = c.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM outbox WHERE recipient = 'usr_b'").one().n;
    c.sql.transactionSync(() => c.store.markDelivered("usr_a", 2, BLOCKED));
    c.sql.transactionSync(() => c.store.markRead("usr_a", 2, BLOCKED));
    const toBlocked = c.sql
      .exec<{ payload: string }>("SELECT payload FROM outbox WHERE recipient = 'usr_b'")
      .toArray()
      .slice(before);
    expect(toBlocked).toEqual([]);
    const toAuthor = c.sql.exec<{ payload: string }>("SELECT payload FROM outbox WHERE recipient = 'usr_c'").toArray();
    expect(toAuthor.map((row) => JSON.parse(row.payload).type)).toEqual(expect.arrayContaining(["delivered", "read"]));
  });
});
