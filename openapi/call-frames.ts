import { z } from "@hono/zod-openapi";
import { CallIdSchema, CallSchema, IceCandidateSchema, PeerIdSchema, SdpSchema } from "./call-types.ts";
import { ChatIdSchema, TimestampSchema, UserIdSchema } from "./messaging-types.ts";

// The call signalling frames of the realtime socket. The server relays SDP and ICE only between
// devices that are in the call: `to` names a peer (a device in the call), and the relayed frame
// says who it is `from`.

// ---------------------------------------------------------------- client → server

export const CallJoinFrameSchema = z
  .object({ type: z.literal("callJoin"), callId: CallIdSchema })
  .strict()
  .openapi("CallJoinFrame", {
    description:
      "Answer a ringing call, or join a group call, with this device. The first device of a user wins; the user's other devices stop ringing. The answer is a `callState` with your `self` peer id and the participants: offer to each of them.",
  });

export const CallLeaveFrameSchema = z
  .object({
    type: z.literal("callLeave"),
    callId: CallIdSchema,
    reason: z.enum(["hangup", "declined", "failed"]).optional().openapi({
      description:
        "Omitted: hang up when this device is in the call, decline when it is ringing. `failed`: the media connection failed (ends a 1:1 call as failed)",
    }),
  })
  .strict()
  .openapi("CallLeaveFrame");

const relayFields = { callId: CallIdSchema, to: PeerIdSchema.openapi({ description: "The participant it is for" }) };

export const CallOfferFrameSchema = z
  .object({ type: z.literal("callOffer"), ...relayFields, sdp: SdpSchema })
  .strict()
  .openapi("CallOfferFrame");

export const CallAnswerFrameSchema = z
  .object({ type: z.literal("callAnswer"), ...relayFields, sdp: SdpSchema })
  .strict()
  .openapi("CallAnswerFrame");

export const CallIceFrameSchema = z
  .object({ type: z.literal("callIce"), ...relayFields, candidate: IceCandidateSchema })
  .strict()
  .openapi("CallIceFrame");

export const CALL_CLIENT_FRAME_TYPES = ["callJoin", "callLeave", "callOffer", "callAnswer", "callIce"] as const;

export type CallJoinFrame = z.infer<typeof CallJoinFrameSchema>;
export type CallLeaveFrame = z.infer<typeof CallLeaveFrameSchema>;
export type CallSignalFrame = z.infer<
  typeof CallOfferFrameSchema | typeof CallAnswerFrameSchema | typeof CallIceFrameSchema
>;

// ---------------------------------------------------------------- server → client

export const IncomingCallFrameSchema = z
  .object({
    type: z.literal("incomingCall"),
    callId: CallIdSchema,
    chatId: ChatIdSchema,
    fromUserId: UserIdSchema.openapi({ description: "Who is calling" }),
    video: z.boolean(),
    date: TimestampSchema,
  })
  .openapi("IncomingCallFrame", {
    description:
      "Ring: to every device of every member the call is for. Answer with `callJoin`, decline with `callLeave`.",
  });

export const CallStateFrameSchema = z
  .object({ type: z.literal("callState"), call: CallSchema })
  .openapi("CallStateFrame", {
    description:
      "The call changed (someone answered, joined, left or declined, it moved to the SFU, a device published or closed SFU tracks, or it ended): to every device of everyone the call is for.",
  });

const relayedFields = {
  callId: CallIdSchema,
  from: PeerIdSchema.openapi({ description: "The participant it comes from: send your answer and candidates `to` it" }),
  fromUserId: UserIdSchema,
};

export const CallOfferRelayFrameSchema = z
  .object({ type: z.literal("callOffer"), ...relayedFields, sdp: SdpSchema })
  .openapi("CallOfferRelayFrame");

export const CallAnswerRelayFrameSchema = z
  .object({ type: z.literal("callAnswer"), ...relayedFields, sdp: SdpSchema })
  .openapi("CallAnswerRelayFrame");

export const CallIceRelayFrameSchema = z
  .object({ type: z.literal("callIce"), ...relayedFields, candidate: IceCandidateSchema })
  .openapi("CallIceRelayFrame");

export type IncomingCallFrame = z.infer<typeof IncomingCallFrameSchema>;
export type CallStateFrame = z.infer<typeof CallStateFrameSchema>;
export type CallRelayFrame = z.infer<
  typeof CallOfferRelayFrameSchema | typeof CallAnswerRelayFrameSchema | typeof CallIceRelayFrameSchema
>;
/** What a CallDO hands a UserDO to put on its sockets. */
export type CallServerFrame = IncomingCallFrame | CallStateFrame | CallRelayFrame;
