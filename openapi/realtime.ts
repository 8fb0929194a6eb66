import { createRoute, z } from "@hono/zod-openapi";
import { BEARER_JWT } from "./document.ts";
import { errors } from "./envelope.ts";
import { BEARER_PROTOCOL_PREFIX, CLOSE_CODES, REALTIME_PROTOCOL } from "./realtime-frames.ts";

/**
 * Marks a route whose request is a WebSocket upgrade. Browsers cannot set `Authorization` on a
 * WebSocket, so for such routes (and upgrade requests only) the security guard also takes the
 * access token from the `bearer.<token>` subprotocol or the `token` query parameter.
 */
export const WEBSOCKET_UPGRADE_EXTENSION = "x-websocket-upgrade";

export const connectRealtimeRoute = createRoute({
  method: "get",
  path: "/api/v1/ws",
  operationId: "connectRealtime",
  summary: "Open the realtime WebSocket",
  description: [
    "Upgrades to a WebSocket that carries your updates live (each with its `pts`), presence and typing.",
    `Authenticate with the access token as a subprotocol: \`Sec-WebSocket-Protocol: ${REALTIME_PROTOCOL}, ${BEARER_PROTOCOL_PREFIX}<accessToken>\` (the server answers \`${REALTIME_PROTOCOL}\`), or with \`Authorization: Bearer <accessToken>\`, or as the \`token\` query parameter (it may end up in proxy logs: prefer the subprotocol).`,
    "A missing, expired or revoked token is refused with 401 before the upgrade.",
    `One connection per device (sign-in session): a new one closes the previous one with code ${CLOSE_CODES.replaced}.`,
    "After connecting, send `sync` with the last pts you have: you receive every update you missed, in order, then `synced`, then live updates.",
    "See the Realtime guide for all frames, limits and close codes.",
  ].join("\n\n"),
  tags: ["Realtime"],
  security: [{ [BEARER_JWT]: [] }],
  [WEBSOCKET_UPGRADE_EXTENSION]: true,
  request: {
    query: z.object({
      token: z
        .string()
        .max(4096)
        .optional()
        .openapi({
          param: { name: "token", in: "query" },
          description: "The access token, for clients that can set neither headers nor subprotocols",
        }),
    }),
    headers: z.object({
      "sec-websocket-protocol": z
        .string()
        .optional()
        .openapi({
          param: { name: "sec-websocket-protocol", in: "header" },
          example: `${REALTIME_PROTOCOL}, ${BEARER_PROTOCOL_PREFIX}eyJhbGciOiJIUzI1NiIs…`,
          description: `\`${REALTIME_PROTOCOL}\`, optionally followed by \`${BEARER_PROTOCOL_PREFIX}<accessToken>\``,
        }),
    }),
  },
  responses: {
    101: {
      description: `Switching Protocols: the WebSocket is open (subprotocol \`${REALTIME_PROTOCOL}\` when asked for)`,
    },
    ...errors(400, 401, 426),
  },
});
