import { describe, expect, it } from "vitest";
import { nodeSqlStorage } from "../sql/node-sqlite.ts";
import { COUNTERS_SCHEMA, WindowCounters } from "./counters.ts";

function storage() {
  const sql = nodeSqlStorage();
  sql.exec(COUNTERS_SCHEMA);
  return sql;
}

const stored = (sql: SqlStorage, key = "send") =>
  sql.exec<{ count: number }>("SELECT count FROM counters WHERE key = ?", key).toArray()[0]?.count ?? null;

describe("per-user window counters", () => {
  it("counts within a window, per key, and starts over in the next window", () => {
    const counters = new WindowCounters(storage());
    expect([1, 2, 3].map(() => counters.add("send", 60_000, 1, 100))).toEqual([1, 2, 3]);
    expect(counters.add("other", 60_000, 1, 100)).toBe(1);
    expect(counters.add("send", 120_000, 1, 100)).toBe(1);
    expect(counters.add("send", 120_000, 5, 100)).toBe(6);
  });

  it("stores a count at once from half the limit on, and the rest when flushed", () => {
    const sql = storage();
    const counters = new WindowCounters(sql);
    for (let i = 0; i < 4; i++) counters.add("send", 60_000, 1, 10);
    expect(stored(sql)).toBeNull();
    counters.add("send", 60_000, 1, 10);
    expect(stored(sql)).toBe(5);
    counters.add("send", 60_000, 1, 10);
    expect(stored(sql)).toBe(6);
    counters.add("other", 60_000, 1, 10);
    expect(stored(sql, "other")).toBeNull();
    counters.flush();
    expect(stored(sql, "other")).toBe(1);
  });

  it("writes a count again after the transaction it was flushed in rolled back", () => {
    const sql = storage();
    const counters = new WindowCounters(sql);
    counters.add("send", 60_000, 1, 10);
    sql.exec("SAVEPOINT delivery");
    counters.flush();
    expect(stored(sql)).toBe(1);
    sql.exec("ROLLBACK TO delivery");
    sql.exec("RELEASE delivery");
    counters.rolledBack();
    expect(stored(sql)).toBeNull();
    counters.flush();
    expect(stored(sql)).toBe(1);
  });

  it("goes on from the stored count in a new instance (an evicted object), within the same window only", () => {
    const sql = storage();
    const first = new WindowCounters(sql);
    for (let i = 0; i < 3; i++) first.add("send", 60_000, 1, 100);
    first.flush();
    first.add("send", 60_000, 1, 100); // not flushed: lost with the instance
    const second = new WindowCounters(sql);
    expect(second.add("send", 60_000, 1, 100)).toBe(4);
    expect(new WindowCounters(sql).add("send", 120_000, 1, 100)).toBe(1);
  });

  it("keeps one row per key however many windows pass", () => {
    const sql = storage();
    const counters = new WindowCounters(sql);
    for (let window = 0; window < 50; window++) counters.add("send", window * 60_000, 1, 1);
    expect(sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM counters").one().n).toBe(1);
  });
});
