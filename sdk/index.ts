export { type Client, type ClientOptions, createClient } from "./client.ts";
export type { components, operations, paths } from "./schema.d.ts";
