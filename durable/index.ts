// The one door from api/ into durable/: the Durable Object classes (the Worker entry, api/index.ts,
// re-exports them for wrangler) and, from each object's rpc.ts, what the Worker may use of it.
export { ChatDO } from "./chat/chat-do.ts";
export * from "./chat/rpc.ts";
export { messagingVarsSchema } from "./config.ts";
export type { Outcome } from "./outcome.ts";
export * from "./telegram/rpc.ts";
export { TelegramSessionDO } from "./telegram/session-do.ts";
export * from "./user/rpc.ts";
export { UserDO } from "./user/user-do.ts";
