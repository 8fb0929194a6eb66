import type {
  ChatInfo,
  Member,
  MemberRole,
  Message,
  MessagePreview,
  ReactionCount,
} from "../../openapi/messaging-types.ts";
import type { UpdateBody } from "../../openapi/realtime-types.ts";
import { refuse } from "../outcome.ts";
import type { PushJob } from "../push-job.ts";
import {
  canDeleteForEveryone,
  canManageGroup,
  canRemoveMember,
  MAX_REACTIONS_PER_USER_PER_MESSAGE,
  messageStatus,
  nextOwner,
  type PageQuery,
  pageWindows,
  toPreview,
} from "./rules.ts";
import { PUSH_RECIPIENT } from "./schema.ts";

type ChatRow = {
  id: string;
  kind: "dialog" | "group";
  title: string | null;
  about: string;
  created_by: string;
  created_at: number;
  updated_at: number;
  last_seq: number;
  last_event_id: number;
};

type MemberRow = {
  user_id: string;
  role: MemberRole;
  joined_at: number;
  read_seq: number;
  delivered_seq: number;
  announced: number;
};

type MessageRow = {
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
};

export type ChatDetails = {
  chat: ChatInfo;
  myRole: MemberRole;
  lastSeq: number;
  readSeq: number;
  deliveredSeq: number;
  unreadCount: number;
  members: Member[];
};

export type SendInput = {
  clientMessageId: string;
  text: string;
  replyToSeq?: number | undefined;
  attachmentIds: string[];
};

/** What a forward copies from its source, as read by the source chat (never from a request body). */
export type ForwardSource = { senderId: string; sentAt: number; text: string; attachmentIds: string[] };

export type MessagePage = { messages: Message[]; hasOlder: boolean; hasNewer: boolean };

const SAVED_MESSAGES_TITLE = "Saved messages";
/** Keeps one push job well under the queue's 128 KB message limit. */
const PUSH_RECIPIENTS_PER_JOB = 500;

// The row types above only describe what these queries select; SqlStorage wants an index signature.
type Rows<T> = T & Record<string, SqlStorageValue>;

/**
 * One chat's state and rules over its Durable Object's SQLite storage. Every method is
 * synchronous: the ChatDO runs each write inside `transactionSync`, so a message, its seq and the
 * outbox rows for its side effects commit together or not at all.
 */
export class ChatStore {
  /** Set when a write queued outbox rows: the ChatDO then schedules its alarm. */
  emitted = false;

  private readonly sql: SqlStorage;
  private readonly now: () => number;

  constructor(sql: SqlStorage, now: () => number = Date.now) {
    this.sql = sql;
    this.now = now;
  }

  // ---------------------------------------------------------------- reads of state

  private chatRow(): ChatRow | undefined {
    return this.sql.exec<Rows<ChatRow>>("SELECT * FROM chat LIMIT 1").toArray()[0];
  }

  private memberRow(userId: string): MemberRow | undefined {
    return this.sql.exec<Rows<MemberRow>>("SELECT * FROM members WHERE user_id = ?", userId).toArray()[0];
  }

  private memberIds(): string[] {
    return this.sql
      .exec<{ user_id: string }>("SELECT user_id FROM members ORDER BY joined_at, user_id")
      .toArray()
      .map((r) => r.user_id);
  }

  /** The chat and the caller's membership, or 404 — the same 404 whether the chat exists or not. */
  private requireMember(userId: string): { chat: ChatRow; member: MemberRow } {
    const chat = this.chatRow();
    const member = chat ? this.memberRow(userId) : undefined;
    if (!chat || !member) throw refuse.notFound();
    return { chat, member };
  }

  private requireGroup(userId: string) {
    const found = this.requireMember(userId);
    if (found.chat.kind !== "group") throw refuse.notFound("Group not found");
    return found;
  }

