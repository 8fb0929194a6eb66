import { describe, expect, it } from "vitest";
import type { UpdateBody } from "../../openapi/realtime-types.ts";
import { fakeClock } from "../clock.ts";
import { DEAD_LETTER_RETENTION_MS } from "../config.ts";
import { nodeSqlStorage } from "../sql/node-sqlite.ts";
import {
  deadLetterCount,
  deleteDelivered,
  drainOutbox,
  ECHO_HOLD_MS,
  type OutboxSinks,
  outboxState,
} from "./outbox.ts";
import type { ChatEvent, DeadLetter, PushJob } from "./rpc.ts";
import { CHAT_SCHEMA } from "./schema.ts";
import { ChatStore } from "./store.ts";

const CHAT_ID = "grp_outbox_unit";

/**
 * One chat over node:sqlite, driven like ChatDO drives it: every write arms the alarm at the
 * earliest row that may be attempted, the alarm drains and re-arms at the report's nextAttemptAt. Time moves only when the test says.
 */
function chatHarness(memberIds: string[], maxAttempts = 12) {
  const clock = fakeClock();
  const sql = nodeSqlStorage();
  sql.exec(CHAT_SCHEMA);
  const store = new ChatStore(sql, clock);
  const [owner = "usr_owner", ...others] = memberIds;
  sql.transactionSync(() => store.createGroup(CHAT_ID, owner, "Unit group", others, 100_000));

  const received = new Map<string, ChatEvent[]>();
  const pushed: PushJob[] = [];
  const dead: DeadLetter[] = [];
  const calls = { deliveries: 0, pushes: 0, alarms: 0, idleAlarms: 0 };
  let refuse: (userId: string, events: ChatEvent[]) => boolean = () => false;
  // Members whose objects answer that no push could reach them (no device offline).
  const beyondPush = new Set<string>();
  let alarmAt: number | null = clock();

  // Each member delivery's start and end, in the order they happened.
  const timeline: string[] = [];
  const sinks: OutboxSinks = {
    async deliverToUser(userId, _chatId, events) {
      calls.deliveries += 1;
      timeline.push(`start ${userId}`);
      // A consumer answers later, as a call to another object does.
      await new Promise((resolve) => setTimeout(resolve, 0));
      timeline.push(`end ${userId}`);
      if (refuse(userId, events)) throw new Error(`${userId} refused`);
      received.set(userId, [...(received.get(userId) ?? []), ...events]);
      return { pushReachable: !beyondPush.has(userId) };
    },
    async enqueuePush(jobs) {
      calls.pushes += 1;
      pushed.push(...jobs);
    },
    async applyAttachmentChanges() {},
    async recordDeadLetters(letters) {
      dead.push(...letters);
    },
  };

  const runAlarm = async () => {
    clock.set(Math.max(clock(), alarmAt ?? clock()));
    const before = calls.deliveries + calls.pushes;
    const report = await drainOutbox(sql, CHAT_ID, sinks, { now: clock(), maxAttempts });
    calls.alarms += 1;
    if (calls.deliveries + calls.pushes === before) calls.idleAlarms += 1;
    // A spinning alarm would loop here for ever: stop early and let the assertions say so.
    if (calls.idleAlarms > 100) throw new Error(`the alarm spins: ${calls.idleAlarms} alarms attempted nothing`);
    alarmAt = report.nextAttemptAt;
    return report;
  };

  return {
    clock,
    sql,
    sinks,
    received,
    pushed,
    dead,
    calls,
    timeline,
    refuseWhen(rule: typeof refuse) {
      refuse = rule;
    },
    beyondPush,
    send(senderId: string, text: string) {
      this.write((s) => s.send(senderId, { clientMessageId: `${senderId}-${text}`, text, attachments: [] }, null));
    },
    write(work: (s: ChatStore) => unknown) {
      sql.transactionSync(() => work(store));
      // What ChatDO.armAlarm does after a write (its outbox part).
      const { nextAttemptAt } = outboxState(sql);
      alarmAt = nextAttemptAt === null ? null : Math.max(clock(), nextAttemptAt);
    },
    runAlarm,
    /** Fires alarms as the platform would, until none is due before `untilMs` (or the cap). */
    async runAlarmsUntil(untilMs: number, cap = 10_000) {
      for (let i = 0; i < cap && alarmAt !== null && alarmAt <= untilMs; i++) await runAlarm();
    },
    get alarmAt() {
      return alarmAt;
    },
    newMessageSeqs(userId: string) {
      return (received.get(userId) ?? []).flatMap((e) => {
        const update = JSON.parse(e.body) as UpdateBody;
        return update.type === "newMessage" ? [update.message.seq] : [];
      });
    },
  };
}

