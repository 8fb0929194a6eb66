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

  /**
   * The user's devices have everything up to `pts`: the chats of the newMessage updates in that
   * range move the user's delivered markers (their authors then see "delivered"). Idempotent and
   * forward-only; the acknowledgement is recorded only once every chat took it, so a failure is
   * retried by acknowledging again. The realtime `ack` frame will call this same method.
   */
  async acknowledge(userId: string, pts: number): Promise<{ pts: number }> {
    this.store.bindOwner(userId);
    const { upToPts, marks } = this.store.deliveryMarks(pts);
    await Promise.all(
      marks.map(async (mark) => {
        const chat = this.env.CHAT.get(this.env.CHAT.idFromName(mark.chatId));
        // A refusal (the user has left the chat since) needs no retry: nothing to mark there.
        await chat.markDelivered(userId, mark.upToSeq);
      }),
    );
    this.store.acknowledge(upToPts);
    return { pts: Math.max(upToPts, 0) };
  }

  getUpdates(userId: string, since: number, limit: number) {
    this.store.bindOwner(userId);
    return this.store.updatesSince(since, limit);
  }
}
