import { ASSISTANT_TITLE, ASSISTANT_USER_ID } from "../../openapi/assistant.ts";
import type { Attachment } from "../../openapi/attachment-types.ts";
import type {
  AiReply,
  ChatInfo,
  MemberRole,
  Message,
  MessageCall,
  MessagePreview,
  ReactionCount,
} from "../../openapi/messaging-types.ts";
import type { UpdateBody } from "../../openapi/realtime-types.ts";
import { type Clock, systemClock } from "../clock.ts";
import { refuse } from "../outcome.ts";
import type { AttachmentChange } from "./attachment-holds.ts";
import type { PushJob } from "./rpc.ts";
import { messageStatus, toPreview } from "./rules.ts";
import { ATTACHMENTS_RECIPIENT, PUSH_RECIPIENT } from "./schema.ts";

export type ChatRow = {
  id: string;
  kind: "dialog" | "group";
  title: string | null;
  about: string;
  created_by: string;
  created_at: number;
  updated_at: number;
  last_seq: number;
  last_event_id: number;
  indexed_seq: number;
};

export type MemberRow = {
  user_id: string;
  role: MemberRole;
  joined_at: number;
  read_seq: number;
  delivered_seq: number;
  announced: number;
};

export type MessageRow = {
  seq: number;
  sender_id: string;
  client_message_id: string;
  text: string | null;
  reply_to_seq: number | null;
  fwd_sender_id: string | null;
  fwd_sent_at: number | null;
  attachment_ids: string;
  created_at: number;
  edited_at: number | null;
  deleted_at: number | null;
  /** A call's history message: its MessageCall, JSON. */
  call?: string | null;
};

// The row types above only describe what these queries select; SqlStorage wants an index signature.
export type Rows<T> = T & Record<string, SqlStorageValue>;

/**
 * The one condition that keeps a viewer's hidden senders out of a read (history, search, unread):
 * a message `m` whose sender is not in the bound JSON array (see ChatRecords.hiddenSendersJson).
 */
export const NOT_HIDDEN_SENDER = "NOT EXISTS (SELECT 1 FROM json_each(?) WHERE value = m.sender_id)";

/**
 * The senders whose messages a viewer does not see in this chat, as the JSON bound to
 * NOT_HIDDEN_SENDER: the users they blocked (the Worker reads them from D1), in a group only. A
 * dialog keeps its history: a blocked user cannot write into it any more (403 BLOCKED).
 */
export function hiddenSendersJson(chat: Pick<ChatRow, "kind">, hiddenSenders: readonly string[]): string {
  return JSON.stringify(chat.kind === "group" ? hiddenSenders : []);
}

const SAVED_MESSAGES_TITLE = "Saved messages";

/**
 * What every rule of a chat reads and writes: its rows, the views of its messages, and the outbox.
 * Every method is synchronous: the ChatDO runs each write inside `transactionSync`, so a message,
 * its seq and the outbox rows for its side effects commit together or not at all.
 * ChatMembership (chats and groups) and ChatStore (messages and markers) build on it.
 */
export class ChatRecords {
  /** Set when a write queued outbox rows: the ChatDO then schedules its alarm. */
  emitted = false;

  protected readonly sql: SqlStorage;
  protected readonly now: Clock;

  constructor(sql: SqlStorage, now: Clock = systemClock) {
    this.sql = sql;
    this.now = now;
  }

  // ---------------------------------------------------------------- reads of state

  protected chatRow(): ChatRow | undefined {
    return this.sql.exec<Rows<ChatRow>>("SELECT * FROM chat LIMIT 1").toArray()[0];
  }

  protected memberRow(userId: string): MemberRow | undefined {
    return this.sql.exec<Rows<MemberRow>>("SELECT * FROM members WHERE user_id = ?", userId).toArray()[0];
  }

  protected memberIds(): string[] {
    return this.sql
      .exec<{ user_id: string }>("SELECT user_id FROM members ORDER BY joined_at, user_id")
      .toArray()
      .map((r) => r.user_id);
  }

