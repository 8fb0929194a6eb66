import type { Bindings } from "./env.ts";
import { log } from "./middleware/logger.ts";

export type PushQueueMessage = { kind: "healthcheck" } | { kind: string; [key: string]: unknown };

/** Consumer of PUSH_QUEUE. Health probes are acknowledged and dropped. */
export async function handlePushBatch(batch: MessageBatch<PushQueueMessage>, _env: Bindings) {
  for (const message of batch.messages) {
    if (message.body?.kind !== "healthcheck") {
      // Retrying cannot make an unknown message known: drop it, loudly.
      log("warn", "warn", "dropped unknown queue message", { queue: batch.queue, kind: message.body?.kind });
    }
    message.ack();
  }
}
