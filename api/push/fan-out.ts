import { blockedEitherWay, type CallPushJob, isBlockedByAnyone, type PushJob } from "../../durable/index.ts";
import type { Bindings } from "../env.ts";
import { getUser } from "../users/store.ts";
import { callDeliveryFor } from "./call-deliveries.ts";
import { deliveryFor } from "./deliveries.ts";
import { devicesOf } from "./devices.ts";

/** Queues refuse a sendBatch of more than 100 messages. */
const SEND_BATCH = 100;

/**
 * A chat's job becomes one queue message per (job, device) of its recipients' live sessions.
 * Repeating it (a redelivered job) queues the same pairs again, which the deliveries skip.
 * Returns how many were queued.
 */
export async function fanOutJob(env: Bindings, job: PushJob): Promise<number> {
  const devices = (await devicesOf(env.DB, job.recipientIds)).filter((device) => device.userId !== job.senderId);
  if (devices.length === 0) return 0;
  const senderName = await displayName(env, job.senderId);
  return queueDeliveries(
    env,
    devices.map((device) => deliveryFor(job, senderName, device)),
  );
}

/**
 * A CallDO's ring or stop job, split the same way. A callee who blocked the caller (or whom the
 * caller blocked) is not rung by push: a dialog's call was refused before it rang, a group's rings
 * only the sockets of the members who are online.
 */
export async function fanOutCallJob(env: Bindings, job: CallPushJob): Promise<number> {
  let recipients = job.recipientIds.filter((id) => id !== job.callerId);
  if (job.event === "ring" && (await isBlockedByAnyone(env.DB, job.callerId))) {
    const blocked = await blockedEitherWay(env.DB, job.callerId, recipients);
    recipients = recipients.filter((id) => !blocked.has(id));
  }
  const devices = await devicesOf(env.DB, recipients);
  if (devices.length === 0) return 0;
  const callerName = await displayName(env, job.callerId);
  return queueDeliveries(
    env,
    devices.map((device) => callDeliveryFor(job, callerName, device)),
  );
}

async function displayName(env: Bindings, userId: string): Promise<string> {
  const user = await getUser(env.DB, userId);
  return user ? `${user.first_name} ${user.last_name}`.trim() : "";
}

async function queueDeliveries(env: Bindings, bodies: object[]): Promise<number> {
  const messages = bodies.map((body) => ({ body, contentType: "json" as const }));
  for (let i = 0; i < messages.length; i += SEND_BATCH) {
    await env.PUSH_QUEUE.sendBatch(messages.slice(i, i + SEND_BATCH));
  }
  return messages.length;
}
