import { describe, expect, it } from "vitest";
import { fakeD1 } from "../sql/fake-d1.ts";
import { nodeSqlStorage } from "../sql/node-sqlite.ts";
import { PUSH_REACH_SCHEMA, PushReach } from "./push-reach.ts";
import { USER_SCHEMA } from "./schema.ts";

const ME = "usr_me";

/** D1 as the copy sees it: the sessions with a push target; counts the reads. */
const d1With = (sessions: string[]) => fakeD1(() => sessions.map((session_id) => ({ session_id })));

function storage() {
  const sql = nodeSqlStorage();
  sql.exec(USER_SCHEMA);
  sql.exec(PUSH_REACH_SCHEMA);
  return sql;
}

describe("push reach", () => {
  it("is reachable while unknown, and once loaded only beyond the sessions that saw the updates", async () => {
    const sql = storage();
    const reach = new PushReach(sql, d1With(["ses_phone", "ses_tablet"]).db);
    expect(reach.reachableBeyond(new Set())).toBe(true);
    await reach.ensureLoaded(ME);
    expect(reach.reachableBeyond(new Set(["ses_phone"]))).toBe(true);
    expect(reach.reachableBeyond(new Set(["ses_phone", "ses_tablet", "ses_web"]))).toBe(false);
  });

  it("is not reachable for a user with no push target, until one is added", async () => {
    const reach = new PushReach(storage(), d1With([]).db);
    await reach.ensureLoaded(ME);
    expect(reach.reachableBeyond(new Set())).toBe(false);
    await reach.add(ME, "ses_phone");
    expect(reach.reachableBeyond(new Set())).toBe(true);
    expect(reach.reachableBeyond(new Set(["ses_phone"]))).toBe(false);
    reach.remove("ses_phone");
    expect(reach.reachableBeyond(new Set())).toBe(false);
  });

  it("reads D1 once: a new instance (an evicted object) goes on from its own storage", async () => {
    const sql = storage();
    const d1 = d1With(["ses_phone"]);
    await new PushReach(sql, d1.db).ensureLoaded(ME);
    const later = new PushReach(sql, d1.db);
    await later.add(ME, "ses_laptop");
    await later.ensureLoaded(ME);
    expect(d1.reads.n).toBe(1);
    expect(later.reachableBeyond(new Set(["ses_phone"]))).toBe(true);
    expect(new PushReach(sql, d1.db).reachableBeyond(new Set())).toBe(true);
  });
});
