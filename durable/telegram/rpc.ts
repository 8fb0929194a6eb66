// What the Worker may use of TelegramSessionDO besides the class itself: the chat reference its
// calls take, and the schema of the vars the object reads, so api/env.ts validates the same vars
// at request time (a bad value is CONFIG_INVALID before any session is called).
export type { ChatRef } from "../../openapi/telegram-chat-id.ts";
export { DEV_SESSION_SECRET, type TelegramConfig, telegramConfig, telegramVarsSchema } from "./config.ts";
