export {
  type Client,
  type ClientOptions,
  createClient,
  memoryTokenStore,
  type TokenStore,
  type Tokens,
} from "./client.ts";
export type { components, operations, paths } from "./schema.d.ts";
