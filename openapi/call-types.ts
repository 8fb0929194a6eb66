import { z } from "@hono/zod-openapi";
import { CALL_END_REASONS, ChatIdSchema, TimestampSchema, UserIdSchema } from "./messaging-types.ts";

// Wire types of calls: the REST bodies (openapi/calls.ts), the realtime signalling frames
// (openapi/realtime-frames.ts) and the CallDO (durable/call/) all use these.

export const CallIdSchema = z
  .string()
  .regex(/^call_[0-9a-f]{32}$/, "must be a call id (call_…)")
  .openapi({ example: "call_0d4c1f6e2b7a49c8a3e5f1b2c3d4e5f6" });

/** One device in a call. Random per join: it names a device to the others without revealing its session. */
export const PeerIdSchema = z
  .string()
  .regex(/^peer_[0-9a-f]{24}$/, "must be a peer id (peer_…)")
  .openapi({ example: "peer_9a8b7c6d5e4f3a2b1c0d9e8f" });

export const CallStateSchema = z.enum(["ringing", "active", "ended"]).openapi({ example: "active" });

export const CallEndReasonSchema = z.enum(CALL_END_REASONS).openapi({
  description:
    "Why it ended: `declined` (every callee declined), `missed` (nobody answered before the ring timeout, or the caller gave up first), `busy` (every callee was in another call), `hangup` (fewer than two remained), `failed` (a device reported that the media connection failed)",
});

export const CallParticipantSchema = z
  .object({
    peerId: PeerIdSchema,
    userId: UserIdSchema,
    joinedAt: TimestampSchema,
  })
  .openapi("CallParticipant");

/** A track a device in the call publishes to the SFU (SFU mode): pull it by `peerId` and `trackName`. */
export const CallTrackSchema = z
  .object({
    peerId: PeerIdSchema,
    userId: UserIdSchema,
    trackName: z.string().openapi({ example: "video-1" }),
    kind: z.enum(["audio", "video"]),
  })
  .openapi("CallTrack");

export const CallSchema = z
  .object({
    callId: CallIdSchema,
    chatId: ChatIdSchema,
    video: z.boolean(),
    initiatorId: UserIdSchema,
    state: CallStateSchema,
    reason: CallEndReasonSchema.nullable(),
    participants: z
      .array(CallParticipantSchema)
      .openapi({ description: "The devices in the call now, in the order they joined" }),
    ringing: z.array(UserIdSchema).openapi({ description: "Members whose devices are still ringing" }),
    self: PeerIdSchema.nullable().openapi({
      description: "Your device's peer id when it is in the call (ignore yourself in `participants`), else null",
    }),
    meshLimit: z.number().int().min(2).openapi({
      description: "Most devices in a peer-to-peer (mesh) call; past it the call moves to the SFU",
      example: 4,
    }),
    mode: z.enum(["mesh", "sfu"]).openapi({
      description:
        "`mesh`: each device sends its media to every other (callOffer/callAnswer/callIce). `sfu`: each device sends its media once to Cloudflare Realtime SFU and pulls the others' `tracks` from it (POST /calls/{callId}/sfu/…). A call moves to `sfu` when a device joins past `meshLimit`, or starts there (`sfu: true`), and stays there",
    }),
    tracks: z.array(CallTrackSchema).openapi({
      description: "SFU mode: the tracks the devices in the call publish, for newcomers to pull (empty in mesh mode)",
    }),
    createdAt: TimestampSchema,
    answeredAt: TimestampSchema.nullable(),
    endedAt: TimestampSchema.nullable(),
  })
  .openapi("Call");

export type Call = z.infer<typeof CallSchema>;
export type CallTrack = z.infer<typeof CallTrackSchema>;
export type CallEndReason = z.infer<typeof CallEndReasonSchema>;

/** Chromium's offer for audio + video with every codec is ~6,000 characters; simulcast and many candidates make more. */
export const SDP_MAX_CHARS = 24_000;

export const SdpSchema = z.string().min(1).max(SDP_MAX_CHARS).openapi({ description: "An SDP offer or answer" });

/** RTCIceCandidateInit, as `candidate.toJSON()` gives it. */
export const IceCandidateSchema = z
  .object({
    candidate: z.string().max(1024),
    sdpMid: z.string().max(64).nullable().optional(),
    sdpMLineIndex: z.number().int().min(0).max(1024).nullable().optional(),
    usernameFragment: z.string().max(256).nullable().optional(),
  })
  .strict()
  .openapi("IceCandidate");

export const IceServerSchema = z
  .object({
    urls: z
      .array(z.string())
      .min(1)
      .openapi({ example: ["turn:turn.example.com:3478?transport=udp"] }),
    username: z.string().optional(),
    credential: z.string().optional(),
  })
  .openapi("IceServer");

export const IceServersSchema = z
  .object({
    iceServers: z.array(IceServerSchema).openapi({ description: "Pass as RTCPeerConnection's `iceServers`" }),
    ttlSeconds: z
      .number()
      .int()
      .min(0)
      .openapi({ description: "How long the TURN credentials are valid", example: 3600 }),
  })
  .openapi("IceServers");

export type IceServer = z.infer<typeof IceServerSchema>;
export type IceServers = z.infer<typeof IceServersSchema>;
