import { createApp } from "./app.ts";
import { runCleanup } from "./cleanup/run.ts";
import type { Bindings } from "./env.ts";
import { handlePushBatch, type PushQueueMessage } from "./queue.ts";

export { ChatDO, TelegramSessionDO, UserDO } from "../durable/objects.ts";

const app = createApp();

export default {
  fetch: app.fetch,
  queue: (batch, env) => handlePushBatch(batch, env),
  // The cron trigger in wrangler.toml: deletes expired codes, finished rate-limit windows, dead sessions, unsent uploads.
  scheduled: (controller, env, ctx) =>
    ctx.waitUntil(runCleanup({ db: env.DB, attachments: env.ATTACHMENTS }, controller.scheduledTime)),
} satisfies ExportedHandler<Bindings, PushQueueMessage>;
