// Wire types of the Telegram proxy's live updates: the events a subscribed session streams over
// its WebSocket and posts to its webhook (the same JSON for both), and the webhook settings.
import { z } from "@hono/zod-openapi";
import { DialogTypeSchema, TelegramMessageSchema } from "./telegram-schemas.ts";

/** The subprotocol GET /updates/ws answers when a client offers it (browsers need one answered). */
export const TELEGRAM_UPDATES_PROTOCOL = "big.telegram.v1";

const eventBase = {
  id: z.string().min(1).openapi({
    description:
      "The update's stable id: the same on every delivery of one Telegram update (a webhook retry, a replay after the session reconnected or restarted). Delivery is at least once: deduplicate by it",
    example: "new:-1000002000001:17",
  }),
  sessionId: z.uuid().openapi({ example: "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f" }),
  seq: z.number().int().positive().openapi({
    description:
      "1, 2, 3… per session, in delivery order: a webhook retry repeats it, but an update replayed after the session restarted gets a new one (deduplicate by id)",
    example: 7,
  }),
};

export const TelegramUpdateEventSchema = z
  .discriminatedUnion("type", [
    z.object({
      ...eventBase,
      type: z.literal("message.new"),
      chatType: DialogTypeSchema,
      message: TelegramMessageSchema,
    }),
    z.object({
      ...eventBase,
      type: z.literal("message.edited"),
      chatType: DialogTypeSchema,
      message: TelegramMessageSchema,
    }),
    z.object({
      ...eventBase,
      type: z.literal("message.deleted"),
      messageIds: z.array(z.number().int()).openapi({ example: [41, 42] }),
      chatId: z.union([z.string(), z.null()]).openapi({
        description:
          "The channel or supergroup the messages were in; null for private chats and basic groups (Telegram does not say which)",
        example: "-1000002000001",
      }),
      chatType: z.union([DialogTypeSchema, z.null()]).openapi({
        description: "`supergroup` or `channel` with a chatId; null without",
      }),
    }),
    z.object({
      ...eventBase,
      type: z.literal("updates.gap"),
      // Telegram could not say what was missed (differenceTooLong / channelDifferenceTooLong): refetch with poll.
      chatId: z.union([z.string(), z.null()]).openapi({
        description:
          "The channel or supergroup whose updates were lost; null: the private chats and basic groups (refetch them all)",
        example: null,
      }),
    }),
  ])
  .openapi("TelegramUpdateEvent", {
    description:
      "One live update of a private chat, basic group, supergroup or channel (`chatType`). `message.new` / `message.edited` carry the message; `message.deleted` the ids (and, in a channel or supergroup, its chatId: Telegram does not say which private chat or basic group they were in); `updates.gap` means too much was missed to replay (in one channel or supergroup when chatId is set): refetch history with poll. `id` is stable across redeliveries: deduplicate by it.",
  });

export type TelegramUpdateEvent = z.infer<typeof TelegramUpdateEventSchema>;
/** An event before the session numbers it. */
export type TelegramUpdate = TelegramUpdateEvent extends infer E
  ? E extends { sessionId: string; seq: number }
    ? Omit<E, "sessionId" | "seq">
    : never
  : never;

export const WebhookBodySchema = z
  .object({
    url: z
      .url({ protocol: /^https?$/ })
      .max(2048)
      .openapi({ example: "https://example.com/telegram-updates" }),
    secret: z.string().min(16).max(256).openapi({
      description: "Signs each post: `X-Signature: sha256=<hex HMAC-SHA256(secret, body)>`. Stored; never shown again",
      example: "a-long-random-secret-0123456789",
    }),
  })
  .openapi("TelegramWebhookBody", {
    example: { url: "https://example.com/telegram-updates", secret: "a-long-random-secret-0123456789" },
  });

export const WebhookSchema = z
  .object({
    url: z.string().openapi({ example: "https://example.com/telegram-updates" }),
    failing: z.boolean().openapi({
      description: "A post failed WEBHOOK_MAX_ATTEMPTS times: no more are sent until you PUT the webhook again",
      example: false,
    }),
  })
  .openapi("TelegramWebhook");

export const WebhookStateSchema = z
  // A union, not .nullable(): that would make the named TelegramWebhook itself nullable.
  .object({ webhook: z.union([WebhookSchema, z.null()]) })
  .openapi("TelegramWebhookState");
