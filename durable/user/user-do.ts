import { DurableObject } from "cloudflare:workers";
import type { ChatInfo } from "../../openapi/messaging-types.ts";
import type { ChatEvent } from "../chat/outbox.ts";
import { messagingLimits } from "../config.ts";
import type { ChatListCursor } from "./cursor.ts";
import { USER_SCHEMA } from "./schema.ts";
import { type SettingsPatch, UserStore } from "./store.ts";

/**
 * One user: their chat list (a table, one row per chat) and their update log with its
 * monotonically increasing pts. Chats deliver events here through their outboxes; the REST API
 * reads the list and the log. (The realtime issue adds WebSockets to this same object.)
 */
export class UserDO extends DurableObject<Env> {
  private readonly store: UserStore;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new UserStore(ctx.storage.sql);
    ctx.storage.sql.exec(USER_SCHEMA);
  }

  private get retention() {
    return messagingLimits(this.env).UPDATE_LOG_RETENTION;
  }

  /** Called by a ChatDO's outbox drain. Idempotent: repeats of applied events are skipped. */
  applyChatEvents(userId: string, chatId: string, events: ChatEvent[]): { applied: number; pts: number } {
    return this.ctx.storage.transactionSync(() => {
      this.store.bindOwner(userId);
      const result = this.store.applyChatEvents(chatId, events, this.retention);
      return { applied: result.applied.length, pts: result.pts };
    });
  }

  listChats(userId: string, after: ChatListCursor | null, limit: number) {
    this.store.bindOwner(userId);
    return this.store.listChats(after, limit);
  }

  updateSettings(userId: string, chat: ChatInfo, patch: SettingsPatch) {
    return this.ctx.storage.transactionSync(() => {
      this.store.bindOwner(userId);
      return this.store.updateSettings(chat, patch, this.retention);
    });
  }

  getUpdates(userId: string, since: number, limit: number) {
    this.store.bindOwner(userId);
    return this.store.updatesSince(since, limit);
  }
}