  /** The chat and the caller's membership, or 404 — the same 404 whether the chat exists or not. */
  protected requireMember(userId: string): { chat: ChatRow; member: MemberRow } {
    // One read for both (every call of a member starts here); the two tables share no column name.
    const found = this.sql
      .exec<Rows<ChatRow & { [K in keyof MemberRow]: MemberRow[K] | null }>>(
        `SELECT c.*, m.user_id, m.role, m.joined_at, m.read_seq, m.delivered_seq, m.announced
         FROM chat c LEFT JOIN members m ON m.user_id = ? LIMIT 1`,
        userId,
      )
      .toArray()[0];
    if (!found || found.user_id === null) throw refuse.notFound();
    const { user_id, role, joined_at, read_seq, delivered_seq, announced, ...chat } = found;
    return {
      chat: chat as ChatRow,
      member: { user_id, role, joined_at, read_seq, delivered_seq, announced } as MemberRow,
    };
  }

  protected requireGroup(userId: string) {
    const found = this.requireMember(userId);
    if (found.chat.kind !== "group") throw refuse.notFound("Group not found");
    return found;
  }

  protected info(chat: ChatRow, viewerId?: string): ChatInfo {
    const memberCount = this.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM members").one().n;
    let peerId: string | null = null;
    let title = chat.title;
    if (chat.kind === "dialog") {
      const ids = this.memberIds();
      peerId = ids.find((id) => id !== viewerId) ?? viewerId ?? ids[0] ?? null;
      if (ids.length === 1) title = SAVED_MESSAGES_TITLE;
      if (ids.includes(ASSISTANT_USER_ID)) title = ASSISTANT_TITLE;
    }
    return {
      id: chat.id,
      kind: chat.kind,
      title,
      about: chat.about,
      peerId,
      memberCount,
      createdBy: chat.created_by,
      createdAt: chat.created_at,
      updatedAt: chat.updated_at,
    };
  }

  /**
   * Unread messages for one member: others' visible messages after the read marker, not counting
   * those of senders hidden from them (`hidden`: see hiddenSendersJson).
   */
  protected unreadCount(userId: string, readSeq: number, hidden = "[]"): number {
    return this.sql
      .exec<{ n: number }>(
        `SELECT COUNT(*) AS n FROM messages m
         WHERE m.seq > ? AND m.sender_id != ? AND m.deleted_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.user_id = ? AND h.seq = m.seq)
           AND ${NOT_HIDDEN_SENDER}`,
        readSeq,
        userId,
        userId,
        hidden,
      )
      .one().n;
  }

  protected othersMarkers(userId: string) {
    return this.sql
      .exec<{ maxReadSeq: number | null; maxDeliveredSeq: number | null; count: number }>(
        `SELECT MAX(read_seq) AS maxReadSeq, MAX(delivered_seq) AS maxDeliveredSeq, COUNT(*) AS count
         FROM members WHERE user_id != ?`,
        userId,
      )
      .one();
  }

  protected messageRow(seq: number): MessageRow | undefined {
    return this.sql.exec<Rows<MessageRow>>("SELECT * FROM messages WHERE seq = ?", seq).toArray()[0];
  }

  /** A message the caller can see: exists, not deleted for everyone, not deleted for them. */
  protected visibleMessage(userId: string, seq: number): MessageRow {
    const row = this.messageRow(seq);
    if (!row || row.deleted_at !== null || this.isHidden(userId, seq)) throw refuse.notFound("Message not found");
    return row;
  }

  protected isHidden(userId: string, seq: number): boolean {
    return (
      this.sql.exec("SELECT 1 FROM hidden_messages WHERE user_id = ? AND seq = ?", userId, seq).toArray().length > 0
    );
  }

  protected reactionCounts(seqFrom: number, seqTo: number, viewerId?: string): Map<number, ReactionCount[]> {
    const rows = this.sql
      .exec<{ seq: number; emoji: string; count: number; mine: number }>(
        `SELECT seq, emoji, COUNT(*) AS count, MAX(user_id = ?) AS mine FROM reactions
         WHERE seq BETWEEN ? AND ? GROUP BY seq, emoji ORDER BY seq, MIN(created_at), emoji`,
        viewerId ?? "",
        seqFrom,
        seqTo,
      )
      .toArray();
    const bySeq = new Map<number, ReactionCount[]>();
    for (const row of rows) {
      const list = bySeq.get(row.seq) ?? [];
      list.push(
        viewerId
          ? { emoji: row.emoji, count: row.count, mine: row.mine === 1 }
          : { emoji: row.emoji, count: row.count },
      );
      bySeq.set(row.seq, list);
    }
    return bySeq;
  }

