import { type CallPushJob, callPushJobSchema, type PushJob, pushJobSchema } from "../durable/index.ts";
import { type Bindings, loadConfig } from "./env.ts";
import { log } from "./middleware/logger.ts";
import { deliverCall } from "./push/call-deliver.ts";
import { type CallPushDelivery, callPushDeliverySchema } from "./push/call-deliveries.ts";
import { backoffSeconds, deliver, type Verdict } from "./push/deliver.ts";
import { type PushDelivery, pushDeliverySchema } from "./push/deliveries.ts";
import { fanOutCallJob, fanOutJob } from "./push/fan-out.ts";
import { type Providers, providersFor } from "./push/providers.ts";
import { recordDeadLetter } from "./push/records.ts";

export type PushQueueMessage =
  | { kind: "healthcheck" }
  | PushJob
  | PushDelivery
  | CallPushJob
  | CallPushDelivery
  | { kind: string; [key: string]: unknown };

/**
 * How many times PUSH_QUEUE retries a message before its dead-letter queue: `max_retries` of the
 * consumer in every section of wrangler.toml (api/push/retries.unit.test.ts keeps them equal).
 */
export const PUSH_MAX_RETRIES = 5;

/** How the consumer settled one message (what the queue was told), for logs and tests. */
export type Settlement = { id: string; action: "ack" } | { id: string; action: "retry"; delaySeconds: number };

/** A job (split into one message per (job, device)) or one such delivery (sent), as parsed. */
type Work =
  | { split: () => Promise<number>; jobId: string }
  | { send: (providers: Providers) => Promise<Verdict>; pair: { jobId: string; deviceId: string } };

function workOf(env: Bindings, body: unknown, attempts: number): Work | null {
  const job = pushJobSchema.safeParse(body);
  if (job.success) return { jobId: job.data.jobId, split: () => fanOutJob(env, job.data) };
  const callJob = callPushJobSchema.safeParse(body);
  if (callJob.success) return { jobId: callJob.data.jobId, split: () => fanOutCallJob(env, callJob.data) };
  const delivery = pushDeliverySchema.safeParse(body);
  if (delivery.success) {
    return { pair: delivery.data, send: (p) => deliver(env, p, delivery.data, attempts, Date.now()) };
  }
  const call = callPushDeliverySchema.safeParse(body);
  if (call.success) return { pair: call.data, send: (p) => deliverCall(env, p, call.data, attempts, Date.now()) };
  return null;
}

/**
 * Consumer of PUSH_QUEUE, for five kinds of message: health probes (dropped), a chat's push job
 * (`newMessage`) or a call's (`callPush`: ring or stop ringing), each split into one message per
 * (job, device) (see push/fan-out.ts), and one such delivery (`pushDelivery`, `callPushDelivery`:
 * sent, see push/deliver.ts and push/call-deliver.ts). Each message is settled on its own, so one
 * bad device never holds back another.
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
      const work = workOf(env, message.body, message.attempts);
      if (work && "split" in work) {
        try {
          const deliveries = await work.split();
          log(config.logLevel, "debug", "push job split", { jobId: work.jobId, deliveries });
          return message.ack();
        } catch (error) {
          log(config.logLevel, "warn", "push job split failed", { jobId: work.jobId, error: String(error) });
          return message.retry({ delaySeconds: backoffSeconds(message.attempts) });
        }
      }
      if (work) {
        providers ??= providersFor(config);
        const verdict = await work.send(providers).catch(
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
            { ...work.pair, provider: verdict.provider, reason: verdict.reason, attempts: message.attempts },
            Date.now(),
          ).catch(() => undefined);
        }
        log(config.logLevel, "warn", "push delivery failed", {
          jobId: work.pair.jobId,
          deviceId: work.pair.deviceId,
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
