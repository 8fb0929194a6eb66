import type { Message } from "../../openapi/messaging-types.ts";
import type { UpdateBody } from "../../openapi/realtime-types.ts";
import type { Clock } from "../clock.ts";
import { AssistantChatStore } from "./ai/reply-store.ts";
import type { AttachmentChange } from "./attachment-holds.ts";
import type { ChatRow, MemberRow, MessageRow } from "./records.ts";
import { batchDue, catchUpSearchIndex } from "./search-index.ts";
import type { ForwardSource, SendInput } from "./store.ts";

/**
 * What the feature modules (search.ts, pins.ts, scheduled.ts) may use of a chat's records: the
 * membership check, the views of messages and the outbox, as plain functions, so each module is a
 * set of functions over one chat rather than another layer of the class hierarchy.
 */
export type ChatAccess = {
  readonly sql: SqlStorage;
  readonly now: Clock;
  requireMember(userId: string): { chat: ChatRow; member: MemberRow };
  visibleMessage(userId: string, seq: number): MessageRow;
  viewFor(chatId: string, userId: string, rows: MessageRow[]): Message[];
  memberIds(): string[];
  /** See ChatStore.emit: `actorId`'s own row is an echo. */
  emit(recipients: string[], update: UpdateBody, actorId?: string): void;
  /** An outbox row that holds or releases attachments in D1 (durable/chat/attachment-holds.ts). */
  emitAttachmentChange(change: AttachmentChange): void;
};

/** ChatStore plus the door the feature modules come in by. The ChatDO holds one of these. */
export class ChatFeatures extends AssistantChatStore {
  readonly access: ChatAccess = {
    sql: this.sql,
    now: this.now,
    requireMember: (userId) => this.requireMember(userId),
    visibleMessage: (userId, seq) => this.visibleMessage(userId, seq),
    viewFor: (chatId, userId, rows) => this.viewFor(chatId, userId, rows),
    memberIds: () => this.memberIds(),
    emit: (recipients, update, actorId) => this.emit(recipients, update, actorId),
    emitAttachmentChange: (change) => this.emitAttachmentChange(change),
  };

  /** A send; every SEARCH_INDEX_BATCH-th indexes what waits, in the same transaction (search-index.ts). */
  override send(callerId: string, input: SendInput, forward: ForwardSource | null) {
    const sent = super.send(callerId, input, forward);
    if (sent.created && batchDue(sent.message.seq)) catchUpSearchIndex(this.sql);
    return sent;
  }
}
