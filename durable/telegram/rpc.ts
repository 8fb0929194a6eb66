// What the Worker may use of TelegramSessionDO besides the class itself: the schema of the vars the
// object reads, so api/env.ts validates the same vars at request time (a bad value is
// CONFIG_INVALID before any session is called) and falls back to the same development secret;
// and the shape of its webhook deliveries (the Worker's queue consumer posts them).
export { DEV_SESSION_SECRET, telegramConfig, telegramVarsSchema } from "./config.ts";

/** A webhook post the session queued on TELEGRAM_WEBHOOKS: already signed, so no secret travels. */
export type TelegramWebhookDelivery = {
  kind: "telegramWebhook";
  sessionId: string;
  url: string;
  seq: number;
  /** The event's stable id (X-Update-Id); absent on posts queued before ids existed. */
  updateId?: string;
  body: string;
  signature: string;
};

/** A post that failed this many times marks the webhook failing (no more posts until it is PUT again). */
export const WEBHOOK_MAX_ATTEMPTS = 5;

/** The header the Worker names the calling API key with when it forwards a WebSocket upgrade. */
export const TELEGRAM_OWNER_HEADER = "x-telegram-session-owner";