describe("the outbox alarm while a recipient backs off", () => {
  it("is not re-armed to now: it fires no more often than it attempts a delivery", async () => {
    const chat = chatHarness(["usr_alice", "usr_bob", "usr_carol"]);
    await chat.runAlarmsUntil(chat.clock());
    chat.refuseWhen((userId) => userId === "usr_bob");

    // A message a second for a minute, while bob keeps refusing: his rows pile up behind his
    // backoff, each with a next_attempt_at in the past.
    const start = chat.clock();
    for (let s = 0; s < 60; s++) {
      chat.send("usr_alice", `m${s}`);
      await chat.runAlarmsUntil(chat.clock());
      // Time passes between sends; alarms due in between fire.
      await chat.runAlarmsUntil(start + (s + 1) * 1000);
      chat.clock.set(start + (s + 1) * 1000);
    }

    expect(chat.calls.idleAlarms).toBe(0);
    expect(chat.calls.alarms).toBeLessThanOrEqual(chat.calls.deliveries + chat.calls.pushes);
    // Bob was retried on his backoff (1 s, 2 s, 4 s …), not on every send: a handful of attempts.
    expect(chat.newMessageSeqs("usr_carol")).toHaveLength(60);
    const state = outboxState(chat.sql);
    expect(state.remaining).toBeGreaterThanOrEqual(60);
    expect(state.nextAttemptAt).toBeGreaterThan(chat.clock());

    // Bob recovers: the next alarm (at his hold) delivers everything, in order, once.
    chat.refuseWhen(() => false);
    await chat.runAlarmsUntil(Number.MAX_SAFE_INTEGER);
    expect(chat.newMessageSeqs("usr_bob")).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(chat.alarmAt).toBeNull();
    expect(chat.calls.idleAlarms).toBe(0);
  });

  it("arms the next alarm at the backing-off recipient's hold, not at its newer rows", async () => {
    const chat = chatHarness(["usr_alice", "usr_bob"]);
    await chat.runAlarmsUntil(chat.clock());
    chat.refuseWhen((userId) => userId === "usr_bob");
    chat.send("usr_alice", "first");
    const failedAt = chat.clock();
    await chat.runAlarm();
    expect(chat.alarmAt).toBe(failedAt + 1000);

    chat.clock.advance(10);
    chat.send("usr_alice", "second"); // bob's new row is due now, but bob is not
    await chat.runAlarm(); // delivers to alice; bob is held
    expect(chat.alarmAt).toBe(failedAt + 1000);
  });

  it("is not woken by a write whose rows are all for a recipient backing off", async () => {
    const chat = chatHarness(["usr_alice", "usr_bob"]);
    await chat.runAlarmsUntil(chat.clock());
    chat.refuseWhen((userId) => userId === "usr_bob");
    chat.send("usr_bob", "from bob");
    await chat.runAlarm();
    const hold = chat.alarmAt;
    expect(hold).toBeGreaterThan(chat.clock());
    chat.clock.advance(10);
    chat.write((s) => s.markDelivered("usr_alice", 1)); // tells only bob, the author
    expect(chat.alarmAt).toBe(hold);
  });
});

