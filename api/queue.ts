import { type PushJob, pushJobSchema } from "../durable/index.ts";
import { type Bindings, loadConfig } from "./env.ts";
import { log } from "./middleware/logger.ts";

export type PushQueueMessage = { kind: "healthcheck" } | PushJob | { kind: string; [key: string]: unknown };

/**
 * Consumer of PUSH_QUEUE. Health probes are acknowledged and dropped. Push jobs from the chats'
 * outboxes (`newMessage`) are accepted idempotently: a redelivered job (same `jobId`) has no
 * further effect. Sending real pushes (APNs/FCM) is not built yet: a job is acknowledged and
 * logged at debug level, nothing more.
 */
export async function handlePushBatch(batch: MessageBatch<PushQueueMessage>, env: Bindings) {
  const logLevel = loadConfig(env).logLevel;
  for (const message of batch.messages) {
    const kind = message.body?.kind;
    if (kind === "healthcheck") {
      message.ack();
      continue;
    }
    const job = pushJobSchema.safeParse(message.body);
    if (job.success) {
      log(logLevel, "debug", "push job accepted (push delivery not implemented yet)", {
        jobId: job.data.jobId,
        recipients: job.data.recipientIds.length,
      });
    } else {
      // Retrying cannot make an unknown message known: drop it, loudly.
      log("warn", "warn", "dropped unknown queue message", { queue: batch.queue, kind });
    }
    message.ack();
  }
}
