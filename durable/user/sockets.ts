import type { ServerFrame } from "../../openapi/realtime-frames.ts";

/**
 * What each socket carries through hibernation (serializeAttachment, < 2 KB). `pts` is the last
 * update this socket was sent: null until its first `sync`, so nothing reaches it before the client
 * says where it stands, and a live update is sent only when above it — no gap, no duplicate.
 */
export type SocketAttachment = {
  socketId: string;
  userId: string;
  sessionId: string;
  connectedAt: number;
  pts: number | null;
};

/** Sockets are tagged with their sign-in session: one connection per device. */
export const sessionTag = (sessionId: string) => `session:${sessionId}`;

export function attachmentOf(ws: WebSocket): SocketAttachment | null {
  const value = ws.deserializeAttachment() as SocketAttachment | null;
  return value && typeof value.socketId === "string" ? value : null;
}

/** The sessions with an open socket that was sent every update up to `pts` (synced, not behind). */
export function sessionsSeenThrough(sockets: SocketAttachment[], pts: number): Set<string> {
  return new Set(sockets.filter((s) => s.pts !== null && s.pts >= pts).map((s) => s.sessionId));
}

/** Sends a frame; a socket closing meanwhile is not an error worth reporting. */
export function sendFrame(ws: WebSocket, frame: ServerFrame | string): boolean {
  try {
    ws.send(typeof frame === "string" ? frame : JSON.stringify(frame));
    return true;
  } catch {
    return false;
  }
}

/** Closes a socket, ignoring one that is already closed. */
export function closeSocket(ws: WebSocket, code: number, reason: string) {
  try {
    ws.close(code, reason);
  } catch {
    // already closed
  }
}
