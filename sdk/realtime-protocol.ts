// Generated from openapi/realtime-protocol.ts by `npm run sdk`. Do not edit.

// The constants of the realtime protocol, without any schema library: the SDK imports this file
// at run time, the server and the frame schemas (realtime-frames.ts) re-export it.

/** The subprotocol a client asks for (and the server answers with). */
export const REALTIME_PROTOCOL = "big.v1";
/** The access token rides as a second subprotocol `bearer.<token>` (browsers cannot set headers). */
export const BEARER_PROTOCOL_PREFIX = "bearer.";
/** Where the socket is, under the API's origin. */
export const REALTIME_PATH = "/api/v1/ws";

/** Limits of one socket; documented in the realtime guide. */
export const REALTIME_LIMITS = {
  /** A text frame longer than this (UTF-16 code units) is refused with an `error` frame. */
  maxFrameChars: 4096,
  /** Call signalling frames (callOffer, callAnswer) carry SDP: they may be this long. */
  maxCallFrameChars: 32_768,
  /** More frames than this within `floodWindowMs` close the socket with CLOSE_CODES.flooding. */
  floodFrames: 60,
  floodWindowMs: 10_000,
  /** Call signalling frames (trickled ICE candidates come in bursts) have their own budget per window. */
  callFloodFrames: 300,
  /** How long a `typing` frame holds; clients repeat it while the user keeps typing. */
  typingTtlMs: 5000,
  /** A socket's typing frames for one chat closer together than this are dropped (not relayed). */
  typingMinIntervalMs: 2000,
  /** How long after the last device disconnects the user is shown offline. */
  presenceGraceMs: 10_000,
} as const;

/** WebSocket close codes the server uses (4000–4999 are the application's own). */
export const CLOSE_CODES = {
  /** Another connection of the same device (sign-in session) replaced this one: do not reconnect. */
  replaced: 4001,
  /** The sign-in session was revoked or signed out: sign in again. */
  sessionRevoked: 4003,
  /** Too many frames: reconnect after a pause. */
  flooding: 4008,
} as const;

/** Every update type of the update log (the frames that carry a pts). */
export const UPDATE_TYPES = [
  "newMessage",
  "messageEdited",
  "messageDeleted",
  "reaction",
  "read",
  "delivered",
  "chatUpdated",
  "memberAdded",
  "memberRemoved",
  "draftUpdated",
] as const;
