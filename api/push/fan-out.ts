import type { PushJob } from "../../durable/index.ts";
import type { Bindings } from "../env.ts";
import { getUser } from "../users/store.ts";
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
  const sender = await getUser(env.DB, job.senderId);
  const senderName = sender ? `${sender.first_name} ${sender.last_name}`.trim() : "";
  const messages = devices.map((device) => ({
    body: deliveryFor(job, senderName, device),
    contentType: "json" as const,
  }));
  for (let i = 0; i < messages.length; i += SEND_BATCH) {
    await env.PUSH_QUEUE.sendBatch(messages.slice(i, i + SEND_BATCH));
  }
  return messages.length;
}
