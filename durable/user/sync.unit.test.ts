import { describe, expect, it } from "vitest";
import type { Update } from "../../openapi/realtime-types.ts";
import type { SocketAttachment } from "./sockets.ts";
import type { UpdatesPage } from "./store.ts";
import { broadcastUpdates, logEntries, SYNC_PAGE, syncSocket } from "./sync.ts";

/** A socket as sync.ts sees it: frames sent, and the attachment it carries through hibernation. */
function socket(pts: number | null) {
  let attachment: SocketAttachment = { socketId: "s1", userId: "usr_me", sessionId: "ses_1", connectedAt: 0, pts };
  const sent: { type?: string; pts?: number }[] = [];
  const ws = {
    send: (data: string) => sent.push(JSON.parse(data)),
    serializeAttachment: (value: SocketAttachment) => {
      attachment = value;
    },
    deserializeAttachment: () => attachment,
  } as unknown as WebSocket;
  return { ws, sent, attachment: () => attachment };
}

const update = (pts: number): Update =>
  ({ pts, type: "read", chatId: "grp_x", date: pts, userId: "usr_other", upToSeq: pts }) as Update;

/** A log holding updates 1…last, keeping those above `trimmedThrough`. */
function log(last: number, trimmedThrough = 0) {
  return {
    pts: () => last,
    updatesSince(since: number, limit: number): UpdatesPage {
      if (since < trimmedThrough || since > last) return { tooLong: true, pts: last };
      const to = Math.min(last, since + limit);
      const updates = Array.from({ length: to - since }, (_, i) => update(since + i + 1));
      return { tooLong: false, updates, pts: to, hasMore: to < last };
    },
  };
}

describe("catch-up", () => {
  it("sends every missed update in order across pages, then synced, and marks the socket live", () => {
    const s = socket(null);
    const last = SYNC_PAGE * 2 + 7;
    syncSocket(log(last), s.ws, s.attachment(), 3);
    expect(s.sent.slice(0, -1).map((f) => f.pts)).toEqual(Array.from({ length: last - 3 }, (_, i) => i + 4));
    expect(s.sent.at(-1)).toEqual({ type: "synced", pts: last });
    expect(s.attachment().pts).toBe(last);
  });

  it("answers tooLong for a pts older than the log keeps", () => {
    const s = socket(null);
    syncSocket(log(50, 20), s.ws, s.attachment(), 5);
    expect(s.sent).toEqual([{ type: "tooLong", pts: 50 }]);
  });
});

describe("broadcast", () => {
  it("reaches synced sockets only, never sending an update twice", () => {
    const unsynced = socket(null);
    const behind = socket(1);
    const ahead = socket(3);
    broadcastUpdates([unsynced.ws, behind.ws, ahead.ws], logEntries([update(2), update(3), update(4)]));
    expect(unsynced.sent).toEqual([]);
    expect(behind.sent.map((f) => f.pts)).toEqual([2, 3, 4]);
    expect(ahead.sent.map((f) => f.pts)).toEqual([4]);
    expect(behind.attachment().pts).toBe(4);
  });
});
