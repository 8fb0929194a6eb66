import { createRoute, z } from "@hono/zod-openapi";
import { CallIdSchema, CallSchema, IceServersSchema } from "./call-types.ts";
import { ChatPathSchema } from "./chats.ts";
import { errors, jsonBody, jsonSuccess } from "./envelope.ts";

const BEARER = [{ bearerJwt: [] }];

export const StartCallBodySchema = z
  .object({
    video: z.boolean().openapi({ description: "A video call (true) or a voice call (false)" }),
    sfu: z.boolean().optional().openapi({
      description:
        "Start in SFU mode (media through Cloudflare Realtime SFU) instead of a peer-to-peer mesh, e.g. for a large group. 409 `SFU_NOT_CONFIGURED` when the gateway has no SFU",
    }),
  })
  .strict()
  .openapi("StartCallRequest", { example: { video: true } });

export const CallPathSchema = z.object({
  callId: CallIdSchema.openapi({ param: { name: "callId", in: "path" } }),
});

export const startCallRoute = createRoute({
  method: "post",
  path: "/api/v1/chats/{chatId}/calls",
  operationId: "startCall",
  summary: "Call a dialog or group",
  description: [
    "Starts a call in a chat you are a member of, with this device (sign-in session) in it: every device of every other member gets an `incomingCall` frame on the realtime socket, and answers with `callJoin`. Devices ring for `CALL_RING_TIMEOUT_SECONDS` (45 s); unanswered, the call ends as `missed`.",
    "A chat has one call at a time: while one is live, this answers it (200) instead of starting another. That is also how glare resolves: when both sides of a dialog call each other at once, one call results and the second caller is in it.",
    "A callee who is in another call is `busy` (a dialog call then ends as busy); if you are in another call yourself, 409 `BUSY`.",
    "A dialog partner who blocked you does not ring: 403 `BLOCKED`.",
    'Up to `meshLimit` devices send their media to each other (mesh); a device joining past that moves the call to Cloudflare Realtime SFU (`mode: "sfu"`), or is refused with 409 `CALL_FULL` when the gateway has no SFU.',
  ].join("\n\n"),
  tags: ["Calls"],
  security: BEARER,
  request: { params: ChatPathSchema, body: jsonBody(StartCallBodySchema) },
  responses: {
    201: jsonSuccess("The call, ringing", CallSchema),
    200: jsonSuccess("The chat's live call, which you are now in (glare) or were already in", CallSchema),
    ...errors(400, 401, 403, 404, 409, 415),
  },
});

export const getCallRoute = createRoute({
  method: "get",
  path: "/api/v1/calls/{callId}",
  operationId: "getCall",
  summary: "A call",
  description:
    "The call as you see it: its state, who is in it and who is still ringing. For a device that connects while a call rings, or after it missed frames. Only the chat members the call was for can read it (404 for anyone else).",
  tags: ["Calls"],
  security: BEARER,
  request: { params: CallPathSchema },
  responses: { 200: jsonSuccess("The call", CallSchema), ...errors(400, 401, 404) },
});

export const iceServersRoute = createRoute({
  method: "get",
  path: "/api/v1/calls/ice-servers",
  operationId: "getIceServers",
  summary: "ICE servers for a call",
  description:
    "STUN servers and short-lived TURN credentials (coturn's REST shared-secret scheme, or Cloudflare Realtime TURN), to pass as RTCPeerConnection's `iceServers`. Fetch them before each call: the credentials expire after `ttlSeconds`.",
  tags: ["Calls"],
  security: BEARER,
  responses: { 200: jsonSuccess("ICE servers", IceServersSchema), ...errors(401, 503) },
});