  /** The turn states of the assistant's replies among seqFrom..seqTo (none outside assistant chats). */
  protected aiReplies(seqFrom: number, seqTo: number): Map<number, AiReply> {
    const rows = this.sql
      .exec<{ seq: number; state: AiReply["state"]; error: string | null }>(
        "SELECT seq, state, error FROM ai_replies WHERE seq BETWEEN ? AND ?",
        seqFrom,
        seqTo,
      )
      .toArray();
    return new Map(rows.map((r) => [r.seq, { state: r.state, error: r.error }]));
  }

  /** The attachments of the messages in [seqFrom, seqTo], in their order, by seq. */
  protected attachmentsOf(seqFrom: number, seqTo: number): Map<number, Attachment[]> {
    const rows = this.sql
      .exec<{ seq: number; meta: string }>(
        "SELECT seq, meta FROM message_attachments WHERE seq BETWEEN ? AND ? ORDER BY seq, position",
        seqFrom,
        seqTo,
      )
      .toArray();
    const bySeq = new Map<number, Attachment[]>();
    for (const row of rows) bySeq.set(row.seq, [...(bySeq.get(row.seq) ?? []), JSON.parse(row.meta) as Attachment]);
    return bySeq;
  }

  protected toMessage(
    chatId: string,
    row: MessageRow,
    reactions: ReactionCount[],
    attachments: Attachment[],
    ai?: AiReply,
  ): Message {
    const message: Message = {
      chatId,
      seq: row.seq,
      senderId: row.sender_id,
      clientMessageId: row.client_message_id,
      text: row.text ?? "",
      replyToSeq: row.reply_to_seq,
      forwardedFrom:
        row.fwd_sender_id !== null ? { senderId: row.fwd_sender_id, sentAt: row.fwd_sent_at ?? row.created_at } : null,
      attachmentIds: JSON.parse(row.attachment_ids) as string[],
      attachments,
      createdAt: row.created_at,
      editedAt: row.edited_at,
      reactions,
      ...(row.call ? { call: JSON.parse(row.call) as MessageCall } : {}),
    };
    if (ai) message.ai = ai;
    return message;
  }

  /** Messages as one member sees them: with `mine` on reactions and a status on their own. */
  protected viewFor(chatId: string, userId: string, rows: MessageRow[]): Message[] {
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (!first || !last) return [];
    const reactions = this.reactionCounts(first.seq, last.seq, userId);
    const ai = this.aiReplies(first.seq, last.seq);
    const attachments = this.attachmentsOf(first.seq, last.seq);
    const marks = rows.some((r) => r.sender_id === userId) ? this.othersMarkers(userId) : undefined;
    return rows.map((row) => {
      const message = this.toMessage(
        chatId,
        row,
        reactions.get(row.seq) ?? [],
        attachments.get(row.seq) ?? [],
        ai.get(row.seq),
      );
      if (marks && row.sender_id === userId) {
        message.status = messageStatus(row.seq, {
          maxReadSeq: marks.maxReadSeq ?? 0,
          maxDeliveredSeq: marks.maxDeliveredSeq ?? 0,
          count: marks.count,
        });
      }
      return message;
    });
  }

  /** The message as every member receives it in an update (no per-viewer fields). */
  protected broadcastView(chatId: string, row: MessageRow): Message {
    return this.toMessage(
      chatId,
      row,
      this.reactionCounts(row.seq, row.seq).get(row.seq) ?? [],
      this.attachmentsOf(row.seq, row.seq).get(row.seq) ?? [],
      this.aiReplies(row.seq, row.seq).get(row.seq),
    );
  }

