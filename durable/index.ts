// The Durable Object classes; the Worker entry (api/index.ts) re-exports them for wrangler.
export { ChatDO } from "./chat/chat-do.ts";
export { UserDO } from "./user/user-do.ts";
