import type { UpdateBody } from "../../openapi/realtime-types.ts";
import type { Db } from "../privacy/d1.ts";
import { blockedIdsOf } from "../privacy/store.ts";
import { StoredIdSet } from "./stored-id-set.ts";

// The users this user blocked, copied into their own object: the fan-out of a group's events
// drops what those users write (screenUpdate) without asking D1 about every event. D1's `blocks`
// stays the source of truth: the block and unblock handlers write D1, then this copy; an object
// that never had the copy (blocks made before it existed, or a new user) loads it from D1 once.

export const BLOCKS_SCHEMA = `
CREATE TABLE IF NOT EXISTS blocked_users (user_id TEXT PRIMARY KEY);
`;

/**
 * A group's messages by someone you blocked are not delivered to you (Signal's behaviour). In a
 * dialog nothing needs withholding: a blocked user's sends there are refused (403 BLOCKED), and
 * what they wrote before the block stays (it is the record of why you blocked them).
 * The id format is the contract's (ChatIdSchema: `grp_…` for a group).
 */
export const isGroupChat = (chatId: string) => chatId.startsWith("grp_");

export class BlockList {
  private readonly db: Db;
  /**
   * In memory once loaded (stored-id-set.ts): every delivered group event asks `hides`, and a
   * SELECT per event (and one for the loaded flag per delivery) was a measurable share of a
   * group send.
   */
  private readonly blocked: StoredIdSet;

  constructor(sql: SqlStorage, db: Db) {
    this.db = db;
    this.blocked = new StoredIdSet(sql, {
      table: "blocked_users",
      column: "user_id",
      loadedKey: "blocked_users_loaded",
    });
  }

  /** Loads the copy from D1 once per object (storage remembers that it did). */
  async ensureLoaded(ownerId: string) {
    await this.blocked.ensureLoaded(() => blockedIdsOf(this.db, ownerId));
  }

  /** Mirrors a block or unblock already written to D1. Idempotent. */
  async set(ownerId: string, userId: string, blocked: boolean) {
    await this.ensureLoaded(ownerId);
    if (blocked) this.blocked.add(userId);
    else this.blocked.delete(userId);
  }

  /** Everyone in the copy (call ensureLoaded first). */
  ids(): string[] {
    return [...(this.blocked.loaded() ?? [])];
  }

  /** Whether `senderId`'s messages in chat `chatId` are withheld from this user (call ensureLoaded first). */
  hides(chatId: string, senderId: string): boolean {
    return isGroupChat(chatId) && (this.blocked.loaded()?.has(senderId) ?? false);
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
