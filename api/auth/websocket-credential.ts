import type { Context } from "hono";
import { BEARER_PROTOCOL_PREFIX } from "../../openapi/realtime-frames.ts";
import { ApiError } from "../errors.ts";

/** Whether the request asks to upgrade to a WebSocket. */
export function isWebSocketUpgrade(c: Context): boolean {
  return (c.req.header("upgrade") ?? "").toLowerCase() === "websocket";
}

/** The subprotocols a WebSocket client offered, in order. */
export function offeredProtocols(c: Context): string[] {
  return (c.req.header("sec-websocket-protocol") ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * The access token of a WebSocket upgrade that has no Authorization header (browsers cannot set
 * one): the `bearer.<token>` subprotocol, else the `token` query parameter.
 */
export function webSocketCredential(c: Context): string {
  const fromProtocol = offeredProtocols(c).find((p) => p.startsWith(BEARER_PROTOCOL_PREFIX));
  const token = fromProtocol ? fromProtocol.slice(BEARER_PROTOCOL_PREFIX.length) : c.req.query("token");
  if (!token) {
    throw ApiError.unauthorized(
      `Send the access token as the subprotocol \`${BEARER_PROTOCOL_PREFIX}<token>\`, the \`token\` query parameter or \`Authorization: Bearer <token>\``,
    );
  }
  return token;
}
