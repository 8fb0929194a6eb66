import type { CallTrack } from "../../../openapi/call-types.ts";
import { refuse } from "../../outcome.ts";
import { SFU_SCHEMA } from "./schema.ts";

// The SFU state of one call over the CallDO's SQLite: whether the call is in SFU mode, each
// device's SFU session, and the tracks devices publish. Plain and synchronous, like machine.ts;
// sfu.ts does the SFU's HTTP around it. A track is listed only while its device is in the call
// (participants.left_at IS NULL), so a device that leaves takes its tracks with it.

/** Most devices in one call through the SFU: each device pulls every other's tracks. */
export const SFU_PARTICIPANT_LIMIT = 25;

export type CallMode = "mesh" | "sfu";

export class CallMedia {
  private readonly sql: SqlStorage;

  constructor(sql: SqlStorage) {
    this.sql = sql;
  }

  ensureSchema() {
    this.sql.exec(SFU_SCHEMA);
  }

  mode(): CallMode {
    return this.sql.exec("SELECT 1 FROM sfu_mode").toArray().length > 0 ? "sfu" : "mesh";
  }

  enterSfu(now: number) {
    this.sql.exec("INSERT OR IGNORE INTO sfu_mode (slot, since) VALUES (1, ?)", now);
  }

  /** The tracks published by devices that are in the call now, in the order they were published. */
  tracks(): CallTrack[] {
    return this.sql
      .exec<{ peer_id: string; user_id: string; track_name: string; kind: "audio" | "video" }>(
        `SELECT t.peer_id, p.user_id, t.track_name, t.kind FROM sfu_tracks t
         JOIN participants p ON p.peer_id = t.peer_id AND p.left_at IS NULL
         ORDER BY t.published_at, t.rowid`,
      )
      .toArray()
      .map((row) => ({ peerId: row.peer_id, userId: row.user_id, trackName: row.track_name, kind: row.kind }));
  }

  /**
   * The peer id of the caller's device, which must be in the call (404 otherwise, as for anyone
   * the call is not for), and the call in SFU mode (409 CALL_NOT_SFU in a mesh).
   */
  requireSfuDevice(userId: string, sessionId: string): string {
    const device = this.sql
      .exec<{ peer_id: string }>(
        "SELECT peer_id FROM participants WHERE user_id = ? AND session_id = ? AND left_at IS NULL",
        userId,
        sessionId,
      )
      .toArray()[0];
    if (!device) throw refuse.notFound("Call not found", "CALL_NOT_FOUND");
    if (this.mode() !== "sfu") {
      throw refuse.conflict("This call is peer-to-peer (mesh): signal over the realtime socket", "CALL_NOT_SFU");
    }
    return device.peer_id;
  }

  sessionOf(peerId: string): string | null {
    return (
      this.sql
        .exec<{ session_id: string }>("SELECT session_id FROM sfu_sessions WHERE peer_id = ?", peerId)
        .toArray()[0]?.session_id ?? null
    );
  }

  setSession(peerId: string, sessionId: string) {
    this.sql.exec("INSERT OR REPLACE INTO sfu_sessions (peer_id, session_id) VALUES (?, ?)", peerId, sessionId);
  }

  publish(peerId: string, tracks: { trackName: string; mid: string; kind: "audio" | "video" }[], now: number) {
    for (const track of tracks) {
      this.sql.exec(
        "INSERT OR REPLACE INTO sfu_tracks (peer_id, track_name, mid, kind, published_at) VALUES (?, ?, ?, ?, ?)",
        peerId,
        track.trackName,
        track.mid,
        track.kind,
        now,
      );
    }
  }

  /** Forgets the device's published tracks on these mids: true when the call's tracks changed. */
  unpublish(peerId: string, mids: string[]): boolean {
    let changed = false;
    for (const mid of mids) {
      const cursor = this.sql.exec("DELETE FROM sfu_tracks WHERE peer_id = ? AND mid = ?", peerId, mid);
      if (cursor.rowsWritten > 0) changed = true;
    }
    return changed;
  }

  /** Where each requested track is published (its device's SFU session): 404 for one the call does not list. */
  sources(requests: { peerId: string; trackName: string }[]): { sessionId: string; trackName: string }[] {
    const listed = new Set(this.tracks().map((t) => `${t.peerId}/${t.trackName}`));
    return requests.map((request) => {
      const sessionId = this.sessionOf(request.peerId);
      if (!listed.has(`${request.peerId}/${request.trackName}`) || !sessionId) {
        throw refuse.notFound(
          `No track ${request.trackName} of ${request.peerId} in this call`,
          "CALL_TRACK_NOT_FOUND",
        );
      }
      return { sessionId, trackName: request.trackName };
    });
  }
}
