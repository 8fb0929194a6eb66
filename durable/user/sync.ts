import type { Update } from "../../openapi/realtime-types.ts";
import { attachmentOf, type SocketAttachment, sendFrame } from "./sockets.ts";
import type { LogEntry, UpdatesPage } from "./store.ts";

// The update log meets the sockets: catch-up of one socket from the pts its client last saw,
// and the live broadcast of newly applied updates to every socket that is synced.

/** Updates read per page while a socket catches up (all sent within one turn of the object). */
export const SYNC_PAGE = 500;

/** What catch-up reads: the log's current pts and its pages. */
export type UpdateLog = { pts(): number; updatesSince(since: number, limit: number): UpdatesPage };

/**
 * Catch-up: every update after `since`, in order, then `synced`; from then on the socket gets
 * live updates above its pts. Synchronous, so no update can be applied (and broadcast) between
 * reading the log and marking the socket live. No `since`: the socket starts live at the log's pts.
 */
export function syncSocket(log: UpdateLog, ws: WebSocket, attachment: SocketAttachment, since: number | undefined) {
  let pts = log.pts();
  if (since !== undefined) {
    let cursor = since;
    for (;;) {
      const page = log.updatesSince(cursor, SYNC_PAGE);
      if (page.tooLong) {
        ws.serializeAttachment({ ...attachment, pts: page.pts });
        sendFrame(ws, { type: "tooLong", pts: page.pts });
        return;
      }
      for (const update of page.updates) sendFrame(ws, update);
      cursor = page.pts;
      if (!page.hasMore) break;
    }
    pts = cursor;
  }
  ws.serializeAttachment({ ...attachment, pts });
  sendFrame(ws, { type: "synced", pts });
}

/** Log entries of updates built here (a delivery's come from the log's insert: UserStore.applyChatEvents). */
export function logEntries(updates: Update[]): LogEntry[] {
  return updates.map((update) => ({ pts: update.pts, json: JSON.stringify(update) }));
}

/**
 * Sends newly applied updates to every synced socket that has not had them (no gap, no repeat).
 * Answers each socket's attachment as it stands afterwards (read once per socket: a delivery then
 * asks which sessions saw everything, see sessionsSeenThrough).
 */
export function broadcastUpdates(sockets: WebSocket[], frames: LogEntry[]): SocketAttachment[] {
  const after: SocketAttachment[] = [];
  for (const ws of sockets) {
    const attachment = attachmentOf(ws);
    if (!attachment) continue;
    if (attachment.pts === null || frames.length === 0) {
      after.push(attachment);
      continue;
    }
    let pts = attachment.pts;
    for (const frame of frames) {
      if (frame.pts <= pts) continue;
      if (!sendFrame(ws, frame.json)) break;
      pts = frame.pts;
    }
    if (pts === attachment.pts) after.push(attachment);
    else {
      const moved = { ...attachment, pts };
      ws.serializeAttachment(moved);
      after.push(moved);
    }
  }
  return after;
}
