export { type AiDeltaFrame, applyAiDelta } from "./ai-replies.ts";
export {
  type Attachment,
  attachmentLink,
  PresignedPutError,
  type PresignedUploadOptions,
  type UploadOptions,
  uploadAttachment,
  uploadAttachmentPresigned,
} from "./attachments.ts";
export type { SfuPeerConnectionLike, SfuRemoteTrack } from "./call-sfu.ts";
export { type CallClient, type CallsOptions, createCallClient } from "./calls.ts";
export {
  type Client,
  type ClientOptions,
  createClient,
  memoryTokenStore,
  type TokenStore,
  type Tokens,
} from "./client.ts";
export {
  type CallClientFrame,
  type CallFrame,
  type ClientFrame,
  type Connect,
  createRealtimeClient,
  type ErrorFrame,
  type PresenceFrame,
  RealtimeClient,
  type RealtimeOptions,
  type RealtimeState,
  type ServerFrame,
  type TypingFrame,
  type Update,
  type WebSocketConstructor,
  type WebSocketLike,
} from "./realtime.ts";
export { BEARER_PROTOCOL_PREFIX, CLOSE_CODES, REALTIME_PATH, REALTIME_PROTOCOL } from "./realtime-protocol.ts";
export type { components, operations, paths } from "./schema.d.ts";
export {
  connectTelegramUpdates,
  TELEGRAM_UPDATES_PROTOCOL,
  type TelegramUpdateEvent,
  type TelegramUpdatesOptions,
  telegramUpdateDeduplicator,
  verifyTelegramWebhook,
} from "./telegram-updates.ts";
export { NoWebSocketError } from "./websocket.ts";