describe("a row that keeps failing", () => {
  it("moves to the dead-letter table after OUTBOX_MAX_ATTEMPTS and the recipient's later rows go on", async () => {
    const chat = chatHarness(["usr_alice", "usr_bob"], 4);
    await chat.runAlarmsUntil(chat.clock());
    chat.send("usr_alice", "poison");
    chat.send("usr_alice", "fine-1");
    chat.send("usr_alice", "fine-2");
    const poisonSeq = 1;
    // Bob's object refuses any batch holding the poison message, and takes everything else.
    chat.refuseWhen(
      (userId, events) =>
        userId === "usr_bob" &&
        events.some((e) => {
          const update = JSON.parse(e.body) as UpdateBody;
          return update.type === "newMessage" && update.message.seq === poisonSeq;
        }),
    );
    await chat.runAlarmsUntil(Number.MAX_SAFE_INTEGER);

    expect(chat.newMessageSeqs("usr_alice")).toEqual([1, 2, 3]);
    expect(chat.newMessageSeqs("usr_bob")).toEqual([2, 3]);
    expect(chat.dead).toHaveLength(1);
    expect(chat.dead[0]).toMatchObject({ chatId: CHAT_ID, recipient: "usr_bob", kind: "newMessage", attempts: 4 });
    expect(chat.dead[0]?.lastError).toContain("refused");
    expect(JSON.stringify(chat.dead)).not.toContain("poison"); // no message text leaves the object
    expect(deadLetterCount(chat.sql)).toBe(1);
    expect(outboxState(chat.sql)).toEqual({ remaining: 0, nextAttemptAt: null });
  });

  it("stays in the outbox while D1 cannot record it, so no dead row goes uncounted", async () => {
    const chat = chatHarness(["usr_alice", "usr_bob"], 2);
    await chat.runAlarmsUntil(chat.clock());
    chat.send("usr_alice", "lost");
    // Two failed attempts reach the limit; while recording fails, the row stays.
    let recordFails = true;
    const sql = chat.sql;
    const sinks: OutboxSinks = {
      deliverToUser: async (userId) => {
        if (userId === "usr_bob") throw new Error("bob refused");
        return { pushReachable: true };
      },
      enqueuePush: async () => {},
      applyAttachmentChanges: async () => {},
      recordDeadLetters: async () => {
        if (recordFails) throw new Error("D1 unavailable");
      },
    };
    const t0 = chat.clock();
    await drainOutbox(sql, CHAT_ID, sinks, { now: t0, maxAttempts: 2 });
    await drainOutbox(sql, CHAT_ID, sinks, { now: t0 + 60_000, maxAttempts: 2 });
    expect(deadLetterCount(sql)).toBe(0);
    expect(outboxState(sql).remaining).toBe(1);
    recordFails = false;
    await drainOutbox(sql, CHAT_ID, sinks, { now: t0 + 120_000, maxAttempts: 2 });
    expect(deadLetterCount(sql)).toBe(1);
    expect(outboxState(sql).remaining).toBe(0);
  });
  it("keeps a dead row's copy (with its text) no longer than D1 keeps the record", async () => {
    const chat = chatHarness(["usr_alice", "usr_bob"], 1);
    await chat.runAlarmsUntil(chat.clock());
    const sinks = (refuse: boolean): OutboxSinks => ({
      deliverToUser: async (userId) => {
        if (refuse && userId === "usr_bob") throw new Error("bob refused");
        return { pushReachable: true };
      },
      enqueuePush: async () => {},
      applyAttachmentChanges: async () => {},
      recordDeadLetters: async () => {},
    });
    const t0 = chat.clock();
    chat.send("usr_alice", "first secret");
    await drainOutbox(chat.sql, CHAT_ID, sinks(true), { now: t0, maxAttempts: 1 });
    expect(deadLetterCount(chat.sql)).toBe(1);
    chat.send("usr_alice", "second secret");
    await drainOutbox(chat.sql, CHAT_ID, sinks(true), { now: t0 + DEAD_LETTER_RETENTION_MS, maxAttempts: 1 });
    const left = chat.sql.exec<{ payload: string }>("SELECT payload FROM outbox_dead").toArray();
    expect(left.map((row) => row.payload).join()).not.toContain("first secret");
    expect(left.map((row) => row.payload).join()).toContain("second secret");
  });
});

