// The Durable Object classes, for the Worker entry (api/index.ts) to export to wrangler. Handlers
// never import this: they reach the objects through their bindings and durable/index.ts.
export { CallDO } from "./call/call-do.ts";
export { ChatDO } from "./chat/chat-do.ts";
export { TelegramSessionDO } from "./telegram/session-do.ts";
export { UserDO } from "./user/user-do.ts";
