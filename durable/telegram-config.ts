/** What TelegramSessionDO needs to reach Telegram; parsed from the Worker's vars by api/env.ts. */
export interface TelegramConfig {
  /** Undefined when TELEGRAM_API_ID/HASH are missing in production: the proxy answers 503. */
  api: { id: number; hash: string } | undefined;
  /** The one DC to use instead of Telegram's (loopback in development); undefined in production. */
  dc: { id: number; host: string; port: number; rsaN: string | undefined } | undefined;
}

/** What the Worker hands every session call: Telegram settings plus the secret that seals the session. */
export interface SessionCallConfig {
  telegram: TelegramConfig;
  sessionSecret: string;
}
