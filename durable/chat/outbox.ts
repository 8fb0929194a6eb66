import { DEAD_LETTER_RETENTION_MS } from "../config.ts";
import type { AttachmentChange } from "./attachment-holds.ts";
import type { ChatEvent, DeadLetter, PushJob } from "./rpc.ts";
import { outboxBackoffMs } from "./rules.ts";
import { ATTACHMENTS_RECIPIENT, PUSH_RECIPIENT } from "./schema.ts";

/** Where the outbox delivers to: the ChatDO wires these to UserDO RPC, PUSH_QUEUE and D1. */
export type OutboxSinks = {
  /**
   * Applies events to a member's object; it answers whether a push could still reach one of
   * their devices that did not get the events on its socket (durable/user/push-reach.ts).
   */
  deliverToUser(userId: string, chatId: string, events: ChatEvent[]): Promise<{ pushReachable: boolean }>;
  enqueuePush(jobs: PushJob[]): Promise<void>;
  /** Holds and releases of attachments in D1, and the bytes of released ones deleted from R2. */
  applyAttachmentChanges(changes: AttachmentChange[]): Promise<void>;
  /** Records rows given up on where an operator can count them (objects cannot be enumerated). */
  recordDeadLetters(letters: DeadLetter[]): Promise<void>;
};

export type DrainOptions = {
  now: number;
  /** Attempts after which a row moves to the dead-letter table (OUTBOX_MAX_ATTEMPTS). */
  maxAttempts: number;
  /**
   * Takes the ids of rows a consumer accepted, to delete them later with deleteDelivered (the
   * ChatDO does it in its next write's transaction). Without it they are deleted after each round.
   */
  deferDelete?: (ids: number[]) => void;
  /** Rows accepted before whose delete is still deferred: this pass skips them and leaves them out of its state. */
  deferred?: readonly number[];
  /**
   * Whether another pass follows this one (a write came in meanwhile). Asked once the other
   * members' deliveries are done: then the echoes may wait for it (see ECHO_HOLD_MS).
   */
  passFollows?: () => boolean;
};

type OutboxRow = {
  id: number;
  recipient: string;
  event_id: number;
  payload: string;
  attempts: number;
  last_error: string | null;
  /** 1: the update tells its recipient of their own action (see ChatStore.emit). */
  echo: number;
  /** When it became due: when it was queued, for a row never attempted. */
  next_attempt_at: number;
};

export type DrainReport = {
  delivered: number;
  failedRecipients: number;
  deadLettered: number;
  remaining: number;
  /** When a row can next be attempted (the next alarm), or null once the outbox is empty. */
  nextAttemptAt: number | null;
};

/** How many rows one drain pass reads, and how many recipients it calls at once. */
const BATCH_ROWS = 1000;
const PARALLEL_RECIPIENTS = 32;
/**
 * How long a member's echoes (updates of their own actions only) may wait for the pass after
 * this one while writes keep coming. Their device has its answer already; their other devices
 * get the echo within this bound, with the next ones in one delivery.
 */
export const ECHO_HOLD_MS = 250;

/**
 * Delivers the outbox rows of every recipient that is not backing off, oldest first, and deletes
 * each only after its consumer accepted it. A recipient whose delivery failed is held back as a
 * whole (all of its rows wait for the retry), so every user receives a chat's events in order;
 * consumers dedupe repeats. After a failure only the recipient's oldest row is retried, alone:
 * it alone counts attempts, so a row that keeps failing reaches `maxAttempts`, moves to the
 * dead-letter table, and the recipient's later rows go on.
 */
