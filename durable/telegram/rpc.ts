// What the Worker may use of TelegramSessionDO besides the class itself: the schema of the vars the
// object reads, so api/env.ts validates the same vars at request time (a bad value is
// CONFIG_INVALID before any session is called) and falls back to the same development secret.
export { DEV_SESSION_SECRET, telegramConfig, telegramVarsSchema } from "./config.ts";
