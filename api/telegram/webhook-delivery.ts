// Consumer of TELEGRAM_WEBHOOKS: posts each signed update to its session's webhook. A failed post
// is retried with exponential backoff (Queue retries); the WEBHOOK_MAX_ATTEMPTS-th failure marks
// the webhook failing in its session object (which then stops queuing posts) and drops the post.
import { type TelegramWebhookDelivery, WEBHOOK_MAX_ATTEMPTS } from "../../durable/index.ts";
import { type Bindings, loadConfig } from "../env.ts";
import { log } from "../middleware/logger.ts";
import { retryDelaySeconds } from "./retry-delay.ts";

/** The queue's name in wrangler.toml (one Worker consumes two queues: it dispatches by name). */
export const TELEGRAM_WEBHOOK_QUEUE = "big-gateway-telegram-webhooks";

/** Whether a batch is from the webhook queue: each environment names it `<prefix>-telegram-webhooks`. */
export function isTelegramWebhookQueue(queue: string): boolean {
  return queue.endsWith("-telegram-webhooks");
}

/** A receiver gets this long to answer one post. */
const POST_TIMEOUT_MS = 10_000;

async function post(delivery: TelegramWebhookDelivery): Promise<boolean> {
  try {
    const response = await fetch(delivery.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "BIG-Gateway-Webhook/1",
        "x-signature": delivery.signature,
        "x-delivery-id": `${delivery.sessionId}:${delivery.seq}`,
        // The same for every delivery of one Telegram update (a replay after a restart too): dedupe by it.
        ...(delivery.updateId ? { "x-update-id": delivery.updateId } : {}),
      },
      body: delivery.body,
      redirect: "manual",
      signal: AbortSignal.timeout(POST_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return response.status >= 200 && response.status < 300;
  } catch {
    return false;
  }
}

export async function handleWebhookBatch(batch: MessageBatch<TelegramWebhookDelivery>, env: Bindings) {
  const logLevel = loadConfig(env).logLevel;
  for (const message of batch.messages) {
    const delivery = message.body;
    if (delivery?.kind !== "telegramWebhook") {
      log(logLevel, "warn", "dropped unknown webhook queue message", { queue: batch.queue });
      message.ack();
      continue;
    }
    if (await post(delivery)) {
      message.ack();
      continue;
    }
    if (message.attempts < WEBHOOK_MAX_ATTEMPTS) {
      message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
      continue;
    }
    // The last attempt failed: the session stops sending to this URL until it is PUT again.
    const stub = env.TELEGRAM_SESSIONS.get(env.TELEGRAM_SESSIONS.idFromName(delivery.sessionId));
    await stub.webhookFailed(delivery.sessionId, delivery.url);
    log(logLevel, "warn", "webhook marked failing", { sessionId: delivery.sessionId, attempts: message.attempts });
    message.ack();
  }
}
