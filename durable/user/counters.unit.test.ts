import { describe, expect, it } from "vitest";
import { nodeSqlStorage } from "../sql/node-sqlite.ts";
import { COUNTERS_SCHEMA, countInWindow } from "./counters.ts";

function counters() {
  const sql = nodeSqlStorage();
  sql.exec(COUNTERS_SCHEMA);
  return sql;
}

describe("per-user window counters", () => {
  it("counts within a window, per key, and starts over in the next window", () => {
    const sql = counters();
    expect([1, 2, 3].map(() => countInWindow(sql, "send", 60_000, 1))).toEqual([1, 2, 3]);
    expect(countInWindow(sql, "other", 60_000, 1)).toBe(1);
    expect(countInWindow(sql, "send", 120_000, 1)).toBe(1);
    expect(countInWindow(sql, "send", 120_000, 5)).toBe(6);
  });

  it("keeps one row per key however many windows pass", () => {
    const sql = counters();
    for (let window = 0; window < 50; window++) countInWindow(sql, "send", window * 60_000, 1);
    expect(sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM counters").one().n).toBe(1);
  });
});
