// The channels and supergroups a subscribed session follows, in its own storage: each one's pts
// (Telegram keeps a box per channel, caught up with updates.getChannelDifference), and whether
// it is a supergroup or a broadcast channel (for the events' chatType).
import type { ChannelType } from "./live-updates.ts";

export type ChannelState = { channelId: string; pts: number; type: ChannelType | null };

type Row = { channel_id: string; pts: number; type: ChannelType | null };

const asState = (row: Row): ChannelState => ({ channelId: row.channel_id, pts: row.pts, type: row.type });

export class ChannelStates {
  private readonly sql: SqlStorage;

  constructor(sql: SqlStorage) {
    this.sql = sql;
  }

  static ensureSchema(sql: SqlStorage) {
    // channel_id is Telegram's raw channel id (not the marked -100… one).
    sql.exec("CREATE TABLE IF NOT EXISTS channel_state (channel_id TEXT PRIMARY KEY, pts INTEGER NOT NULL, type TEXT)");
  }

  all(): ChannelState[] {
    return this.sql.exec<Row>("SELECT * FROM channel_state ORDER BY channel_id").toArray().map(asState);
  }

  get(channelId: string): ChannelState | undefined {
    const row = this.sql.exec<Row>("SELECT * FROM channel_state WHERE channel_id = ?", channelId).toArray()[0];
    return row && asState(row);
  }

  /** Starts following a channel from `pts`; one already followed keeps its own pts. */
  follow(channelId: string, pts: number, type: ChannelType | undefined) {
    this.sql.exec(
      "INSERT OR IGNORE INTO channel_state (channel_id, pts, type) VALUES (?, ?, ?)",
      channelId,
      pts,
      type ?? null,
    );
  }

  /** Follows the channel of a pushed update from just before it, unless already followed. */
  followPushed(channel: { channelId: string; startPts: number | undefined }) {
    if (channel.startPts !== undefined) this.follow(channel.channelId, channel.startPts, undefined);
  }

  save(channelId: string, pts: number, type: ChannelType | undefined) {
    this.sql.exec(
      "UPDATE channel_state SET pts = ?, type = COALESCE(?, type) WHERE channel_id = ?",
      pts,
      type ?? null,
      channelId,
    );
  }

  /** Left or lost the channel (CHANNEL_PRIVATE): nothing more to catch up there. */
  forget(channelId: string) {
    this.sql.exec("DELETE FROM channel_state WHERE channel_id = ?", channelId);
  }

  /** Signed out: a new login follows its own channels from their current pts. */
  reset() {
    this.sql.exec("DELETE FROM channel_state");
  }
}