describe("a backlog for a group of 1,000 members", () => {
  it("drains completely: every member gets every message once, in order, and every push job goes out", async () => {
    const members = Array.from({ length: 1000 }, (_, i) => `usr_${String(i).padStart(26, "0")}`);
    const chat = chatHarness(members);
    await chat.runAlarmsUntil(chat.clock());
    const messages = 20;
    for (let i = 0; i < messages; i++) chat.send(members[i % 3] ?? "usr_owner", `b${i}`);
    await chat.runAlarmsUntil(chat.clock());

    expect(outboxState(chat.sql)).toEqual({ remaining: 0, nextAttemptAt: null });
    const expected = Array.from({ length: messages }, (_, i) => i + 1);
    for (const id of [members[0], members[499], members[999]]) expect(chat.newMessageSeqs(id ?? "")).toEqual(expected);
    expect(members.every((id) => chat.newMessageSeqs(id).length === messages)).toBe(true);
    // Each message's push reaches the 999 others exactly once, over however many jobs.
    for (let seq = 1; seq <= messages; seq++) {
      const recipients = chat.pushed.filter((job) => job.seq === seq).flatMap((job) => job.recipientIds);
      expect(new Set(recipients).size).toBe(999);
      expect(recipients).toHaveLength(999);
    }
    expect(chat.calls.idleAlarms).toBe(0);
  });
});

describe("push jobs and the members' answers", () => {
  it("leave out members no push could reach, and queue nothing when that is everyone", async () => {
    const chat = chatHarness(["usr_alice", "usr_bob", "usr_carol"]);
    await chat.runAlarmsUntil(chat.clock());
    chat.beyondPush.add("usr_bob");
    chat.send("usr_alice", "to carol's phone only");
    await chat.runAlarmsUntil(chat.clock());
    expect(chat.pushed.at(-1)?.recipientIds).toEqual(["usr_carol"]);

    chat.beyondPush.add("usr_carol");
    const pushesBefore = chat.calls.pushes;
    chat.send("usr_alice", "everyone is online");
    await chat.runAlarmsUntil(chat.clock());
    expect(chat.calls.pushes).toBe(pushesBefore);
    expect(outboxState(chat.sql).remaining).toBe(0);
  });

  it("keep a member whose delivery failed: their push still goes", async () => {
    const chat = chatHarness(["usr_alice", "usr_bob", "usr_carol"]);
    await chat.runAlarmsUntil(chat.clock());
    chat.beyondPush.add("usr_bob");
    chat.beyondPush.add("usr_carol");
    chat.refuseWhen((userId) => userId === "usr_bob");
    chat.send("usr_alice", "bob's object is down");
    await chat.runAlarm();
    expect(chat.pushed.at(-1)?.recipientIds).toEqual(["usr_bob"]);
  });
});

describe("deleting delivered rows later (deferDelete, as ChatDO does)", () => {
  /** Alice's first message delivered to both, its rows' delete deferred. */
  async function firstDelivered() {
    const chat = chatHarness(["usr_alice", "usr_bob"]);
    await chat.runAlarmsUntil(chat.clock());
    chat.send("usr_alice", "first");
    const deferred: number[] = [];
    const options = { now: chat.clock(), maxAttempts: 12, deferDelete: (ids: number[]) => deferred.push(...ids) };
    const report = await drainOutbox(chat.sql, CHAT_ID, chat.sinks, options);
    return { chat, deferred, options, report };
  }

  it("keeps them out of the state and of the next pass, and delivers nothing twice", async () => {
    const { chat, deferred, options, report } = await firstDelivered();
    // Both members' rows and the push job's were accepted: still stored, but nothing waits.
    expect(deferred).toHaveLength(3);
    expect(report).toMatchObject({ delivered: 3, remaining: 0, nextAttemptAt: null });
    expect(outboxState(chat.sql).remaining).toBe(3);
    expect(outboxState(chat.sql, deferred)).toEqual({ remaining: 0, nextAttemptAt: null });

    // A pass before they are deleted skips them (ChatDO passes them as `deferred`): only what is
    // new goes out, and its state leaves both out.
    chat.send("usr_alice", "second");
    const second = await drainOutbox(chat.sql, CHAT_ID, chat.sinks, { ...options, deferred: [...deferred] });
    expect(second).toMatchObject({ delivered: 3, remaining: 0, nextAttemptAt: null });
    expect(chat.newMessageSeqs("usr_bob")).toEqual([1, 2]);
    expect(deferred).toHaveLength(6);
    // The next write deletes them all in its transaction (ChatDO.write).
    deleteDelivered(chat.sql, deferred.splice(0));
    expect(outboxState(chat.sql)).toEqual({ remaining: 0, nextAttemptAt: null });
  });

  it("still retries a recipient whose new row failed while its earlier ones wait to be deleted", async () => {
    const { chat, deferred, options } = await firstDelivered();
    chat.refuseWhen((userId) => userId === "usr_bob");
    chat.send("usr_alice", "second");
    const report = await drainOutbox(chat.sql, CHAT_ID, chat.sinks, { ...options, deferred: [...deferred] });
    // Bob's second row waits for its retry; the rows accepted before count for nothing.
    expect(report).toMatchObject({ failedRecipients: 1, remaining: 1 });
    expect(report.nextAttemptAt).toBeGreaterThan(chat.clock());
  });
});

