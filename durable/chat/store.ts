import { ASSISTANT_USER_ID } from "../../openapi/assistant.ts";
import type { Attachment } from "../../openapi/attachment-types.ts";
import type { Message, MessageCall } from "../../openapi/messaging-types.ts";
import { refuse } from "../outcome.ts";
import { ChatMembership } from "./membership.ts";
import { hiddenSendersJson, type MessageRow, NOT_HIDDEN_SENDER, type Rows } from "./records.ts";
import {
  attachmentLabel,
  canDeleteForEveryone,
  MAX_REACTIONS_PER_USER_PER_MESSAGE,
  messageStatus,
  type PageQuery,
  pageWindows,
} from "./rules.ts";

export type { ChatDetails } from "./membership.ts";

export type SendInput = {
  clientMessageId: string;
  text: string;
  replyToSeq?: number | undefined;
  /** Checked by the Worker (ready, and the sender's or readable by them) before the send. */
  attachments: Attachment[];
  /** Only a call's history message (durable/chat/call-line.ts), never a request body. */
  call?: MessageCall | undefined;
};

/** What a forward copies from its source, as read by the source chat (never from a request body). */
export type ForwardSource = { senderId: string; sentAt: number; text: string; attachments: Attachment[] };

export type MessagePage = { messages: Message[]; hasOlder: boolean; hasNewer: boolean };

/** Keeps one push job well under the queue's 128 KB message limit. */
const PUSH_RECIPIENTS_PER_JOB = 500;

/**
 * One chat's state and rules over its Durable Object's SQLite storage: messages, reactions and
 * markers here, chats and groups in ChatMembership, rows and views in ChatRecords.
 */
export class ChatStore extends ChatMembership {
  /** Everyone in the chat, for a member (typing and presence relays); 404 for anyone else. */
  membersFor(callerId: string): { kind: "dialog" | "group"; memberIds: string[] } {
    const { chat } = this.requireMember(callerId);
    return { kind: chat.kind, memberIds: this.memberIds() };
  }

  // ---------------------------------------------------------------- messages

  /** A page of history; `hiddenSenders` (whom the caller blocked) are left out of a group's. */
  listMessages(callerId: string, query: PageQuery, hiddenSenders: readonly string[] = []): MessagePage {
    const { chat } = this.requireMember(callerId);
    const windows = pageWindows(query);
    const hidden = hiddenSendersJson(chat, hiddenSenders);
    // Range scans on the seq primary key with a LIMIT: a page never reads more than it returns
    // (plus one row, to know whether there is more).
    const visible = `m.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.user_id = ? AND h.seq = m.seq)
       AND ${NOT_HIDDEN_SENDER}`;
    const scan = (op: "<" | ">=", seq: number, limit: number) =>
      this.sql
        .exec<Rows<MessageRow>>(
          `SELECT * FROM messages m WHERE m.seq ${op} ? AND ${visible} ORDER BY m.seq ${op === "<" ? "DESC" : "ASC"} LIMIT ?`,
          seq,
          callerId,
          hidden,
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
      attachments: this.attachmentsOf(seq, seq).get(seq) ?? [],
    };
  }

  /**
   * Whether a member may download an attachment because of this chat: a message here that is not
   * deleted for everyone holds it. 404 for non-members (a removed member included).
   */
  showsAttachment(callerId: string, attachmentId: string): boolean {
    this.requireMember(callerId);
    return this.stillShows(attachmentId);
  }

  /** Whether a message of this chat that is not deleted for everyone holds the attachment. */
  stillShows(attachmentId: string): boolean {
    return (
      this.sql
        .exec(
          `SELECT 1 FROM message_attachments a JOIN messages m ON m.seq = a.seq
           WHERE a.attachment_id = ? AND m.deleted_at IS NULL LIMIT 1`,
          attachmentId,
        )
        .toArray().length > 0
    );
  }

