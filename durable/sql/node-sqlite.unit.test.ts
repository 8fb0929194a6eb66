import { describe, expect, it } from "vitest";
import { nodeSqlStorage } from "./node-sqlite.ts";

describe("the node:sqlite SqlStorage adapter", () => {
  it("runs a schema script, binds values, and reads rows as toArray, one, raw and iteration", () => {
    const sql = nodeSqlStorage();
    sql.exec("CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT); CREATE TABLE b (x INTEGER);");
    expect(sql.exec("INSERT INTO a (name) VALUES (?), (?)", "ann", "bo").rowsWritten).toBe(2);
    expect(sql.exec<{ id: number; name: string }>("SELECT * FROM a ORDER BY id").toArray()).toEqual([
      { id: 1, name: "ann" },
      { id: 2, name: "bo" },
    ]);
    expect(sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM b").one()).toEqual({ n: 0 });
    expect([...sql.exec("SELECT id, name FROM a WHERE id = ?", 2).raw()]).toEqual([[2, "bo"]]);
    expect([...sql.exec<{ name: string }>("SELECT name FROM a ORDER BY id")].map((r) => r.name)).toEqual(["ann", "bo"]);
  });

  it("one() refuses zero or several rows, like SqlStorage", () => {
    const sql = nodeSqlStorage();
    sql.exec("CREATE TABLE a (x INTEGER)");
    expect(() => sql.exec("SELECT x FROM a").one()).toThrow(/no results/);
    sql.exec("INSERT INTO a VALUES (1), (2)");
    expect(() => sql.exec("SELECT x FROM a").one()).toThrow(/multiple results/);
  });

  it("transactionSync commits all of its work or none of it, nested too", () => {
    const sql = nodeSqlStorage();
    sql.exec("CREATE TABLE a (x INTEGER)");
    sql.transactionSync(() => {
      sql.exec("INSERT INTO a VALUES (1)");
      expect(() =>
        sql.transactionSync(() => {
          sql.exec("INSERT INTO a VALUES (2)");
          throw new Error("refused");
        }),
      ).toThrow("refused");
    });
    expect(() =>
      sql.transactionSync(() => {
        sql.exec("INSERT INTO a VALUES (3)");
        throw new Error("refused");
      }),
    ).toThrow("refused");
    expect(sql.exec<{ x: number }>("SELECT x FROM a").toArray()).toEqual([{ x: 1 }]);
  });
});
