import type { PresenceFrame } from "../../openapi/realtime-frames.ts";

// Presence of one user, kept in their UserDO's meta table: whether they are online (any device
// connected, or the last one left less than the grace period ago) and when they were last seen.
// Peers hear of transitions only, so a flapping connection or a second device costs nothing.

/** Most peers told of one transition, and most groups whose members count as peers. */
export const PRESENCE_MAX_PEERS = 1000;
export const PRESENCE_MAX_GROUPS = 50;
/** Groups larger than this do not relay their members' presence (too many to tell). */
export const PRESENCE_MAX_GROUP_SIZE = 200;

export type Presence = { online: boolean; lastSeen: number | null };

const readMeta = (sql: SqlStorage, key: string) =>
  sql.exec<{ value: SqlStorageValue }>("SELECT value FROM meta WHERE key = ?", key).toArray()[0]?.value;

const writeMeta = (sql: SqlStorage, key: string, value: SqlStorageValue) =>
  sql.exec(
    "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    key,
    value,
  );

export function readPresence(sql: SqlStorage, now: number): Presence {
  const online = readMeta(sql, "presence_online") === 1;
  const lastSeen = readMeta(sql, "last_seen");
  // While online the user is being seen right now.
  return { online, lastSeen: online ? now : lastSeen === undefined || lastSeen === null ? null : Number(lastSeen) };
}

/** The user was seen now (a device connected, or the last one left). */
export function markSeen(sql: SqlStorage, now: number) {
  writeMeta(sql, "last_seen", now);
}

/**
 * Records a transition; answers whether it was one (false when nothing changed). Going offline
 * keeps the time the user was last seen (when the last device left), not the end of the grace.
 */
export function setPresence(sql: SqlStorage, online: boolean, now: number): boolean {
  const was = readMeta(sql, "presence_online") === 1;
  if (online || readMeta(sql, "last_seen") === undefined) markSeen(sql, now);
  if (was === online) return false;
  writeMeta(sql, "presence_online", online ? 1 : 0);
  return true;
}

export function presenceFrame(userId: string, presence: Presence): PresenceFrame {
  return { type: "presence", userId, online: presence.online, lastSeen: presence.lastSeen };
}

/** The user's dialog peers and most recently active groups, from their own chat list. */
export function chatPeers(sql: SqlStorage): { dialogPeers: string[]; groupIds: string[] } {
  const dialogPeers = sql
    .exec<{ peer_id: string }>(
      "SELECT peer_id FROM chats WHERE kind = 'dialog' AND peer_id IS NOT NULL ORDER BY last_activity_at DESC LIMIT ?",
      PRESENCE_MAX_PEERS,
    )
    .toArray()
    .map((row) => row.peer_id);
  const groupIds = sql
    .exec<{ chat_id: string }>(
      "SELECT chat_id FROM chats WHERE kind = 'group' ORDER BY last_activity_at DESC LIMIT ?",
      PRESENCE_MAX_GROUPS,
    )
    .toArray()
    .map((row) => row.chat_id);
  return { dialogPeers, groupIds };
}

/**
 * Contacts both ways: registered users in this user's phone book, and users who have this
 * user's number in theirs. One D1 query on the contacts primary key and its phone index.
 */
export async function contactPeers(db: D1Database, userId: string): Promise<string[]> {
  const { results } = await db
    .prepare(
      `SELECT u.id AS id FROM contacts c JOIN users u ON u.phone = c.phone WHERE c.owner_id = ?1
       UNION
       SELECT c.owner_id AS id FROM contacts c WHERE c.phone = (SELECT phone FROM users WHERE id = ?1)
       LIMIT ?2`,
    )
    .bind(userId, PRESENCE_MAX_PEERS)
    .all<{ id: string }>();
  return results.map((row) => row.id);
}

/** Merges peer lists without the user themselves, capped. */
export function mergePeers(userId: string, ...lists: string[][]): string[] {
  const peers = new Set<string>();
  for (const list of lists) {
    for (const id of list) {
      if (id !== userId) peers.add(id);
      if (peers.size >= PRESENCE_MAX_PEERS) return [...peers];
    }
  }
  return [...peers];
}
