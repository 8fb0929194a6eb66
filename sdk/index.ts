export { type Attachment, attachmentLink, type UploadOptions, uploadAttachment } from "./attachments.ts";
export {
  type Client,
  type ClientOptions,
  createClient,
  memoryTokenStore,
  type TokenStore,
  type Tokens,
} from "./client.ts";
export {
  createRealtimeClient,
  type RealtimeClient,
  type RealtimeOptions,
  type RealtimeState,
  type ServerFrame,
  type Update,
  type WebSocketLike,
} from "./realtime.ts";
export type { components, operations, paths } from "./schema.d.ts";
