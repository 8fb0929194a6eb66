import { z } from "@hono/zod-openapi";
import {
  CallAnswerFrameSchema,
  CallAnswerRelayFrameSchema,
  CallIceFrameSchema,
  CallIceRelayFrameSchema,
  CallJoinFrameSchema,
  CallLeaveFrameSchema,
  CallOfferFrameSchema,
  CallOfferRelayFrameSchema,
  CallStateFrameSchema,
  IncomingCallFrameSchema,
} from "./call-frames.ts";
import { ChatIdSchema, TimestampSchema, UserIdSchema } from "./messaging-types.ts";
import { UpdateSchema } from "./realtime-types.ts";

// The frames of the realtime WebSocket (`GET /api/v1/ws`), one JSON object per text message.
// Server, SDK, tests and the AsyncAPI document all use these schemas, so they cannot disagree.
// Every frame has a `type`; the update frames are the objects of the update log, with their pts.

export {
  BEARER_PROTOCOL_PREFIX,
  CLOSE_CODES,
  REALTIME_LIMITS,
  REALTIME_PATH,
  REALTIME_PROTOCOL,
} from "./realtime-protocol.ts";

const PtsSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

// ---------------------------------------------------------------- client → server

export const SyncFrameSchema = z
  .object({
    type: z.literal("sync"),
    pts: PtsSchema.optional().openapi({
      description:
        "The last pts you have. Omit it to receive only what happens from now on. The server sends every update after it, in order, then `synced`, then the call ringing for you or that you are in (`incomingCall` while your devices ring, then its `callState`; call frames are not in the update log), then live updates.",
      example: 41,
    }),
  })
  .strict()
  .openapi("SyncFrame");

export const AckFrameSchema = z
  .object({
    type: z.literal("ack"),
    pts: PtsSchema.min(1).openapi({
      description: "Your device has every update up to here: their messages count as delivered to you.",
      example: 42,
    }),
  })
  .strict()
  .openapi("AckFrame");

export const TypingRequestFrameSchema = z
  .object({ type: z.literal("typing"), chatId: ChatIdSchema })
  .strict()
  .openapi("TypingRequestFrame");

export const PingFrameSchema = z
  .object({ type: z.literal("ping") })
  .strict()
  .openapi("PingFrame");

export const ClientFrameSchema = z
  .discriminatedUnion("type", [
    SyncFrameSchema,
    AckFrameSchema,
    TypingRequestFrameSchema,
    PingFrameSchema,
    // Calls (call-frames.ts)
    CallJoinFrameSchema,
    CallLeaveFrameSchema,
    CallOfferFrameSchema,
    CallAnswerFrameSchema,
    CallIceFrameSchema,
  ])
  .openapi("ClientFrame");

export type ClientFrame = z.infer<typeof ClientFrameSchema>;

// ---------------------------------------------------------------- server → client

export const SyncedFrameSchema = z
  .object({
    type: z.literal("synced"),
    pts: PtsSchema.openapi({ description: "Your pts now: catch-up is over, live updates follow", example: 53 }),
  })
  .openapi("SyncedFrame");

export const TooLongFrameSchema = z
  .object({
    type: z.literal("tooLong"),
    pts: PtsSchema.openapi({
      description:
        "The current pts. Your pts is older than the retained log: reload chats and histories over REST; live updates after this pts follow on this socket.",
    }),
  })
  .openapi("TooLongFrame");

export const PresenceFrameSchema = z
  .object({
    type: z.literal("presence"),
    userId: UserIdSchema,
    online: z.boolean(),
    lastSeen: TimestampSchema.nullable().openapi({ description: "When they were last online (unix ms)" }),
  })
  .openapi("PresenceFrame");

export const TypingFrameSchema = z
  .object({
    type: z.literal("typing"),
    chatId: ChatIdSchema,
    userId: UserIdSchema.openapi({ description: "Who is typing" }),
    date: TimestampSchema,
    expiresInMs: z
      .number()
      .int()
      .openapi({ example: 5000, description: "Show it for this long unless another typing frame follows" }),
  })
  .openapi("TypingFrame");

export const AiDeltaFrameSchema = z
  .object({
    type: z.literal("aiDelta"),
    chatId: ChatIdSchema,
    seq: z.number().int().min(1).openapi({ description: "The assistant's reply this text belongs to" }),
    offset: z.number().int().min(0).openapi({
      description:
        "Where `delta` starts in the reply's text: deltas arrive in order, each at the end of the previous one. Ephemeral (not in the update log): after a reconnect, the history has the text saved so far",
    }),
    delta: z.string().openapi({ example: "Hello" }),
  })
  .openapi("AiDeltaFrame");

export const PongFrameSchema = z.object({ type: z.literal("pong") }).openapi("PongFrame");

export const FRAME_ERROR_CODES = [
  "MALFORMED_JSON",
  "INVALID_FRAME",
  "FRAME_TOO_LARGE",
  "BINARY_NOT_SUPPORTED",
  "NOT_FOUND",
  "INTERNAL_ERROR",
  /** A call frame the call refused in its state (ended, full, answered on another device…): `details.reason` says which. */
  "CONFLICT",
] as const;

export const ErrorFrameSchema = z
  .object({
    type: z.literal("error"),
    code: z.enum(FRAME_ERROR_CODES),
    message: z.string(),
    details: z.unknown().optional(),
  })
  .openapi("ErrorFrame");

export const ServerFrameSchema = z
  .discriminatedUnion("type", [
    // Every update of the log is a frame as it is.
    ...UpdateSchema.options,
    SyncedFrameSchema,
    TooLongFrameSchema,
    PresenceFrameSchema,
    TypingFrameSchema,
    AiDeltaFrameSchema,
    PongFrameSchema,
    ErrorFrameSchema,
    // Calls (call-frames.ts)
    IncomingCallFrameSchema,
    CallStateFrameSchema,
    CallOfferRelayFrameSchema,
    CallAnswerRelayFrameSchema,
    CallIceRelayFrameSchema,
  ])
  .openapi("ServerFrame");

export type ServerFrame = z.infer<typeof ServerFrameSchema>;
export type PresenceFrame = z.infer<typeof PresenceFrameSchema>;
export type TypingFrame = z.infer<typeof TypingFrameSchema>;
export type AiDeltaFrame = z.infer<typeof AiDeltaFrameSchema>;
export type ErrorFrame = z.infer<typeof ErrorFrameSchema>;
export type FrameErrorCode = ErrorFrame["code"];
