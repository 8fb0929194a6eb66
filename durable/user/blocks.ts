import type { UpdateBody } from "../../openapi/realtime-types.ts";
import type { Db } from "../privacy/d1.ts";
import { blockedIdsOf } from "../privacy/store.ts";

// The users this user blocked, copied into their own object: the fan-out of a group's events
// drops what those users write (screenUpdate) without asking D1 about every event. D1's `blocks`
// stays the source of truth: the block and unblock handlers write D1, then this copy; an object
// that never had the copy (blocks made before it existed, or a new user) loads it from D1 once.

export const BLOCKS_SCHEMA = `
CREATE TABLE IF NOT EXISTS blocked_users (user_id TEXT PRIMARY KEY);
`;

const LOADED_KEY = "blocked_users_loaded";

/**
 * A group's messages by someone you blocked are not delivered to you (Signal's behaviour). In a
 * dialog nothing needs withholding: a blocked user's sends there are refused (403 BLOCKED), and
 * what they wrote before the block stays (it is the record of why you blocked them).
 * The id format is the contract's (ChatIdSchema: `grp_…` for a group).
 */
export const isGroupChat = (chatId: string) => chatId.startsWith("grp_");

export class BlockList {
  private readonly sql: SqlStorage;
  private readonly db: Db;
  /**
   * The stored copy, in memory once loaded: this class is its only writer, and none of its writes
   * runs inside a transaction (they follow an await), so nothing can roll the table back under
   * it. Every delivered group event asks `hides`: a SELECT per event (and one for the loaded
   * flag per delivery) was a measurable share of a group send.
   */
  private blocked: Set<string> | null = null;

  constructor(sql: SqlStorage, db: Db) {
    this.sql = sql;
    this.db = db;
  }

  private loaded(): boolean {
    return this.sql.exec("SELECT 1 FROM meta WHERE key = ?", LOADED_KEY).toArray().length > 0;
  }

  /**
   * Loads the copy from D1 once. Two loads may overlap (the object is not locked while D1
   * answers): the first to finish wins and a later one is discarded, since a block or unblock
   * that landed in between was already applied to the winner's copy by `set`.
   */
  async ensureLoaded(ownerId: string) {
    if (this.blocked) return;
    if (!this.loaded()) {
      const ids = await blockedIdsOf(this.db, ownerId);
      if (this.blocked) return;
      if (!this.loaded()) {
        for (const id of ids) this.sql.exec("INSERT OR IGNORE INTO blocked_users (user_id) VALUES (?)", id);
        this.sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES (?, 1)", LOADED_KEY);
      }
    }
    this.blocked = new Set(
      this.sql
        .exec<{ user_id: string }>("SELECT user_id FROM blocked_users")
        .toArray()
        .map((row) => row.user_id),
    );
  }

  /** Mirrors a block or unblock already written to D1. Idempotent. */
  async set(ownerId: string, userId: string, blocked: boolean) {
    await this.ensureLoaded(ownerId);
    if (blocked) {
      this.sql.exec("INSERT OR IGNORE INTO blocked_users (user_id) VALUES (?)", userId);
      this.blocked?.add(userId);
    } else {
      this.sql.exec("DELETE FROM blocked_users WHERE user_id = ?", userId);
      this.blocked?.delete(userId);
    }
  }

  /** Everyone in the copy (call ensureLoaded first). */
  ids(): string[] {
    return [...(this.blocked ?? [])];
  }

  /** Whether `senderId`'s messages in chat `chatId` are withheld from this user (call ensureLoaded first). */
  hides(chatId: string, senderId: string): boolean {
    return isGroupChat(chatId) && (this.blocked?.has(senderId) ?? false);
  }
}

/**
 * What this user receives of a chat's update, given who is hidden from them (`hides`): null drops
 * it. A hidden sender's new messages, edits and reactions are dropped; a chat preview carried by
 * another update (`lastMessage` of memberAdded and messageDeleted) is left out when it is theirs.
 * A deletion of their message still arrives: it redacts a copy from before the block.
 */
export function screenUpdate(update: UpdateBody, hides: (userId: string) => boolean): UpdateBody | null {
  switch (update.type) {
    case "newMessage":
    case "messageEdited":
      return hides(update.message.senderId) ? null : update;
    case "reaction":
      return hides(update.userId) ? null : update;
    case "memberAdded":
    case "messageDeleted":
      return update.lastMessage && hides(update.lastMessage.senderId) ? { ...update, lastMessage: null } : update;
    default:
      return update;
  }
}
