import { type PushJob, pushJobSchema } from "../durable/index.ts";
import { type Bindings, loadConfig } from "./env.ts";
import { log } from "./middleware/logger.ts";
import { backoffSeconds, deliver, type Verdict } from "./push/deliver.ts";
import { type PushDelivery, pushDeliverySchema } from "./push/deliveries.ts";
import { fanOutJob } from "./push/fan-out.ts";
import { type Providers, providersFor } from "./push/providers.ts";
import { recordDeadLetter } from "./push/records.ts";

export type PushQueueMessage =
  | { kind: "healthcheck" }
  | PushJob
  | PushDelivery
  | { kind: string; [key: string]: unknown };

/**
 * How many times PUSH_QUEUE retries a message before its dead-letter queue: `max_retries` of the
 * consumer in every section of wrangler.toml (api/push/retries.unit.test.ts keeps them equal).
 */
export const PUSH_MAX_RETRIES = 5;

/** How the consumer settled one message (what the queue was told), for logs and tests. */
export type Settlement = { id: string; action: "ack" } | { id: string; action: "retry"; delaySeconds: number };

/**
 * Consumer of PUSH_QUEUE, for three kinds of message: health probes (dropped), a chat's push job
 * (`newMessage`: split into one message per (job, device), see push/fan-out.ts) and one such
 * delivery (`pushDelivery`: sent, see push/deliver.ts). Each message is settled on its own, so
 * one bad device never holds back another.
 */
export async function handlePushBatch(batch: MessageBatch<PushQueueMessage>, env: Bindings): Promise<Settlement[]> {
  const config = loadConfig(env);
  let providers: Providers | undefined;
  const settled: Settlement[] = [];
  // The platform's Message, with each decision also written down for the caller.
  const settle = (message: Message<PushQueueMessage>) => ({
    ack: () => {
      settled.push({ id: message.id, action: "ack" });
      message.ack();
    },
    retry: ({ delaySeconds }: { delaySeconds: number }) => {
      settled.push({ id: message.id, action: "retry", delaySeconds });
      message.retry({ delaySeconds });
    },
  });
  await Promise.all(
    batch.messages.map(async (queued) => {
      const message = { ...settle(queued), body: queued.body, attempts: queued.attempts };
      const kind = message.body?.kind;
      if (kind === "healthcheck") return message.ack();
      const job = pushJobSchema.safeParse(message.body);
      if (job.success) {
        try {
          const deliveries = await fanOutJob(env, job.data);
          log(config.logLevel, "debug", "push job split", { jobId: job.data.jobId, deliveries });
          return message.ack();
        } catch (error) {
          log(config.logLevel, "warn", "push job split failed", { jobId: job.data.jobId, error: String(error) });
          return message.retry({ delaySeconds: backoffSeconds(message.attempts) });
        }
      }
      const delivery = pushDeliverySchema.safeParse(message.body);
      if (delivery.success) {
        providers ??= providersFor(config);
        const verdict = await deliver(env, providers, delivery.data, message.attempts, Date.now()).catch(
          (error): Verdict => ({
            ack: false,
            delaySeconds: backoffSeconds(message.attempts),
            reason: `error: ${error instanceof Error ? error.message : String(error)}`,
            provider: "consumer",
          }),
        );
        if (verdict.ack) return message.ack();
        if (message.attempts > PUSH_MAX_RETRIES) {
          // This retry sends it to the dead-letter queue: say so where /api/v1/health counts it.
          await recordDeadLetter(
            env.DB,
            { ...delivery.data, provider: verdict.provider, reason: verdict.reason, attempts: message.attempts },
            Date.now(),
          ).catch(() => undefined);
        }
        log(config.logLevel, "warn", "push delivery failed", {
          jobId: delivery.data.jobId,
          deviceId: delivery.data.deviceId,
          reason: verdict.reason,
          attempts: message.attempts,
        });
        return message.retry({ delaySeconds: verdict.delaySeconds });
      }
      // Retrying cannot make an unknown message known: drop it, loudly.
      log("warn", "warn", "dropped unknown queue message", { queue: batch.queue, kind });
      message.ack();
    }),
  );
  return settled;
}