  private info(chat: ChatRow, viewerId?: string): ChatInfo {
    const memberCount = this.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM members").one().n;
    let peerId: string | null = null;
    let title = chat.title;
    if (chat.kind === "dialog") {
      const ids = this.memberIds();
      peerId = ids.find((id) => id !== viewerId) ?? viewerId ?? ids[0] ?? null;
      if (ids.length === 1) title = SAVED_MESSAGES_TITLE;
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

  /** Unread messages for one member: others' visible messages after the read marker. */
  private unreadCount(userId: string, readSeq: number): number {
    return this.sql
      .exec<{ n: number }>(
        `SELECT COUNT(*) AS n FROM messages m
         WHERE m.seq > ? AND m.sender_id != ? AND m.deleted_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.user_id = ? AND h.seq = m.seq)`,
        readSeq,
        userId,
        userId,
      )
      .one().n;
  }

  private othersMarkers(userId: string) {
    return this.sql
      .exec<{ maxReadSeq: number | null; maxDeliveredSeq: number | null; count: number }>(
        `SELECT MAX(read_seq) AS maxReadSeq, MAX(delivered_seq) AS maxDeliveredSeq, COUNT(*) AS count
         FROM members WHERE user_id != ?`,
        userId,
      )
      .one();
  }

  private messageRow(seq: number): MessageRow | undefined {
    return this.sql.exec<Rows<MessageRow>>("SELECT * FROM messages WHERE seq = ?", seq).toArray()[0];
  }

  /** A message the caller can see: exists, not deleted for everyone, not deleted for them. */
  private visibleMessage(userId: string, seq: number): MessageRow {
    const row = this.messageRow(seq);
    if (!row || row.deleted_at !== null || this.isHidden(userId, seq)) throw refuse.notFound("Message not found");
    return row;
  }

  private isHidden(userId: string, seq: number): boolean {
    return (
      this.sql.exec("SELECT 1 FROM hidden_messages WHERE user_id = ? AND seq = ?", userId, seq).toArray().length > 0
    );
  }

  private reactionCounts(seqFrom: number, seqTo: number, viewerId?: string): Map<number, ReactionCount[]> {
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

  private toMessage(chatId: string, row: MessageRow, reactions: ReactionCount[]): Message {
    return {
      chatId,
      seq: row.seq,
      senderId: row.sender_id,
      clientMessageId: row.client_message_id,
      text: row.text ?? "",
      replyToSeq: row.reply_to_seq,
      forwardedFrom:
        row.fwd_sender_id !== null ? { senderId: row.fwd_sender_id, sentAt: row.fwd_sent_at ?? row.created_at } : null,
      attachmentIds: JSON.parse(row.attachment_ids) as string[],
      createdAt: row.created_at,
      editedAt: row.edited_at,
      reactions,
    };
  }

  /** Messages as one member sees them: with `mine` on reactions and a status on their own. */
  private viewFor(chatId: string, userId: string, rows: MessageRow[]): Message[] {
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (!first || !last) return [];
    const reactions = this.reactionCounts(first.seq, last.seq, userId);
    const marks = rows.some((r) => r.sender_id === userId) ? this.othersMarkers(userId) : undefined;
    return rows.map((row) => {
      const message = this.toMessage(chatId, row, reactions.get(row.seq) ?? []);
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
  private broadcastView(chatId: string, row: MessageRow): Message {
    return this.toMessage(chatId, row, this.reactionCounts(row.seq, row.seq).get(row.seq) ?? []);
  }

  /** The chat's latest message that is not deleted for everyone (and not hidden by `userId`). */
  private latestPreview(userId?: string): MessagePreview | null {
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

  private preview(row: MessageRow): MessagePreview {
    return toPreview({
      seq: row.seq,
      senderId: row.sender_id,
      text: row.text ?? "",
      attachmentCount: (JSON.parse(row.attachment_ids) as string[]).length,
      createdAt: row.created_at,
    });
  }

  // ---------------------------------------------------------------- the outbox

  /** Queues one update for each recipient, in this transaction. */
  private emit(recipients: string[], update: UpdateBody) {
    if (recipients.length === 0) return;
    const eventId = this.sql
      .exec<{ last_event_id: number }>("UPDATE chat SET last_event_id = last_event_id + 1 RETURNING last_event_id")
      .one().last_event_id;
    const payload = JSON.stringify(update);
    const now = this.now();
    for (const recipient of recipients) {
      this.sql.exec(
        "INSERT INTO outbox (recipient, event_id, payload, next_attempt_at) VALUES (?, ?, ?, ?)",
        recipient,
        eventId,
        payload,
        now,
      );
    }
    this.emitted = true;
  }

  private emitPush(job: PushJob) {
    this.sql.exec(
      "INSERT INTO outbox (recipient, event_id, payload, next_attempt_at) VALUES (?, 0, ?, ?)",
      PUSH_RECIPIENT,
      JSON.stringify(job),
      this.now(),
    );
    this.emitted = true;
  }

  /** Tells members whose chat list does not have this chat yet (a dialog's peer before its first message). */
  private announceTo(chat: ChatRow, userIds: string[]) {
    const now = this.now();
    for (const userId of userIds) {
      this.emit([userId], { type: "chatUpdated", chatId: chat.id, date: now, chat: this.info(chat, userId) });
      this.sql.exec("UPDATE members SET announced = 1 WHERE user_id = ?", userId);
    }
  }

  // ---------------------------------------------------------------- chats

  /** Opens (or finds) the dialog of `callerId` and `peerId`: its id is derived from the pair. */
  openDialog(chatId: string, callerId: string, peerId: string): { details: ChatDetails; created: boolean } {
    const existing = this.chatRow();
    if (existing) return { details: this.details(callerId), created: false };
    const now = this.now();
    this.sql.exec(
      "INSERT INTO chat (id, kind, title, created_by, created_at, updated_at) VALUES (?, 'dialog', NULL, ?, ?, ?)",
      chatId,
      callerId,
      now,
      now,
    );
    for (const userId of new Set([callerId, peerId])) {
      this.sql.exec("INSERT INTO members (user_id, role, joined_at) VALUES (?, 'member', ?)", userId, now);
    }
    // The peer hears of the dialog with its first message, not before.
    this.announceTo(this.chatOrThrow(), [callerId]);
    return { details: this.details(callerId), created: true };
  }

  private chatOrThrow(): ChatRow {
    const chat = this.chatRow();
    if (!chat) throw refuse.notFound();
    return chat;
  }

  createGroup(chatId: string, ownerId: string, title: string, memberIds: string[], memberLimit: number): ChatDetails {
    if (this.chatRow()) throw refuse.conflict("Chat already exists");
    const members = [...new Set([ownerId, ...memberIds])];
    if (members.length > memberLimit) {
      throw refuse.conflict(`A group has at most ${memberLimit} members`, "MEMBER_LIMIT_REACHED");
    }
    const now = this.now();
    this.sql.exec(
      "INSERT INTO chat (id, kind, title, created_by, created_at, updated_at) VALUES (?, 'group', ?, ?, ?, ?)",
      chatId,
      title,
      ownerId,
      now,
      now,
    );
    for (const userId of members) {
      const role = userId === ownerId ? "owner" : "member";
      this.sql.exec("INSERT INTO members (user_id, role, joined_at, announced) VALUES (?, ?, ?, 1)", userId, role, now);
    }
    const chat = this.chatOrThrow();
    this.emit(members, { type: "chatUpdated", chatId, date: now, chat: this.info(chat) });
    return this.details(ownerId);
  }

  details(callerId: string): ChatDetails {
    const { chat, member } = this.requireMember(callerId);
    const members = this.sql
      .exec<{ user_id: string; role: MemberRole; joined_at: number }>(
        "SELECT user_id, role, joined_at FROM members ORDER BY joined_at, user_id",
      )
      .toArray()
      .map((m) => ({ userId: m.user_id, role: m.role, joinedAt: m.joined_at }));
    return {
      chat: this.info(chat, callerId),
      myRole: member.role,
      lastSeq: chat.last_seq,
      readSeq: member.read_seq,
      deliveredSeq: member.delivered_seq,
      unreadCount: this.unreadCount(callerId, member.read_seq),
      members,
    };
  }

  /** The chat as the caller sees it, or 404: the membership check of routes that need no more. */
  chatInfoFor(callerId: string): ChatInfo {
    return this.info(this.requireMember(callerId).chat, callerId);
  }

  updateGroup(callerId: string, patch: { title?: string | undefined; about?: string | undefined }): ChatDetails {
    const { chat, member } = this.requireGroup(callerId);
    if (!canManageGroup(member.role)) throw refuse.forbidden("Only the owner and admins can edit the group");
    const now = this.now();
    this.sql.exec(
      "UPDATE chat SET title = COALESCE(?, title), about = COALESCE(?, about), updated_at = ?",
      patch.title ?? null,
      patch.about ?? null,
      now,
    );
    const updated = this.chatOrThrow();
    this.emit(this.memberIds(), { type: "chatUpdated", chatId: chat.id, date: now, chat: this.info(updated) });
    return this.details(callerId);
  }

  addMembers(callerId: string, userIds: string[], memberLimit: number): ChatDetails {
    const { chat, member } = this.requireGroup(callerId);
    if (!canManageGroup(member.role)) throw refuse.forbidden("Only the owner and admins can add members");
    const added = [...new Set(userIds)].filter((id) => !this.memberRow(id));
    if (added.length === 0) return this.details(callerId);
    const count = this.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM members").one().n;
    if (count + added.length > memberLimit) {
      throw refuse.conflict(`A group has at most ${memberLimit} members`, "MEMBER_LIMIT_REACHED");
    }
    const now = this.now();
    for (const userId of added) {
      // History before joining does not count as unread for a new member.
      this.sql.exec(
        "INSERT INTO members (user_id, role, joined_at, read_seq, delivered_seq, announced) VALUES (?, 'member', ?, ?, ?, 1)",
        userId,
        now,
        chat.last_seq,
        chat.last_seq,
      );
    }
    this.sql.exec("UPDATE chat SET updated_at = ?", now);
    const info = this.info(this.chatOrThrow());
    this.emit(this.memberIds(), {
      type: "memberAdded",
      chatId: chat.id,
      date: now,
      userIds: added,
      addedBy: callerId,
      chat: info,
    });
    return this.details(callerId);
  }

  removeMember(callerId: string, targetId: string): { left: boolean } {
    const { chat, member } = this.requireGroup(callerId);
    const target = this.memberRow(targetId);
    if (!target) throw refuse.notFound("Member not found");
    const actor = { userId: callerId, role: member.role };
    if (!canRemoveMember(actor, { userId: targetId, role: target.role })) {
      throw refuse.forbidden(
        member.role === "member"
          ? "Only the owner and admins can remove members"
          : "Admins cannot remove admins or the owner",
      );
    }
    const now = this.now();
    // The removed member hears of it too: their chat list drops the chat.
    const recipients = this.memberIds();
    this.sql.exec("DELETE FROM members WHERE user_id = ?", targetId);
    if (target.role === "owner") {
      const remaining = this.sql
        .exec<{ user_id: string; role: MemberRole; joined_at: number }>("SELECT user_id, role, joined_at FROM members")
        .toArray()
        .map((m) => ({ userId: m.user_id, role: m.role, joinedAt: m.joined_at }));
      const heir = nextOwner(remaining);
      if (heir) this.sql.exec("UPDATE members SET role = 'owner' WHERE user_id = ?", heir.userId);
    }
    this.sql.exec("UPDATE chat SET updated_at = ?", now);
    const info = this.info(this.chatOrThrow());
    this.emit(recipients, {
      type: "memberRemoved",
      chatId: chat.id,
      date: now,
      userId: targetId,
      removedBy: callerId,
      chat: info,
    });
    if (target.role === "owner") {
      const owner = this.sql.exec<{ user_id: string }>("SELECT user_id FROM members WHERE role = 'owner'").toArray()[0];
      if (owner) {
        this.emit(this.memberIds(), {
          type: "chatUpdated",
          chatId: chat.id,
          date: now,
          member: { userId: owner.user_id, role: "owner" },
        });
      }
    }
    return { left: callerId === targetId };
  }

  setRole(callerId: string, targetId: string, role: "admin" | "member"): ChatDetails {
    const { chat, member } = this.requireGroup(callerId);
    const target = this.memberRow(targetId);
    if (!target) throw refuse.notFound("Member not found");
    if (member.role !== "owner") throw refuse.forbidden("Only the owner can change roles");
    if (target.role === "owner") throw refuse.conflict("The owner's role cannot be changed");
    if (target.role !== role) {
      const now = this.now();
      this.sql.exec("UPDATE members SET role = ? WHERE user_id = ?", role, targetId);
      this.emit(this.memberIds(), {
        type: "chatUpdated",
        chatId: chat.id,
        date: now,
        member: { userId: targetId, role },
      });
    }
    return this.details(callerId);
  }

  // ---------------------------------------------------------------- messages

  listMessages(callerId: string, query: PageQuery): MessagePage {
    const { chat } = this.requireMember(callerId);
    const windows = pageWindows(query);
    // Range scans on the seq primary key with a LIMIT: a page never reads more than it returns
    // (plus one row, to know whether there is more).
    const visible =
      "deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.user_id = ? AND h.seq = messages.seq)";
    const scan = (op: "<" | ">=", seq: number, limit: number) =>
      this.sql
        .exec<Rows<MessageRow>>(
          `SELECT * FROM messages WHERE seq ${op} ? AND ${visible} ORDER BY seq ${op === "<" ? "DESC" : "ASC"} LIMIT ?`,
          seq,
          callerId,
          limit,
        )
        .toArray();
    const older =
      windows.olderThan !== undefined && windows.olderLimit > 0
        ? scan("<", windows.olderThan, windows.olderLimit + 1)
        : [];
    const newer =
      windows.fromSeq !== undefined && windows.newerLimit > 0
        ? scan(">=", windows.fromSeq, windows.newerLimit + 1)
        : [];
    const rows = [...older.slice(0, windows.olderLimit).reverse(), ...newer.slice(0, windows.newerLimit)];
    // Where a side had no window, one indexed probe says whether anything visible lies beyond.
    const hasOlder =
      windows.olderLimit > 0
        ? older.length > windows.olderLimit
        : scan("<", rows[0]?.seq ?? (query.after ?? 0) + 1, 1).length > 0;
    const lastSeq = rows[rows.length - 1]?.seq;
    const hasNewer =
      windows.newerLimit > 0
        ? newer.length > windows.newerLimit
        : scan(">=", lastSeq !== undefined ? lastSeq + 1 : (query.before ?? Number.MAX_SAFE_INTEGER), 1).length > 0;
    return { messages: this.viewFor(chat.id, callerId, rows), hasOlder, hasNewer };
  }

  /** Reads a message for forwarding it elsewhere: only a member who can see it may. */
  forwardSource(callerId: string, seq: number): ForwardSource {
    this.requireMember(callerId);
    const row = this.visibleMessage(callerId, seq);
    return {
      senderId: row.fwd_sender_id ?? row.sender_id,
      sentAt: row.fwd_sent_at ?? row.created_at,
      text: row.text ?? "",
      attachmentIds: JSON.parse(row.attachment_ids) as string[],
    };
  }

  send(callerId: string, input: SendInput, forward: ForwardSource | null): { message: Message; created: boolean } {
    const { chat } = this.requireMember(callerId);
    const existing = this.sql
      .exec<Rows<MessageRow>>(
        "SELECT * FROM messages WHERE sender_id = ? AND client_message_id = ?",
        callerId,
        input.clientMessageId,
      )
      .toArray()[0];
    if (existing) {
      if (existing.deleted_at !== null) {
        throw refuse.conflict("This clientMessageId belongs to a message that was deleted", "MESSAGE_DELETED");
      }
      const [message] = this.viewFor(chat.id, callerId, [existing]);
      if (!message) throw new Error("unreachable: a stored message has a view");
      return { message, created: false };
    }
    if (input.replyToSeq !== undefined && !this.messageRow(input.replyToSeq)) {
      throw refuse.badRequest("replyToSeq names no message of this chat");
    }
    const now = this.now();
    const seq = chat.last_seq + 1;
    const text = forward ? input.text || forward.text : input.text;
    const attachmentIds = forward && input.attachmentIds.length === 0 ? forward.attachmentIds : input.attachmentIds;
    this.sql.exec(
      `INSERT INTO messages (seq, sender_id, client_message_id, text, reply_to_seq, fwd_sender_id, fwd_sent_at, attachment_ids, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      seq,
      callerId,
      input.clientMessageId,
      text,
      input.replyToSeq ?? null,
      forward?.senderId ?? null,
      forward?.sentAt ?? null,
      JSON.stringify(attachmentIds),
      now,
    );
    this.sql.exec("UPDATE chat SET last_seq = ?", seq);
    const row = this.messageRow(seq);
    if (!row) throw new Error("unreachable: the row was just inserted");

    const unannounced = this.sql
      .exec<{ user_id: string }>("SELECT user_id FROM members WHERE announced = 0")
      .toArray()
      .map((r) => r.user_id);
    this.announceTo(this.chatOrThrow(), unannounced);
    const members = this.memberIds();
    this.emit(members, { type: "newMessage", chatId: chat.id, date: now, message: this.broadcastView(chat.id, row) });
    const recipientIds = members.filter((id) => id !== callerId);
    // Queue messages are limited in size: a big group's recipients go out in several jobs.
    const parts = Math.ceil(recipientIds.length / PUSH_RECIPIENTS_PER_JOB);
    for (let part = 0; part < parts; part++) {
      this.emitPush({
        kind: "newMessage",
        jobId: parts === 1 ? `${chat.id}:${seq}` : `${chat.id}:${seq}:${part}`,
        chatId: chat.id,
        seq,
        senderId: callerId,
        recipientIds: recipientIds.slice(part * PUSH_RECIPIENTS_PER_JOB, (part + 1) * PUSH_RECIPIENTS_PER_JOB),
        createdAt: now,
      });
    }
    const [message] = this.viewFor(chat.id, callerId, [row]);
    if (!message) throw new Error("unreachable: a stored message has a view");
    return { message, created: true };
  }

  edit(callerId: string, seq: number, text: string): Message {
    const { chat } = this.requireMember(callerId);
    const row = this.visibleMessage(callerId, seq);
    if (row.sender_id !== callerId) throw refuse.forbidden("Only the author can edit a message");
    if (row.fwd_sender_id !== null) throw refuse.forbidden("A forwarded message cannot be edited");
    const now = this.now();
    this.sql.exec("UPDATE messages SET text = ?, edited_at = ? WHERE seq = ?", text, now, seq);
    const updated = this.messageRow(seq);
    if (!updated) throw new Error("unreachable: the row was just updated");
    this.emit(this.memberIds(), {
      type: "messageEdited",
      chatId: chat.id,
      date: now,
      message: this.broadcastView(chat.id, updated),
    });
    const [message] = this.viewFor(chat.id, callerId, [updated]);
    if (!message) throw new Error("unreachable: a stored message has a view");
    return message;
  }

  delete(callerId: string, seq: number, forEveryone: boolean): { seq: number; forEveryone: boolean } {
    const { chat, member } = this.requireMember(callerId);
    const row = this.visibleMessage(callerId, seq);
    const now = this.now();
    if (!forEveryone) {
      this.sql.exec("INSERT OR IGNORE INTO hidden_messages (user_id, seq) VALUES (?, ?)", callerId, seq);
      this.emit([callerId], {
        type: "messageDeleted",
        chatId: chat.id,
        date: now,
        seq,
        senderId: row.sender_id,
        forEveryone: false,
        lastMessage: this.latestPreview(callerId),
      });
      return { seq, forEveryone };
    }
    if (!canDeleteForEveryone(chat.kind, { userId: callerId, role: member.role }, row.sender_id)) {
      throw refuse.forbidden("Only the author, or a group's owner or admins, can delete a message for everyone");
    }
    // The text and reactions are erased, not just flagged: a deleted message leaves no content behind.
    this.sql.exec("UPDATE messages SET text = NULL, attachment_ids = '[]', deleted_at = ? WHERE seq = ?", now, seq);
    this.sql.exec("DELETE FROM reactions WHERE seq = ?", seq);
    // Members who had already deleted it for themselves have nothing left to remove.
    const recipients = this.sql
      .exec<{ user_id: string }>(
        `SELECT user_id FROM members m
         WHERE NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.user_id = m.user_id AND h.seq = ?)`,
        seq,
      )
      .toArray()
      .map((r) => r.user_id);
    this.emit(recipients, {
      type: "messageDeleted",
      chatId: chat.id,
      date: now,
      seq,
      senderId: row.sender_id,
      forEveryone: true,
      lastMessage: this.latestPreview(),
    });
    return { seq, forEveryone };
  }

  react(callerId: string, seq: number, emoji: string, add: boolean): Message {
    const { chat } = this.requireMember(callerId);
    this.visibleMessage(callerId, seq);
    const had =
      this.sql
        .exec("SELECT 1 FROM reactions WHERE seq = ? AND emoji = ? AND user_id = ?", seq, emoji, callerId)
        .toArray().length > 0;
    if (add && !had) {
      const mine = this.sql
        .exec<{ n: number }>("SELECT COUNT(*) AS n FROM reactions WHERE seq = ? AND user_id = ?", seq, callerId)
        .one().n;
      if (mine >= MAX_REACTIONS_PER_USER_PER_MESSAGE) {
        throw refuse.conflict(`At most ${MAX_REACTIONS_PER_USER_PER_MESSAGE} different reactions per message`);
      }
      this.sql.exec(
        "INSERT INTO reactions (seq, emoji, user_id, created_at) VALUES (?, ?, ?, ?)",
        seq,
        emoji,
        callerId,
        this.now(),
      );
    } else if (!add && had) {
      this.sql.exec("DELETE FROM reactions WHERE seq = ? AND emoji = ? AND user_id = ?", seq, emoji, callerId);
    }
    // Idempotent: a repeat changes nothing and tells no one.
    if (add !== had) {
      this.emit(this.memberIds(), {
        type: "reaction",
        chatId: chat.id,
        date: this.now(),
        seq,
        userId: callerId,
        emoji,
        added: add,
        reactions: this.reactionCounts(seq, seq).get(seq) ?? [],
      });
    }
    const row = this.messageRow(seq);
    if (!row) throw new Error("unreachable: the message exists");
    const [message] = this.viewFor(chat.id, callerId, [row]);
    if (!message) throw new Error("unreachable: a stored message has a view");
    return message;
  }

  /** Moves the caller's read marker forward (never back) and tells the authors of what was read. */
  markRead(callerId: string, upToSeq: number): { readSeq: number; unreadCount: number } {
    const { chat, member } = this.requireMember(callerId);
    const target = Math.min(upToSeq, chat.last_seq);
    if (target <= member.read_seq) {
      return { readSeq: member.read_seq, unreadCount: this.unreadCount(callerId, member.read_seq) };
    }
    this.sql.exec(
      "UPDATE members SET read_seq = ?, delivered_seq = MAX(delivered_seq, ?) WHERE user_id = ?",
      target,
      target,
      callerId,
    );
    const unreadCount = this.unreadCount(callerId, target);
    const now = this.now();
    const authors = this.authorsBetween(member.read_seq, target, callerId);
    this.emit([callerId], { type: "read", chatId: chat.id, date: now, userId: callerId, upToSeq: target, unreadCount });
    this.emit(authors, { type: "read", chatId: chat.id, date: now, userId: callerId, upToSeq: target });
    return { readSeq: target, unreadCount };
  }

  /** Moves the caller's delivered marker forward and tells the authors (their messages become "delivered"). */
  markDelivered(callerId: string, upToSeq: number): { deliveredSeq: number } {
    const { chat, member } = this.requireMember(callerId);
    const target = Math.min(upToSeq, chat.last_seq);
    if (target <= member.delivered_seq) return { deliveredSeq: member.delivered_seq };
    this.sql.exec("UPDATE members SET delivered_seq = ? WHERE user_id = ?", target, callerId);
    const authors = this.authorsBetween(member.delivered_seq, target, callerId);
    this.emit(authors, { type: "delivered", chatId: chat.id, date: this.now(), userId: callerId, upToSeq: target });
    return { deliveredSeq: target };
  }

  /** Current members who wrote a message in (after, upTo]: the ones a read or delivery concerns. */
  private authorsBetween(after: number, upTo: number, except: string): string[] {
    return this.sql
      .exec<{ sender_id: string }>(
        `SELECT DISTINCT m.sender_id FROM messages m JOIN members mem ON mem.user_id = m.sender_id
         WHERE m.seq > ? AND m.seq <= ? AND m.sender_id != ?`,
        after,
        upTo,
        except,
      )
      .toArray()
      .map((r) => r.sender_id);
  }
}
