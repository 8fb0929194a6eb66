import { createRoute, z } from "@hono/zod-openapi";
import { PeerIdSchema, SdpSchema } from "./call-types.ts";
import { CallPathSchema } from "./calls.ts";
import { errors, jsonBody, jsonSuccess } from "./envelope.ts";

// A call in SFU mode (Call.mode = "sfu"): each device in it keeps one RTCPeerConnection to
// Cloudflare Realtime SFU, publishes its own tracks there and pulls the tracks of the others.
// The Worker holds the SFU's app token and each device's SFU session: a device names tracks by
// the call's peer ids, never by SFU session ids, so it can only publish into its own session.

const BEARER = [{ bearerJwt: [] }];

/** What a track is called inside its device's SFU session (Cloudflare: unique per session). */
export const TrackNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,64}$/, "must be 1 to 64 letters, digits, '.', '_' or '-'")
  .openapi({ example: "video-1" });

/** The transceiver's `mid` in the device's SDP. */
export const MidSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,32}$/, "must be an SDP mid (1 to 32 letters, digits, '.', '_' or '-')")
  .openapi({ example: "1" });

/** Cloudflare adds at most 64 tracks per request. */
const MAX_TRACKS = 64;

export const PublishTracksBodySchema = z
  .object({
    sdp: SdpSchema.openapi({ description: "Your SDP offer with the tracks to publish (sendonly transceivers)" }),
    tracks: z
      .array(z.object({ mid: MidSchema, trackName: TrackNameSchema, kind: z.enum(["audio", "video"]) }).strict())
      .min(1)
      .max(MAX_TRACKS)
      .openapi({
        description: "The transceivers of the offer to publish, by mid, and the names the others pull them by",
      }),
  })
  .strict()
  .openapi("PublishCallTracksRequest", {
    example: { sdp: "v=0\r\n…", tracks: [{ mid: "0", trackName: "audio-0", kind: "audio" }] },
  });

export const PublishedTracksSchema = z
  .object({
    sdp: SdpSchema.openapi({ description: "The SFU's SDP answer: pass it to setRemoteDescription" }),
    tracks: z.array(z.object({ mid: z.string(), trackName: z.string() })),
  })
  .openapi("PublishedCallTracks");

export const PullTracksBodySchema = z
  .object({
    tracks: z
      .array(z.object({ peerId: PeerIdSchema, trackName: TrackNameSchema }).strict())
      .min(1)
      .max(MAX_TRACKS)
      .openapi({ description: "Tracks of other devices in the call (Call.tracks)" }),
  })
  .strict()
  .openapi("PullCallTracksRequest", {
    example: { tracks: [{ peerId: "peer_9a8b7c6d5e4f3a2b1c0d9e8f", trackName: "video-1" }] },
  });

export const PulledTracksSchema = z
  .object({
    offer: SdpSchema.nullable().openapi({
      description:
        "The SFU's SDP offer with the pulled tracks: setRemoteDescription, createAnswer, and PUT /calls/{callId}/sfu/renegotiate the answer. Null when nothing needs renegotiating",
    }),
    tracks: z.array(
      z.object({
        peerId: PeerIdSchema,
        trackName: z.string(),
        mid: z
          .string()
          .nullable()
          .openapi({ description: "Where the track arrives in your connection (ontrack's transceiver.mid)" }),
        errorCode: z.string().nullable().openapi({ description: "Set when the SFU could not pull this track" }),
      }),
    ),
  })
  .openapi("PulledCallTracks");

export const RenegotiateBodySchema = z
  .object({ sdp: SdpSchema.openapi({ description: "Your SDP answer to the SFU's offer" }) })
  .strict()
  .openapi("RenegotiateCallMediaRequest", { example: { sdp: "v=0\r\n…" } });

export const RenegotiatedSchema = z.object({ renegotiated: z.literal(true) }).openapi("RenegotiatedCallMedia");

export const CloseTracksBodySchema = z
  .object({
    mids: z
      .array(MidSchema)
      .min(1)
      .max(MAX_TRACKS)
      .openapi({ description: "The transceivers to close (published or pulled)" }),
    sdp: SdpSchema.optional().openapi({
      description:
        "Your SDP offer after stopping them; omitted: the SFU closes them at once (force) and you stop them locally",
    }),
  })
  .strict()
  .openapi("CloseCallTracksRequest", { example: { mids: ["1"] } });