  /**
   * Whether this chat still needs the file kept: a message shows it, or a scheduled message waits
   * to send it (its hold keeps the cleanup of unsent uploads away; it lets nobody download yet).
   */
  stillHolds(attachmentId: string): boolean {
    if (this.stillShows(attachmentId)) return true;
    // The scheduled rows hold the attachments' metadata as JSON (JSON.stringify: no spaces, and a
    // quote inside a name is escaped, so only an attachment's own id matches).
    return (
      this.sql
        .exec(
          `SELECT 1 FROM scheduled_messages WHERE instr(attachment_ids, '"id":"' || ? || '"') > 0 LIMIT 1`,
          attachmentId,
        )
        .toArray().length > 0
    );
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
    // A forward is the source's content, never the forwarder's words under the author's name.
    const text = forward ? forward.text : input.text;
    const attachments = forward ? forward.attachments : input.attachments;
    const attachmentIds = attachments.map((a) => a.id);
    // The row as stored: the views below are built from it, not read back (a new message has no
    // reactions, exactly the attachments given, and a turn only if the assistant wrote it).
    const row: MessageRow = {
      seq,
      sender_id: callerId,
      client_message_id: input.clientMessageId,
      text,
      reply_to_seq: input.replyToSeq ?? null,
      fwd_sender_id: forward?.senderId ?? null,
      fwd_sent_at: forward?.sentAt ?? null,
      attachment_ids: JSON.stringify(attachmentIds),
      created_at: now,
      edited_at: null,
      deleted_at: null,
      call: input.call ? JSON.stringify(input.call) : null,
    };
    this.sql.exec(
      `INSERT INTO messages (seq, sender_id, client_message_id, text, reply_to_seq, fwd_sender_id, fwd_sent_at, attachment_ids, created_at, call)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      row.seq,
      row.sender_id,
      row.client_message_id,
      row.text,
      row.reply_to_seq,
      row.fwd_sender_id,
      row.fwd_sent_at,
      row.attachment_ids,
      row.created_at,
      row.call,
    );
    attachments.forEach((attachment, position) => {
      this.sql.exec(
        "INSERT INTO message_attachments (seq, position, attachment_id, meta) VALUES (?, ?, ?, ?)",
        seq,
        position,
        attachment.id,
        JSON.stringify(attachment),
      );
    });
    this.emitAttachmentChange({ kind: "hold", chatId: chat.id, attachmentIds });
    this.sql.exec("UPDATE chat SET last_seq = ?", seq);

    // One read of the members for both lists (memberIds' order): who gets the message, and who
    // has not heard of the chat yet (a dialog's peer before its first message).
    const memberRows = this.sql
      .exec<{ user_id: string; announced: number }>(
        "SELECT user_id, announced FROM members ORDER BY joined_at, user_id",
      )
      .toArray();
    const unannounced = memberRows.filter((r) => r.announced === 0).map((r) => r.user_id);
    if (unannounced.length > 0) this.announceTo(this.chatOrThrow(), unannounced);
    const members = memberRows.map((r) => r.user_id);
    // Only the assistant's reply has a turn, written just before it (AssistantChatStore.beginReply).
    const ai = callerId === ASSISTANT_USER_ID ? this.aiReplies(seq, seq).get(seq) : undefined;
    const broadcast = this.toMessage(chat.id, row, [], attachments, ai);
    this.emit(members, { type: "newMessage", chatId: chat.id, date: now, message: broadcast }, callerId);
    const recipientIds = members.filter((id) => id !== callerId && id !== ASSISTANT_USER_ID);
    // Queue messages are limited in size: a big group's recipients go out in several jobs.
    const parts = Math.ceil(recipientIds.length / PUSH_RECIPIENTS_PER_JOB);
    const label = attachmentLabel(attachments);
    for (let part = 0; part < parts; part++) {
      this.emitPush({
        kind: "newMessage",
        jobId: parts === 1 ? `${chat.id}:${seq}` : `${chat.id}:${seq}:${part}`,
        chatId: chat.id,
        seq,
        senderId: callerId,
        recipientIds: recipientIds.slice(part * PUSH_RECIPIENTS_PER_JOB, (part + 1) * PUSH_RECIPIENTS_PER_JOB),
        createdAt: now,
        ...(label === null ? {} : { attachmentLabel: label }),
      });
    }
    // The sender's view: no other member can have read or received a seq that did not exist
    // (what viewFor's marker query would find), and saved messages count as read.
    const status = messageStatus(seq, { maxReadSeq: 0, maxDeliveredSeq: 0, count: members.length - 1 });
    return { message: { ...broadcast, status }, created: true };
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
    this.emit(
      this.memberIds(),
      {
        type: "messageEdited",
        chatId: chat.id,
        date: now,
        message: this.broadcastView(chat.id, updated),
      },
      callerId,
    );
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
      this.emit(
        [callerId],
        {
          type: "messageDeleted",
          chatId: chat.id,
          date: now,
          seq,
          senderId: row.sender_id,
          forEveryone: false,
          lastMessage: this.latestPreview(callerId),
        },
        callerId,
      );
      return { seq, forEveryone };
    }
    if (!canDeleteForEveryone(chat.kind, { userId: callerId, role: member.role }, row.sender_id)) {
      throw refuse.forbidden("Only the author, or a group's owner or admins, can delete a message for everyone");
    }
    // The text and reactions are erased, not just flagged: a deleted message leaves no content behind.
    this.sql.exec("UPDATE messages SET text = NULL, attachment_ids = '[]', deleted_at = ? WHERE seq = ?", now, seq);
    this.sql.exec("DELETE FROM reactions WHERE seq = ?", seq);
    // Its files too: once no message of any chat shows one, the outbox deletes it from R2.
    const attachmentIds = (JSON.parse(row.attachment_ids) as string[]).filter((id, i, all) => all.indexOf(id) === i);
    this.sql.exec("DELETE FROM message_attachments WHERE seq = ?", seq);
    this.emitAttachmentChange({ kind: "release", chatId: chat.id, attachmentIds });
    // Members who had already deleted it for themselves have nothing left to remove.
    const recipients = this.sql
      .exec<{ user_id: string }>(
        `SELECT user_id FROM members m
         WHERE NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.user_id = m.user_id AND h.seq = ?)`,
        seq,
      )
      .toArray()
      .map((r) => r.user_id);
    this.emitWithPreview(
      recipients,
      (lastMessage) => ({
        type: "messageDeleted",
        chatId: chat.id,
        date: now,
        seq,
        senderId: row.sender_id,
        forEveryone: true,
        lastMessage,
      }),
      callerId,
    );
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
      this.emit(
        this.memberIds(),
        {
          type: "reaction",
          chatId: chat.id,
          date: this.now(),
          seq,
          userId: callerId,
          emoji,
          added: add,
          reactions: this.reactionCounts(seq, seq).get(seq) ?? [],
        },
        callerId,
      );
    }
    const row = this.messageRow(seq);
    if (!row) throw new Error("unreachable: the message exists");
    const [message] = this.viewFor(chat.id, callerId, [row]);
    if (!message) throw new Error("unreachable: a stored message has a view");
    return message;
  }

  /**
   * Moves the caller's read marker forward (never back) and tells the authors of what was read.
   * `hiddenSenders` (whom the caller blocked) neither count as unread nor hear of the read.
   */
  markRead(
    callerId: string,
    upToSeq: number,
    hiddenSenders: readonly string[] = [],
  ): { readSeq: number; unreadCount: number } {
    const { chat, member } = this.requireMember(callerId);
    const hidden = hiddenSendersJson(chat, hiddenSenders);
    const target = Math.min(upToSeq, chat.last_seq);
    if (target <= member.read_seq) {
      return { readSeq: member.read_seq, unreadCount: this.unreadCount(callerId, member.read_seq, hidden) };
    }
    this.sql.exec(
      "UPDATE members SET read_seq = ?, delivered_seq = MAX(delivered_seq, ?) WHERE user_id = ?",
      target,
      target,
      callerId,
    );
    const unreadCount = this.unreadCount(callerId, target, hidden);
    const now = this.now();
    const authors = this.authorsTold(member.read_seq, target, callerId, hidden);
    this.emit(
      [callerId],
      { type: "read", chatId: chat.id, date: now, userId: callerId, upToSeq: target, unreadCount },
      callerId,
    );
    this.emit(authors, { type: "read", chatId: chat.id, date: now, userId: callerId, upToSeq: target });
    return { readSeq: target, unreadCount };
  }

  /**
   * Moves the caller's delivered marker forward and tells the authors (their messages become
   * "delivered"), except `hiddenSenders` (whom the caller blocked: nothing reached the caller).
   */
  markDelivered(callerId: string, upToSeq: number, hiddenSenders: readonly string[] = []): { deliveredSeq: number } {
    const { chat, member } = this.requireMember(callerId);
    const target = Math.min(upToSeq, chat.last_seq);
    if (target <= member.delivered_seq) return { deliveredSeq: member.delivered_seq };
    this.sql.exec("UPDATE members SET delivered_seq = ? WHERE user_id = ?", target, callerId);
    const authors = this.authorsTold(member.delivered_seq, target, callerId, hiddenSendersJson(chat, hiddenSenders));
    this.emit(authors, { type: "delivered", chatId: chat.id, date: this.now(), userId: callerId, upToSeq: target });
    return { deliveredSeq: target };
  }

  /** The authors a read or delivery is told to: authorsBetween, without the hidden senders. */
  private authorsTold(after: number, upTo: number, except: string, hidden: string): string[] {
    const hiddenIds = new Set(JSON.parse(hidden) as string[]);
    return this.authorsBetween(after, upTo, except).filter((id) => !hiddenIds.has(id));
  }

  /** Current members who wrote a message in (after, upTo]: the ones a read or delivery concerns. */
  protected authorsBetween(after: number, upTo: number, except: string): string[] {
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
