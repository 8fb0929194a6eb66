import { describe, expect, it } from "vitest";
import { type ChatEvent, chatEvent } from "../chat/rpc.ts";
import { fakeClock } from "../clock.ts";
import { nodeSqlStorage } from "../sql/node-sqlite.ts";
import { USER_SCHEMA } from "./schema.ts";
import { UserStore } from "./store.ts";

const CHAT_ID = `grp_${"c".repeat(32)}`;
const chat = {
  id: CHAT_ID,
  kind: "group" as const,
  title: "Log",
  about: "",
  peerId: null,
  memberCount: 1,
  createdBy: "usr_carol",
  createdAt: 1,
  updatedAt: 1,
};
const events = (from: number, count: number): ChatEvent[] =>
  Array.from({ length: count }, (_, i) =>
    chatEvent(from + i, {
      type: "chatUpdated",
      chatId: CHAT_ID,
      date: from + i,
      chat: { ...chat, title: `Log ${from + i}` },
    }),
  );

function userStore() {
  const sql = nodeSqlStorage();
  sql.exec(USER_SCHEMA);
  const store = new UserStore(sql, fakeClock());
  store.bindOwner("usr_carol");
  return { sql, store };
}

describe("the update log", () => {
  it("answers tooLong when `since` is older than the retained window, or ahead of the log", () => {
    const { sql, store } = userStore();
    // 15 updates into a log that keeps 10 (the rule of UPDATE_LOG_RETENTION, at a small size).
    sql.transactionSync(() => store.applyChatEvents(CHAT_ID, events(1, 15), 10));
    for (const since of [0, 4])
      expect(store.updatesSince(since, 100), `since=${since}`).toEqual({ tooLong: true, pts: 15 });
    const retained = store.updatesSince(5, 100);
    expect(retained.tooLong).toBe(false);
    expect(retained.tooLong === false && retained.updates.map((u) => u.pts)).toEqual([
      6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ]);
    expect(store.updatesSince(16, 100)).toEqual({ tooLong: true, pts: 15 });
  });

  it("applies a chat's events once: a repeated delivery (its acknowledgement was lost) is skipped", () => {
    const { store } = userStore();
    expect(store.applyChatEvents(CHAT_ID, events(1, 3), 100).applied.map((u) => u.pts)).toEqual([1, 2, 3]);
    const again = store.applyChatEvents(CHAT_ID, events(2, 3), 100);
    expect(again.applied.map((u) => u.pts)).toEqual([4]); // only event 4 is new
    expect(again.pts).toBe(4);
  });

  it("forgets what a rolled-back transaction applied: the same events are applied again, at the same pts", () => {
    const { sql, store } = userStore();
    store.transaction(sql, () => store.applyChatEvents(CHAT_ID, events(1, 2), 100));
    expect(() =>
      store.transaction(sql, () => {
        store.applyChatEvents(CHAT_ID, events(3, 2), 100);
        throw new Error("the object failed before its transaction committed");
      }),
    ).toThrow(/before its transaction committed/);
    expect(store.pts()).toBe(2);
    const retried = store.transaction(sql, () => store.applyChatEvents(CHAT_ID, events(3, 2), 100));
    expect(retried.applied.map((u) => u.pts)).toEqual([3, 4]);
    expect(store.updatesSince(0, 10)).toMatchObject({ tooLong: false, pts: 4 });
  });

  it("tells the caller of a rolled-back transaction, and only of that one", () => {
    const { sql, store } = userStore();
    const rollbacks: string[] = [];
    store.transaction(
      sql,
      () => store.applyChatEvents(CHAT_ID, events(1, 1), 100),
      () => rollbacks.push("first"),
    );
    expect(() =>
      store.transaction(
        sql,
        () => {
          throw new Error("failed");
        },
        () => rollbacks.push("second"),
      ),
    ).toThrow("failed");
    expect(rollbacks).toEqual(["second"]);
  });

  it("continues an existing log after a restart, and one whose pts an older version kept in meta", () => {
    const { sql, store } = userStore();
    store.transaction(sql, () => store.applyChatEvents(CHAT_ID, events(1, 3), 100));
    const restarted = new UserStore(sql, fakeClock());
    restarted.bindOwner("usr_carol");
    expect(restarted.applyChatEvents(CHAT_ID, events(3, 2), 100).applied.map((u) => u.pts)).toEqual([4]);
    // An object written before pts was read from the log: its recorded pts is never reused.
    sql.exec("INSERT INTO meta (key, value) VALUES ('pts', 9) ON CONFLICT(key) DO UPDATE SET value = 9");
    const older = new UserStore(sql, fakeClock());
    older.bindOwner("usr_carol");
    expect(older.applyChatEvents(CHAT_ID, events(5, 1), 100).applied.map((u) => u.pts)).toEqual([10]);
  });

  it("belongs to one user: another user's call is refused", () => {
    const { store } = userStore();
    expect(() => store.bindOwner("usr_someone_else")).toThrow(/different user/);
    expect(store.ownerId()).toBe("usr_carol");
  });
});
