// Moved to durable/chat/rpc.ts (the ChatDO's boundary types); kept so imports made before the
// move keep working until api/ reaches it through durable/index.ts.
export { type PushJob, pushJobSchema } from "./chat/rpc.ts";
