import type { Call } from "../../openapi/call-types.ts";
import type { Effects } from "./machine.ts";
import type { CallPushJob, CallPushStopReason } from "./rpc.ts";

// The call's push outbox: the ring and stop-ringing jobs a transition calls for are written in the
// transition's own storage transaction (so an object evicted right after ringing still sends them),
// then put on PUSH_QUEUE by the object, and retried by its alarm until the queue took them.
// Derived from the transition's Effects alone (its incomingCall frames say who starts ringing, its
// callState frames who still rings), so the state machine knows nothing of push.

export const CALL_PUSH_SCHEMA = `
CREATE TABLE IF NOT EXISTS push_jobs (
  job_id TEXT PRIMARY KEY,
  payload TEXT NOT NULL,               -- the CallPushJob
  queued INTEGER NOT NULL DEFAULT 0    -- 1 once PUSH_QUEUE accepted it
);
-- Every callee a ring push went out for, and whether the stop-ringing push for them is written.
CREATE TABLE IF NOT EXISTS push_rung (
  user_id TEXT PRIMARY KEY,
  ring_job_id TEXT NOT NULL,
  stopped INTEGER NOT NULL DEFAULT 0
);
`;

/** Queue messages are limited in size (128 KB): a big group's callees go out in several ring jobs. */
export const CALL_PUSH_RECIPIENTS_PER_JOB = 500;

/** Why a callee's devices stop ringing, from the call as it is after the transition. */
export function stopReason(userId: string, call: Call, now: number, ringDeadline: number): CallPushStopReason {
  if (call.participants.some((p) => p.userId === userId)) return "answered";
  if (call.state === "ended") return call.reason === "declined" ? "declined" : "missed";
  return now >= ringDeadline ? "missed" : "declined";
}

export class CallPushes {
  private readonly sql: SqlStorage;
  private ready = false;

  constructor(sql: SqlStorage) {
    this.sql = sql;
  }

  /** Inside a transition's transaction: writes the pushes its effects call for. */
  record(effects: Effects, now: number, ringTimeoutMs: number) {
    this.schema();
    const rings = effects.deliveries.filter((d) => d.frame.type === "incomingCall");
    const first = rings[0]?.frame;
    if (first?.type === "incomingCall") {
      const already = new Set(this.rungRows().map((row) => row.user_id));
      const fresh = [...new Set(rings.map((d) => d.userId))].filter((id) => !already.has(id));
      for (let part = 0; part * CALL_PUSH_RECIPIENTS_PER_JOB < fresh.length; part++) {
        const recipientIds = fresh.slice(
          part * CALL_PUSH_RECIPIENTS_PER_JOB,
          (part + 1) * CALL_PUSH_RECIPIENTS_PER_JOB,
        );
        const jobId = `${first.callId}:ring:${this.count("ring")}`;
        this.insert({
          kind: "callPush",
          event: "ring",
          jobId,
          callId: first.callId,
          chatId: first.chatId,
          callerId: first.fromUserId,
          video: first.video,
          recipientIds,
          createdAt: now,
          expiresAt: first.date + ringTimeoutMs,
        });
        for (const userId of recipientIds) {
          this.sql.exec("INSERT INTO push_rung (user_id, ring_job_id) VALUES (?, ?)", userId, jobId);
        }
      }
    }
    const state = effects.deliveries.find((d) => d.frame.type === "callState")?.frame;
    if (state?.type !== "callState") return;
    const call = state.call;
    const stillRinging = new Set(call.state === "ended" ? [] : call.ringing);
    const stopping = this.rungRows().filter((row) => !row.stopped && !stillRinging.has(row.user_id));
    const groups = new Map<string, { reason: CallPushStopReason; ringJobId: string; userIds: string[] }>();
    for (const row of stopping) {
      const reason = stopReason(row.user_id, call, now, call.createdAt + ringTimeoutMs);
      const key = `${reason} ${row.ring_job_id}`;
      const group = groups.get(key) ?? { reason, ringJobId: row.ring_job_id, userIds: [] };
      group.userIds.push(row.user_id);
      groups.set(key, group);
      this.sql.exec("UPDATE push_rung SET stopped = 1 WHERE user_id = ?", row.user_id);
    }
    for (const group of groups.values()) {
      this.insert({
        kind: "callPush",
        event: "stop",
        jobId: `${call.callId}:stop:${this.count("stop")}`,
        callId: call.callId,
        chatId: call.chatId,
        callerId: call.initiatorId,
        video: call.video,
        recipientIds: group.userIds,
        reason: group.reason,
        ringJobId: group.ringJobId,
        createdAt: now,
        // Only worth delivering while a phone may still be ringing.
        expiresAt: now + ringTimeoutMs,
      });
    }
  }

  /** The jobs PUSH_QUEUE has not accepted yet, oldest first. */
  pending(): CallPushJob[] {
    this.schema();
    return this.sql
      .exec<{ payload: string }>("SELECT payload FROM push_jobs WHERE queued = 0 ORDER BY rowid")
      .toArray()
      .map((row) => JSON.parse(row.payload) as CallPushJob);
  }

  markQueued(jobIds: string[]) {
    for (const jobId of jobIds) this.sql.exec("UPDATE push_jobs SET queued = 1 WHERE job_id = ?", jobId);
  }

  private insert(job: CallPushJob) {
    this.sql.exec("INSERT INTO push_jobs (job_id, payload) VALUES (?, ?)", job.jobId, JSON.stringify(job));
  }

  private count(event: CallPushJob["event"]): number {
    return this.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM push_jobs WHERE job_id LIKE ?", `%:${event}:%`).one()
      .n;
  }

  private rungRows() {
    return this.sql
      .exec<{ user_id: string; ring_job_id: string; stopped: number }>(
        "SELECT user_id, ring_job_id, stopped FROM push_rung ORDER BY user_id",
      )
      .toArray();
  }

  private schema() {
    if (this.ready) return;
    this.sql.exec(CALL_PUSH_SCHEMA);
    this.ready = true;
  }
}
