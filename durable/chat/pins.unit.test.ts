import { describe, expect, it } from "vitest";
import { MAX_PINNED_MESSAGES } from "../../openapi/pins.ts";
import { listPinned, setPinned } from "./pins.ts";
import { statusOf, unitChat } from "./unit-harness.ts";

const pinnedSeqs = (c: ReturnType<typeof unitChat>, userId: string) =>
  listPinned(c.access, userId).pinned.map((p) => p.message.seq);

describe("pinned messages", () => {
  it("group admins pin and unpin; plain members may not; every member hears of a change once", () => {
    const c = unitChat();
    const seq = c.send("usr_b", "the address is 5 Main St");
    const before = c.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM outbox").one().n;
    expect(statusOf(() => c.sql.transactionSync(() => setPinned(c.access, "usr_b", seq, true)))).toBe(403);
    c.sql.transactionSync(() => setPinned(c.access, "usr_a", seq, true));
    c.sql.transactionSync(() => setPinned(c.access, "usr_a", seq, true));
    expect(pinnedSeqs(c, "usr_c")).toEqual([seq]);
    const rows = c.sql
      .exec<{ payload: string }>("SELECT payload FROM outbox WHERE id > 0 ORDER BY id")
      .toArray()
      .slice(before)
      .map((r) => JSON.parse(r.payload));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ type: "chatUpdated", pinnedMessage: { seq, pinned: true, by: "usr_a" } });
    c.sql.transactionSync(() => setPinned(c.access, "usr_a", seq, false));
    expect(pinnedSeqs(c, "usr_c")).toEqual([]);
  });

  it("in a dialog either member pins", () => {
    const c = unitChat();
    const sql = c.sql;
    sql.exec("UPDATE chat SET kind = 'dialog'");
    const seq = c.send("usr_a", "hi");
    sql.transactionSync(() => setPinned(c.access, "usr_b", seq, true));
    expect(pinnedSeqs(c, "usr_a")).toEqual([seq]);
  });

  it("a message deleted for everyone is unpinned; one hidden by a member is left out of their list only", () => {
    const c = unitChat();
    const kept = c.send("usr_a", "kept");
    const erased = c.send("usr_a", "erased");
    for (const seq of [kept, erased]) c.sql.transactionSync(() => setPinned(c.access, "usr_a", seq, true));
    c.sql.transactionSync(() => c.store.delete("usr_a", erased, true));
    c.sql.transactionSync(() => c.store.delete("usr_b", kept, false));
    expect(pinnedSeqs(c, "usr_b")).toEqual([]);
    expect(pinnedSeqs(c, "usr_c")).toEqual([kept]);
    expect(c.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM pinned_messages").one().n).toBe(1);
  });

  it(`stops at ${MAX_PINNED_MESSAGES} pins with 409, and refuses unknown messages and non-members`, () => {
    const c = unitChat();
    for (let i = 0; i < MAX_PINNED_MESSAGES; i++) {
      const seq = c.send("usr_a", `m${i}`);
      c.sql.transactionSync(() => setPinned(c.access, "usr_a", seq, true));
    }
    const extra = c.send("usr_a", "one too many");
    expect(statusOf(() => setPinned(c.access, "usr_a", extra, true))).toBe(409);
    expect(statusOf(() => setPinned(c.access, "usr_a", 9999, true))).toBe(404);
    expect(statusOf(() => listPinned(c.access, "usr_stranger"))).toBe(404);
  });
});
