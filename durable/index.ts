// The one door from api/ into durable/: from each object's rpc.ts, what the Worker may use of it,
// plus the shared Outcome and the objects' vars. Nothing here needs a Workers runtime, so Node
// tooling (the spec generator, the deploy checks) can load api/ through it. The classes themselves
// are in objects.ts, which only the Worker entry (api/index.ts) imports, to re-export them for wrangler.
export * from "./call/rpc.ts";
export * from "./chat/rpc.ts";
export { DEAD_LETTER_RETENTION_MS, DEPLOYED_ENVIRONMENTS, messagingVarsSchema } from "./config.ts";
export type { Outcome } from "./outcome.ts";
export * from "./privacy/index.ts";
export * from "./telegram/rpc.ts";
export * from "./user/rpc.ts";