export async function drainOutbox(
  sql: SqlStorage,
  chatId: string,
  sinks: OutboxSinks,
  options: DrainOptions,
): Promise<DrainReport> {
  const { now } = options;
  const rows = sql
    .exec<OutboxRow>(
      `SELECT id, recipient, event_id, payload, attempts, last_error, echo, next_attempt_at FROM outbox o
       WHERE NOT EXISTS (SELECT 1 FROM outbox b WHERE b.recipient = o.recipient AND b.next_attempt_at > ?)
       ORDER BY id LIMIT ?`,
      now,
      BATCH_ROWS,
    )
    .toArray();
  const earlier = options.deferred ?? [];
  const accepted = new Set(earlier);
  const byRecipient = new Map<string, OutboxRow[]>();
  for (const row of rows) {
    if (accepted.has(row.id)) continue;
    const list = byRecipient.get(row.recipient);
    // A head that failed before goes alone: a poison row must not take its successors with it.
    if (!list) byRecipient.set(row.recipient, [row]);
    else if ((list[0]?.attempts ?? 0) === 0) list.push(row);
  }

  const report = { delivered: 0, failedRecipients: 0, deadLettered: 0 };
  // The ids of the rows each delivery that went through carried, settled together after each
  // round: deleted, or handed to `deferDelete` (then left out of the state this pass answers).
  const delivered: number[] = [];
  const deferred: number[] = [];
  const settle = (ids: number[]) => {
    if (ids.length === 0) return;
    if (!options.deferDelete) return deleteDelivered(sql, ids);
    options.deferDelete(ids);
    deferred.push(...ids);
  };
  // What this pass's deliveries said: members no push could reach (none of their devices is
  // offline) are left out of the pass's push jobs, and a job left with nobody is not queued.
  const unreachable = new Set<string>();
  const deliverOne = async (recipient: string, list: OutboxRow[]) => {
    const head = list[0];
    const maxId = list[list.length - 1]?.id;
    if (!head || maxId === undefined) return;
    try {
      if (recipient === PUSH_RECIPIENT) {
        const jobs = list
          .map((row) => JSON.parse(row.payload) as PushJob)
          .map((job) => ({ ...job, recipientIds: job.recipientIds.filter((id) => !unreachable.has(id)) }))
          .filter((job) => job.recipientIds.length > 0);
        if (jobs.length > 0) await sinks.enqueuePush(jobs);
      } else if (recipient === ATTACHMENTS_RECIPIENT) {
        await sinks.applyAttachmentChanges(list.map((row) => JSON.parse(row.payload) as AttachmentChange));
      } else {
        const events = list.map((row) => ({ eventId: row.event_id, body: row.payload }));
        const { pushReachable } = await sinks.deliverToUser(recipient, chatId, events);
        if (!pushReachable) unreachable.add(recipient);
      }
      for (const row of list) delivered.push(row.id);
      report.delivered += list.length;
    } catch (error) {
      report.failedRecipients += 1;
      const failed = { ...head, attempts: head.attempts + 1, last_error: errorText(error) };
      if (failed.attempts >= options.maxAttempts && (await deadLetter(sql, chatId, sinks, failed, now))) {
        report.deadLettered += 1;
        return;
      }
      sql.exec(
        "UPDATE outbox SET attempts = ?, last_error = ? WHERE id = ?",
        failed.attempts,
        failed.last_error,
        head.id,
      );
      sql.exec(
        "UPDATE outbox SET next_attempt_at = ? WHERE recipient = ? AND id <= ?",
        now + outboxBackoffMs(failed.attempts),
        recipient,
        maxId,
      );
    }
  };

  // What waits besides this pass's rows: the state once they are all delivered. Read now, before
  // the first call: after the calls, the first statement of the turn they resume in is what
  // costs (a drain's own delete there had been 5 % of the dialogs profile, this read then 3 %).
  const attempted = [...byRecipient.values()].flatMap((list) => list.map((row) => row.id));
  const stateOnceDelivered = outboxState(sql, [...earlier, ...attempted]);

  // Members first, so that the push jobs know which of them no push could reach. A member whose
  // delivery failed stays in the jobs (the push consumer waits for the message, as before); so
  // would one called after the jobs, but no job is for a member's own action.
  // Members who would hear only of their own actions go last, once the others have theirs: a
  // sender's devices and the receiver's had been called at once, and the receiver's socket then
  // waited for the sender's commit too (measured: dialogs' send → socket p50 1.60-1.63 → median
  // 1.48× of the reference over five runs; README, Performance).
  const deliverAll = async (group: [string, OutboxRow[]][]) => {
    for (let i = 0; i < group.length; i += PARALLEL_RECIPIENTS) {
      await Promise.all(
        group.slice(i, i + PARALLEL_RECIPIENTS).map(([recipient, list]) => deliverOne(recipient, list)),
      );
      settle(delivered.splice(0));
    }
  };
  const entries = [...byRecipient.entries()];
  const isMember = ([recipient]: [string, OutboxRow[]]) =>
    recipient !== PUSH_RECIPIENT && recipient !== ATTACHMENTS_RECIPIENT;
  const isEcho = ([, list]: [string, OutboxRow[]]) => list.every((row) => row.echo === 1 && row.attempts === 0);
  const members = entries.filter(isMember);
  const others = members.filter((entry) => !isEcho(entry));
  const echoes = members.filter(isEcho);
  await deliverAll(others);
  await deliverAll(entries.filter((entry) => !isMember(entry)));
  // While writes keep coming, echoes wait for the next pass (within ECHO_HOLD_MS) and go with
  // its echoes in one delivery: otherwise the echo of a busy chat's last message holds the
  // delivery of its next one to the others, the pass being one at a time.
  const held =
    options.passFollows?.() === true
      ? echoes.filter(([, list]) => (list[0]?.next_attempt_at ?? 0) > now - ECHO_HOLD_MS)
      : [];
  await deliverAll(echoes.filter((entry) => !held.includes(entry)));
  // A failure changed what waits (attempts, holds, dead letters), and held echoes still wait: read it again.
  return {
    ...report,
    ...(report.failedRecipients === 0 && held.length === 0
      ? stateOnceDelivered
      : outboxState(sql, [...earlier, ...deferred])),
  };
}

