import { describe, expect, it } from "vitest";
import { fakeClock } from "../clock.ts";
import { nodeSqlStorage } from "../sql/node-sqlite.ts";
import { CallMachine, type Effects } from "./machine.ts";
import { CallPushes } from "./pushes.ts";
import type { CallOpening } from "./rpc.ts";
import { CALL_SCHEMA } from "./schema.ts";

const LIMITS = { ringTimeoutMs: 45_000, meshLimit: 4 };
const CALL_ID = `call_${"c".repeat(32)}`;

function opening(kind: "dialog" | "group", memberIds: string[]): CallOpening {
  return {
    callId: CALL_ID,
    chatId: kind === "dialog" ? `dlg_${"d".repeat(32)}` : `grp_${"g".repeat(32)}`,
    kind,
    video: false,
    initiatorId: "usr_ann",
    initiatorSessionId: "ses_ann",
    memberIds,
    createdAt: 0,
  };
}

/** The machine and the push outbox as the CallDO runs them: each transition records its pushes. */
function call() {
  const sql = nodeSqlStorage();
  sql.exec(CALL_SCHEMA);
  const clock = fakeClock();
  const machine = new CallMachine(sql, clock);
  const pushes = new CallPushes(sql);
  const run = (work: () => Effects) => pushes.record(work(), clock(), LIMITS.ringTimeoutMs);
  const jobs = () =>
    pushes.pending().map((j) => `${j.event} ${j.recipientIds.join(",")}${j.reason ? ` ${j.reason}` : ""}`);
  return { machine, pushes, clock, run, jobs };
}

describe("the call's push outbox", () => {
  it("rings the callees once, with the ring deadline, and stops the callee who answers", () => {
    const { machine, pushes, clock, run, jobs } = call();
    run(() => machine.start(opening("dialog", ["usr_ann", "usr_bob"]), new Set(), LIMITS));
    const [ring] = pushes.pending();
    expect(ring).toMatchObject({
      event: "ring",
      jobId: `${CALL_ID}:ring:0`,
      callerId: "usr_ann",
      video: false,
      recipientIds: ["usr_bob"],
      expiresAt: clock() + LIMITS.ringTimeoutMs,
    });
    clock.advance(3000);
    run(() => machine.join("usr_bob", "ses_bob_phone"));
    expect(jobs()).toEqual(["ring usr_bob", "stop usr_bob answered"]);
    expect(pushes.pending()[1]).toMatchObject({ ringJobId: ring?.jobId, jobId: `${CALL_ID}:stop:0` });
    // The hang-up that follows rings nobody and stops nobody again.
    run(() => machine.leave("usr_ann", "ses_ann", "hangup"));
    expect(jobs()).toHaveLength(2);
  });

  it("a callee who declines stops ringing as declined; the caller giving up stops the rest as missed", () => {
    const { machine, run, jobs } = call();
    run(() => machine.start(opening("group", ["usr_ann", "usr_bob", "usr_cat"]), new Set(), LIMITS));
    run(() => machine.leave("usr_bob", "ses_bob", "declined"));
    run(() => machine.leave("usr_ann", "ses_ann", "hangup"));
    expect(jobs()).toEqual(["ring usr_bob,usr_cat", "stop usr_bob declined", "stop usr_cat missed"]);
  });

  it("the ring timeout stops whoever still rings as missed", () => {
    const { machine, clock, run, jobs } = call();
    run(() => machine.start(opening("group", ["usr_ann", "usr_bob", "usr_cat"]), new Set(), LIMITS));
    run(() => machine.join("usr_bob", "ses_bob"));
    clock.advance(LIMITS.ringTimeoutMs);
    run(() => machine.ringTimeout());
    expect(jobs()).toEqual(["ring usr_bob,usr_cat", "stop usr_bob answered", "stop usr_cat missed"]);
  });

  it("busy callees are not rung; a call nobody can answer queues nothing", () => {
    const { machine, run, jobs } = call();
    run(() => machine.start(opening("group", ["usr_ann", "usr_bob", "usr_cat"]), new Set(["usr_cat"]), LIMITS));
    expect(jobs()).toEqual(["ring usr_bob"]);
    const other = call();
    other.run(() => other.machine.start(opening("dialog", ["usr_ann", "usr_bob"]), new Set(["usr_bob"]), LIMITS));
    expect(other.jobs()).toEqual([]);
  });

  it("a job stays pending until the queue took it", () => {
    const { machine, pushes, run } = call();
    run(() => machine.start(opening("dialog", ["usr_ann", "usr_bob"]), new Set(), LIMITS));
    run(() => machine.leave("usr_bob", "ses_bob", "declined"));
    const [ring, stop] = pushes.pending();
    pushes.markQueued([ring?.jobId ?? ""]);
    expect(pushes.pending()).toEqual([stop]);
    pushes.markQueued([stop?.jobId ?? ""]);
    expect(pushes.pending()).toEqual([]);
  });
});