  /** The chat's latest message that is not deleted for everyone (and not hidden by `userId`). */
  protected latestPreview(userId?: string): MessagePreview | null {
    const row = this.sql
      .exec<Rows<MessageRow>>(
        `SELECT * FROM messages m WHERE m.deleted_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.user_id = ? AND h.seq = m.seq)
         ORDER BY m.seq DESC LIMIT 1`,
        userId ?? "",
      )
      .toArray()[0];
    return row ? this.preview(row) : null;
  }

  protected preview(row: MessageRow): MessagePreview {
    return toPreview({
      seq: row.seq,
      senderId: row.sender_id,
      text: row.text ?? "",
      attachmentCount: (JSON.parse(row.attachment_ids) as string[]).length,
      createdAt: row.created_at,
    });
  }

  // ---------------------------------------------------------------- the outbox

  /**
   * Queues one update for each recipient, in this transaction. `actorId`: the member whose action
   * the update reports; their row is an echo (their device has the answer already), which the
   * drain delivers after the others' (outbox.ts).
   */
  protected emit(to: string[], update: UpdateBody, actorId?: string) {
    // The assistant is a member without a user: it has no update log to fill.
    const recipients = to.filter((id) => id !== ASSISTANT_USER_ID);
    if (recipients.length === 0) return;
    const eventId = this.sql
      .exec<{ last_event_id: number }>("UPDATE chat SET last_event_id = last_event_id + 1 RETURNING last_event_id")
      .one().last_event_id;
    // One statement for every recipient (json_each keeps `key` in array order, so ids follow it):
    // a group send's fan-out was one INSERT per member, each paying SQLite's per-statement cost.
    this.sql.exec(
      `INSERT INTO outbox (recipient, event_id, payload, next_attempt_at, echo)
       SELECT value, ?, ?, ?, value IS ? FROM json_each(?) ORDER BY key`,
      eventId,
      JSON.stringify(update),
      this.now(),
      actorId ?? null,
      JSON.stringify(recipients),
    );
    this.emitted = true;
  }

  /**
   * Emits an update that carries the chat's preview (`lastMessage`): members who deleted messages
   * for themselves get their own preview, so no update ever hands them a message they deleted
   * (which, deleted for everyone later, they would not hear of again and would keep).
   */
  protected emitWithPreview(
    recipients: string[],
    body: (lastMessage: MessagePreview | null) => UpdateBody,
    actorId?: string,
  ) {
    const hiders = new Set(
      this.sql
        .exec<{ user_id: string }>("SELECT DISTINCT user_id FROM hidden_messages")
        .toArray()
        .map((row) => row.user_id),
    );
    this.emit(
      recipients.filter((id) => !hiders.has(id)),
      body(this.latestPreview()),
      actorId,
    );
    for (const id of recipients) if (hiders.has(id)) this.emit([id], body(this.latestPreview(id)), actorId);
  }

  protected emitPush(job: PushJob) {
    this.emitSideEffect(PUSH_RECIPIENT, job);
  }

  protected emitAttachmentChange(change: AttachmentChange) {
    if (change.attachmentIds.length > 0) this.emitSideEffect(ATTACHMENTS_RECIPIENT, change);
  }

  /** An outbox row for a recipient that is not a user (no event id: nobody dedupes on it). */
  private emitSideEffect(recipient: string, payload: unknown) {
    this.sql.exec(
      "INSERT INTO outbox (recipient, event_id, payload, next_attempt_at) VALUES (?, 0, ?, ?)",
      recipient,
      JSON.stringify(payload),
      this.now(),
    );
    this.emitted = true;
  }

  /** Tells members whose chat list does not have this chat yet (a dialog's peer before its first message). */
  protected announceTo(chat: ChatRow, userIds: string[]) {
    const now = this.now();
    for (const userId of userIds) {
      this.emit([userId], { type: "chatUpdated", chatId: chat.id, date: now, chat: this.info(chat, userId) });
      this.sql.exec("UPDATE members SET announced = 1 WHERE user_id = ?", userId);
    }
  }

  protected chatOrThrow(): ChatRow {
    const chat = this.chatRow();
    if (!chat) throw refuse.notFound();
    return chat;
  }
}
