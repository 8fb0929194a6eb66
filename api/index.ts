import { createApp } from "./app.ts";
import type { Bindings } from "./env.ts";
import { handlePushBatch, type PushQueueMessage } from "./queue.ts";

export { ChatDO, TelegramSessionDO, UserDO } from "../durable/index.ts";

const app = createApp();

export default {
  fetch: app.fetch,
  queue: (batch, env) => handlePushBatch(batch, env),
} satisfies ExportedHandler<Bindings, PushQueueMessage>;