/**
 * Deletes what a round delivered, in one statement by primary key: a group send fans out to every
 * member, and one DELETE per recipient was the largest SQLite cost of a send. An OR of
 * `(recipient = ? AND id <= ?)` ranges, the previous form, was still a third of all SQLite time
 * of a group send in the profile (`npm run profile`, PROFILE_ONLY=group); ids bound as one JSON
 * array keep the statement's text the same for every round (one prepared statement) and each row
 * a rowid lookup. Only the rows just delivered go: rows queued meanwhile have other ids. An object
 * that dies before this line delivers those rows again, which consumers dedupe, as before.
 */
export function deleteDelivered(sql: SqlStorage, delivered: number[]) {
  if (delivered.length === 0) return;
  sql.exec("DELETE FROM outbox WHERE id IN (SELECT value FROM json_each(?))", JSON.stringify(delivered));
}

/**
 * Moves a row given up on to `outbox_dead` after recording it in D1; the recipient's later rows
 * become due at once. If D1 cannot take the record the row stays (at its last attempt) and is
 * tried again, so no dead row goes uncounted.
 */
async function deadLetter(sql: SqlStorage, chatId: string, sinks: OutboxSinks, row: OutboxRow, now: number) {
  try {
    await sinks.recordDeadLetters([
      {
        chatId,
        outboxId: row.id,
        recipient: row.recipient,
        eventId: row.event_id,
        kind: payloadKind(row.payload),
        attempts: row.attempts,
        lastError: row.last_error,
        deadAt: now,
      },
    ]);
  } catch {
    return false;
  }
  sql.exec(
    `INSERT OR REPLACE INTO outbox_dead (id, recipient, event_id, payload, attempts, last_error, dead_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    row.id,
    row.recipient,
    row.event_id,
    row.payload,
    row.attempts,
    row.last_error,
    now,
  );
  sql.exec("DELETE FROM outbox WHERE id = ?", row.id);
  sql.exec("UPDATE outbox SET next_attempt_at = ? WHERE recipient = ?", now, row.recipient);
  // The copies outlive D1's record of them by no more than a death: without this they would keep
  // every dead payload (message text included) for the life of the chat.
  sql.exec("DELETE FROM outbox_dead WHERE dead_at <= ?", now - DEAD_LETTER_RETENTION_MS);
  return true;
}

/**
 * How many rows wait, and when the next one can be attempted: a recipient can be attempted once
 * every one of its rows is due (its hold is the latest next_attempt_at among them), so the next
 * alarm is the earliest hold. Rows queued for a recipient that is backing off do not pull the
 * alarm forward: that would wake the object for a drain that has nothing it may do. `delivered`:
 * rows already accepted whose delete is deferred (DrainOptions.deferDelete); they wait for nothing.
 */
export function outboxState(
  sql: SqlStorage,
  delivered: number[] = [],
): { remaining: number; nextAttemptAt: number | null } {
  const state = sql
    .exec<{ remaining: number; next: number | null }>(
      `SELECT COALESCE(SUM(n), 0) AS remaining, MIN(hold) AS next
       FROM (SELECT COUNT(*) AS n, MAX(next_attempt_at) AS hold FROM outbox
             WHERE id NOT IN (SELECT value FROM json_each(?)) GROUP BY recipient)`,
      JSON.stringify(delivered),
    )
    .one();
  return { remaining: state.remaining, nextAttemptAt: state.next };
}

export function deadLetterCount(sql: SqlStorage): number {
  return sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM outbox_dead").one().n;
}

function errorText(error: unknown): string {
  return String(error instanceof Error ? error.message : error).slice(0, 500);
}

/** The update type (or push job kind) of a payload: what a dead letter says it was about. */
function payloadKind(payload: string): string {
  try {
    const parsed = JSON.parse(payload) as { type?: unknown; kind?: unknown };
    return String(parsed.type ?? parsed.kind ?? "unknown");
  } catch {
    return "unknown";
  }
}