describe("echoes: updates that tell a member only of their own actions", () => {
  /** A chat of two whose creation has been delivered; the timeline starts empty. */
  async function twoMembers() {
    const chat = chatHarness(["usr_alice", "usr_bob"]);
    await chat.runAlarmsUntil(chat.clock());
    chat.timeline.splice(0);
    return chat;
  }
  const drain = (chat: Awaited<ReturnType<typeof twoMembers>>, passFollows?: () => boolean) =>
    drainOutbox(chat.sql, CHAT_ID, chat.sinks, {
      now: chat.clock(),
      maxAttempts: 12,
      ...(passFollows ? { passFollows } : {}),
    });

  it("go once the others have theirs: the sender's devices after the receiver's", async () => {
    const chat = await twoMembers();
    chat.send("usr_alice", "hi");
    const report = await drain(chat);
    expect(chat.timeline).toEqual(["start usr_bob", "end usr_bob", "start usr_alice", "end usr_alice"]);
    expect(report).toMatchObject({ remaining: 0, nextAttemptAt: null });
    expect(chat.newMessageSeqs("usr_alice")).toEqual([1]);
  });

  it("do not hold back a member who also has others' updates: both are called at once", async () => {
    const chat = await twoMembers();
    chat.send("usr_alice", "hi");
    chat.send("usr_bob", "hello");
    await drain(chat);
    expect(chat.timeline.slice(0, 2).sort()).toEqual(["start usr_alice", "start usr_bob"]);
    expect(chat.newMessageSeqs("usr_alice")).toEqual([1, 2]);
    expect(chat.newMessageSeqs("usr_bob")).toEqual([1, 2]);
  });

  it("wait for the next pass while writes keep coming, then go together, in order, within ECHO_HOLD_MS", async () => {
    const chat = await twoMembers();
    const passFollows = () => true;
    chat.send("usr_alice", "one");
    const first = await drain(chat, passFollows);
    // Bob has it; Alice's echo waits, still counted, due now (a safety-net alarm would take it).
    expect(chat.newMessageSeqs("usr_bob")).toEqual([1]);
    expect(chat.newMessageSeqs("usr_alice")).toEqual([]);
    expect(first).toMatchObject({ remaining: 1, nextAttemptAt: chat.clock() });
    chat.send("usr_alice", "two");
    await drain(chat, passFollows);
    expect(chat.newMessageSeqs("usr_bob")).toEqual([1, 2]);
    expect(chat.newMessageSeqs("usr_alice")).toEqual([]);
    // The oldest echo has waited its bound: it goes, with the ones after it, in one delivery.
    chat.clock.set(chat.clock() + ECHO_HOLD_MS);
    chat.send("usr_alice", "three");
    chat.timeline.splice(0);
    const last = await drain(chat, passFollows);
    expect(chat.newMessageSeqs("usr_alice")).toEqual([1, 2, 3]);
    expect(chat.timeline).toEqual(["start usr_bob", "end usr_bob", "start usr_alice", "end usr_alice"]);
    expect(last).toMatchObject({ remaining: 0, nextAttemptAt: null });
  });

  it("held or not, reach the member exactly once", async () => {
    const chat = await twoMembers();
    let follows = true;
    for (const text of ["a", "b", "c", "d"]) {
      chat.send("usr_alice", text);
      await drain(chat, () => follows);
    }
    follows = false;
    await drain(chat, () => follows);
    expect(chat.newMessageSeqs("usr_alice")).toEqual([1, 2, 3, 4]);
    expect(chat.newMessageSeqs("usr_bob")).toEqual([1, 2, 3, 4]);
    expect(outboxState(chat.sql)).toEqual({ remaining: 0, nextAttemptAt: null });
  });
});