export const ClosedTracksSchema = z
  .object({
    answer: SdpSchema.nullable().openapi({ description: "The SFU's answer to your offer, when you sent one" }),
  })
  .openapi("ClosedCallTracks");

const sfuErrors = errors(400, 401, 404, 409, 415, 503);
const common = {
  tags: ["Calls"],
  security: BEARER,
};

const SFU_ONLY =
  "Only for a device that is in the call (404 otherwise), in SFU mode (409 `CALL_NOT_SFU` in a mesh call). 503 `SFU_UNAVAILABLE` when the SFU cannot be reached; 400 `SFU_REFUSED` when it refuses the SDP.";

export const publishCallTracksRoute = createRoute({
  ...common,
  method: "post",
  path: "/api/v1/calls/{callId}/sfu/session",
  operationId: "publishCallTracks",
  summary: "Publish your media to the call's SFU",
  description: [
    "Sends this device's SDP offer to Cloudflare Realtime SFU (making the device's SFU session on first use) and publishes the named transceivers as tracks; answers with the SFU's SDP answer. Everyone in the call then gets a `callState` whose `tracks` lists them, and pulls them with POST /calls/{callId}/sfu/tracks. Call again to publish more tracks.",
    SFU_ONLY,
  ].join("\n\n"),
  request: { params: CallPathSchema, body: jsonBody(PublishTracksBodySchema) },
  responses: { 200: jsonSuccess("The SFU's answer", PublishedTracksSchema), ...sfuErrors },
});

export const pullCallTracksRoute = createRoute({
  ...common,
  method: "post",
  path: "/api/v1/calls/{callId}/sfu/tracks",
  operationId: "pullCallTracks",
  summary: "Pull other devices' tracks from the call's SFU",
  description: [
    "Adds tracks other devices in the call publish (`Call.tracks`) to this device's SFU connection; answers with the SFU's offer to answer through PUT /calls/{callId}/sfu/renegotiate. 404 `CALL_TRACK_NOT_FOUND` for a track the call does not list.",
    SFU_ONLY,
  ].join("\n\n"),
  request: { params: CallPathSchema, body: jsonBody(PullTracksBodySchema) },
  responses: { 200: jsonSuccess("The SFU's offer and where each track arrives", PulledTracksSchema), ...sfuErrors },
});

export const renegotiateCallMediaRoute = createRoute({
  ...common,
  method: "put",
  path: "/api/v1/calls/{callId}/sfu/renegotiate",
  operationId: "renegotiateCallMedia",
  summary: "Answer the SFU's offer",
  description: [
    "Sends this device's SDP answer to the offer the SFU made when it pulled tracks. 409 `SFU_NO_SESSION` before the device has published or pulled anything.",
    SFU_ONLY,
  ].join("\n\n"),
  request: { params: CallPathSchema, body: jsonBody(RenegotiateBodySchema) },
  responses: { 200: jsonSuccess("Renegotiated", RenegotiatedSchema), ...sfuErrors },
});

export const closeCallTracksRoute = createRoute({
  ...common,
  method: "put",
  path: "/api/v1/calls/{callId}/sfu/tracks/close",
  operationId: "closeCallTracks",
  summary: "Close tracks in your SFU connection",
  description: [
    "Closes transceivers of this device's SFU connection: a published track disappears from `Call.tracks` (everyone gets a `callState`), a pulled one stops arriving. 409 `SFU_NO_SESSION` before the device has published or pulled anything.",
    SFU_ONLY,
  ].join("\n\n"),
  request: { params: CallPathSchema, body: jsonBody(CloseTracksBodySchema) },
  responses: { 200: jsonSuccess("Closed", ClosedTracksSchema), ...sfuErrors },
});

export type PublishTracksBody = z.infer<typeof PublishTracksBodySchema>;
export type PublishedTracks = z.infer<typeof PublishedTracksSchema>;
export type PullTracksBody = z.infer<typeof PullTracksBodySchema>;
export type PulledTracks = z.infer<typeof PulledTracksSchema>;
export type CloseTracksBody = z.infer<typeof CloseTracksBodySchema>;
export type ClosedTracks = z.infer<typeof ClosedTracksSchema>;
