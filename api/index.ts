import { createApp } from "./app.ts";
import { runCleanup } from "./cleanup/run.ts";
import type { Bindings } from "./env.ts";
import { handlePushBatch, type PushQueueMessage } from "./queue.ts";
import { handleWebhookBatch, TELEGRAM_WEBHOOK_QUEUE } from "./telegram/webhook-delivery.ts";

export { ChatDO, TelegramSessionDO, UserDO } from "../durable/index.ts";

const app = createApp();

export default {
  fetch: app.fetch,
  queue: (batch, env) =>
    batch.queue === TELEGRAM_WEBHOOK_QUEUE
      ? handleWebhookBatch(batch as MessageBatch<never>, env)
      : handlePushBatch(batch, env),
  // The cron trigger in wrangler.toml: deletes expired codes, finished rate-limit windows and dead sessions.
  scheduled: (controller, env, ctx) => ctx.waitUntil(runCleanup(env.DB, controller.scheduledTime)),
} satisfies ExportedHandler<Bindings, PushQueueMessage>;
