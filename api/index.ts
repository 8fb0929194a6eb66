import { createApp } from "./app.ts";
import { runCleanup } from "./cleanup/run.ts";
import type { Bindings } from "./env.ts";
import { handlePushBatch, type PushQueueMessage } from "./queue.ts";
import { logOutRevokedKeySessions } from "./telegram/revoked-keys.ts";
import { handleWebhookBatch, isTelegramWebhookQueue } from "./telegram/webhook-delivery.ts";

export { CallDO, ChatDO, TelegramSessionDO, UserDO } from "../durable/objects.ts";

const app = createApp();

export default {
  fetch: app.fetch,
  queue: async (batch, env) => {
    if (isTelegramWebhookQueue(batch.queue)) await handleWebhookBatch(batch as MessageBatch<never>, env);
    else await handlePushBatch(batch, env);
  },
  // The cron trigger in wrangler.toml: deletes expired codes, finished rate-limit windows, dead
  // sessions and unsent uploads, and logs the Telegram sessions of revoked API keys out.
  scheduled: (controller, env, ctx) =>
    ctx.waitUntil(
      Promise.all([
        runCleanup({ db: env.DB, attachments: env.ATTACHMENTS }, controller.scheduledTime),
        logOutRevokedKeySessions(env),
      ]),
    ),
} satisfies ExportedHandler<Bindings, PushQueueMessage>;
