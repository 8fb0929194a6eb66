import type { UpdateBody } from "../../openapi/realtime-types.ts";
import type { PushJob } from "../push-job.ts";
import { outboxBackoffMs } from "./rules.ts";
import { PUSH_RECIPIENT } from "./schema.ts";

/** One update for one user, as the UserDO receives it: it dedupes on (chatId, eventId). */
export type ChatEvent = { eventId: number; update: UpdateBody };

/** Where the outbox delivers to: the ChatDO wires these to UserDO RPC and PUSH_QUEUE. */
export type OutboxSinks = {
  deliverToUser(userId: string, chatId: string, events: ChatEvent[]): Promise<void>;
  enqueuePush(jobs: PushJob[]): Promise<void>;
};

type OutboxRow = { id: number; recipient: string; event_id: number; payload: string; attempts: number };

export type DrainReport = {
  delivered: number;
  failedRecipients: number;
  remaining: number;
  nextAttemptAt: number | null;
};

/** How many rows one drain pass reads, and how many recipients it calls at once. */
const BATCH_ROWS = 1000;
const PARALLEL_RECIPIENTS = 32;

/**
 * Delivers the due outbox rows, oldest first, and deletes each only after its consumer accepted
 * it. A recipient whose delivery failed is held back as a whole (all of its rows wait for the
 * retry), so every user receives a chat's events in order; consumers dedupe repeats.
 */
export async function drainOutbox(
  sql: SqlStorage,
  chatId: string,
  sinks: OutboxSinks,
  now = Date.now(),
): Promise<DrainReport> {
  const rows = sql
    .exec<OutboxRow>(
      `SELECT id, recipient, event_id, payload, attempts FROM outbox o
       WHERE NOT EXISTS (SELECT 1 FROM outbox b WHERE b.recipient = o.recipient AND b.next_attempt_at > ?)
       ORDER BY id LIMIT ?`,
      now,
      BATCH_ROWS,
    )
    .toArray();
  const byRecipient = new Map<string, OutboxRow[]>();
  for (const row of rows) {
    const list = byRecipient.get(row.recipient) ?? [];
    list.push(row);
    byRecipient.set(row.recipient, list);
  }

  let delivered = 0;
  let failedRecipients = 0;
  const deliverOne = async (recipient: string, list: OutboxRow[]) => {
    const maxId = list[list.length - 1]?.id ?? 0;
    try {
      if (recipient === PUSH_RECIPIENT) {
        await sinks.enqueuePush(list.map((row) => JSON.parse(row.payload) as PushJob));
      } else {
        const events = list.map((row) => ({ eventId: row.event_id, update: JSON.parse(row.payload) as UpdateBody }));
        await sinks.deliverToUser(recipient, chatId, events);
      }
      // Rows of this recipient up to maxId are exactly the ones just delivered (the batch is a
      // prefix by id); rows queued meanwhile have larger ids and stay.
      sql.exec("DELETE FROM outbox WHERE recipient = ? AND id <= ?", recipient, maxId);
      delivered += list.length;
    } catch (error) {
      failedRecipients += 1;
      const attempts = Math.max(...list.map((row) => row.attempts)) + 1;
      sql.exec(
        "UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE recipient = ? AND id <= ?",
        attempts,
        now + outboxBackoffMs(attempts),
        String(error instanceof Error ? error.message : error).slice(0, 500),
        recipient,
        maxId,
      );
    }
  };

  const entries = [...byRecipient.entries()];
  for (let i = 0; i < entries.length; i += PARALLEL_RECIPIENTS) {
    await Promise.all(
      entries.slice(i, i + PARALLEL_RECIPIENTS).map(([recipient, list]) => deliverOne(recipient, list)),
    );
  }

  const left = sql
    .exec<{ n: number; next: number | null }>("SELECT COUNT(*) AS n, MIN(next_attempt_at) AS next FROM outbox")
    .one();
  return { delivered, failedRecipients, remaining: left.n, nextAttemptAt: left.next };
}

export function outboxSize(sql: SqlStorage): number {
  return sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM outbox").one().n;
}
