import type { Attachment } from "../../openapi/attachment-types.ts";
import { MAX_SCHEDULED_PER_MEMBER, SCHEDULE_MAX_AHEAD_MS, type ScheduledMessage } from "../../openapi/scheduled.ts";
import { DomainRefusal, refuse } from "../outcome.ts";
import type { ChatAccess } from "./features.ts";
import type { Rows } from "./records.ts";
import type { SendInput } from "./store.ts";

type ScheduledRow = {
  id: string;
  sender_id: string;
  client_message_id: string;
  text: string;
  reply_to_seq: number | null;
  /** The attachments' metadata (JSON), resolved and checked by the Worker when it was scheduled. */
  attachment_ids: string;
  send_at: number;
  created_at: number;
  updated_at: number;
};

function toScheduled(chatId: string, row: ScheduledRow): ScheduledMessage {
  return {
    id: row.id,
    chatId,
    clientMessageId: row.client_message_id,
    text: row.text,
    replyToSeq: row.reply_to_seq,
    attachmentIds: attachmentsOfRow(row).map((attachment) => attachment.id),
    sendAt: row.send_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function checkSendAt(chat: ChatAccess, sendAt: number) {
  const now = chat.now();
  if (sendAt <= now) throw refuse.badRequest("sendAt must be in the future");
  if (sendAt > now + SCHEDULE_MAX_AHEAD_MS) throw refuse.badRequest("sendAt is more than a year ahead");
}

function ownScheduled(chat: ChatAccess, callerId: string, id: string): ScheduledRow {
  const row = chat.sql
    .exec<Rows<ScheduledRow>>("SELECT * FROM scheduled_messages WHERE id = ? AND sender_id = ?", id, callerId)
    .toArray()[0];
  if (!row) throw refuse.notFound("Scheduled message not found");
  return row;
}

/**
 * Stores a message to be sent at `sendAt`. Idempotent by clientMessageId like a send: a repeat
 * answers the scheduled message it made, and an id already used by a sent message is a conflict.
 */
/** Rows written before attachments had metadata hold plain ids: those are dropped (no file to send). */
function attachmentsOfRow(row: Pick<ScheduledRow, "attachment_ids">): Attachment[] {
  const parsed = JSON.parse(row.attachment_ids) as unknown[];
  return parsed.filter((item): item is Attachment => typeof item === "object" && item !== null);
}

export function scheduleMessage(
  chat: ChatAccess,
  callerId: string,
  input: SendInput,
  sendAt: number,
): { scheduled: ScheduledMessage; created: boolean } {
  const { chat: row } = chat.requireMember(callerId);
  const existing = chat.sql
    .exec<Rows<ScheduledRow>>(
      "SELECT * FROM scheduled_messages WHERE sender_id = ? AND client_message_id = ?",
      callerId,
      input.clientMessageId,
    )
    .toArray()[0];
  if (existing) return { scheduled: toScheduled(row.id, existing), created: false };
  const sent = chat.sql
    .exec("SELECT 1 FROM messages WHERE sender_id = ? AND client_message_id = ?", callerId, input.clientMessageId)
    .toArray();
  if (sent.length > 0) throw refuse.conflict("This clientMessageId belongs to a message already sent");
  checkSendAt(chat, sendAt);
  if (
    input.replyToSeq !== undefined &&
    chat.sql.exec("SELECT 1 FROM messages WHERE seq = ?", input.replyToSeq).toArray().length === 0
  ) {
    throw refuse.badRequest("replyToSeq names no message of this chat");
  }
  const waiting = chat.sql
    .exec<{ n: number }>("SELECT COUNT(*) AS n FROM scheduled_messages WHERE sender_id = ?", callerId)
    .one().n;
  if (waiting >= MAX_SCHEDULED_PER_MEMBER) {
    throw refuse.conflict(`At most ${MAX_SCHEDULED_PER_MEMBER} scheduled messages per chat`, "SCHEDULE_LIMIT_REACHED");
  }
  const id = `sch_${crypto.randomUUID().replace(/-/g, "").slice(0, 24)}`;
  const now = chat.now();
  chat.sql.exec(
    `INSERT INTO scheduled_messages (id, sender_id, client_message_id, text, reply_to_seq, attachment_ids, send_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    id,
    callerId,
    input.clientMessageId,
    input.text,
    input.replyToSeq ?? null,
    JSON.stringify(input.attachments),
    sendAt,
    now,
    now,
  );
  // Held from now, so the cleanup of unsent uploads keeps the files however long the message waits.
  chat.emitAttachmentChange({ kind: "hold", chatId: row.id, attachmentIds: input.attachments.map((a) => a.id) });
  return { scheduled: toScheduled(row.id, ownScheduled(chat, callerId, id)), created: true };
}

export function listScheduled(chat: ChatAccess, callerId: string): { scheduled: ScheduledMessage[] } {
  const { chat: row } = chat.requireMember(callerId);
  const rows = chat.sql
    .exec<Rows<ScheduledRow>>("SELECT * FROM scheduled_messages WHERE sender_id = ? ORDER BY send_at, id", callerId)
    .toArray();
  return { scheduled: rows.map((r) => toScheduled(row.id, r)) };
}

export function editScheduled(
  chat: ChatAccess,
  callerId: string,
  id: string,
  patch: { text?: string | undefined; sendAt?: number | undefined },
): ScheduledMessage {
  const { chat: row } = chat.requireMember(callerId);
  ownScheduled(chat, callerId, id);
  if (patch.sendAt !== undefined) checkSendAt(chat, patch.sendAt);
  chat.sql.exec(
    "UPDATE scheduled_messages SET text = COALESCE(?, text), send_at = COALESCE(?, send_at), updated_at = ? WHERE id = ?",
    patch.text ?? null,
    patch.sendAt ?? null,
    chat.now(),
    id,
  );
  return toScheduled(row.id, ownScheduled(chat, callerId, id));
}

export function cancelScheduled(chat: ChatAccess, callerId: string, id: string): { id: string } {
  const { chat: row } = chat.requireMember(callerId);
  const scheduled = ownScheduled(chat, callerId, id);
  chat.sql.exec("DELETE FROM scheduled_messages WHERE id = ?", id);
  unholdAttachmentsOf(chat, row.id, scheduled);
  return { id };
}

/** A scheduled message that will not be sent gives its files back to the cleanup of unsent uploads. */
function unholdAttachmentsOf(chat: ChatAccess, chatId: string, row: Pick<ScheduledRow, "attachment_ids">) {
  const attachmentIds = attachmentsOfRow(row).map((attachment) => attachment.id);
  chat.emitAttachmentChange({ kind: "unhold", chatId, attachmentIds });
}

/** When the next scheduled message is due, or null: the ChatDO's alarm serves this and the outbox. */
export function nextScheduledAt(sql: SqlStorage): number | null {
  return sql.exec<{ at: number | null }>("SELECT MIN(send_at) AS at FROM scheduled_messages").one().at;
}

/** The scheduled messages due at `now`, soonest first (bounded: a backlog is sent over several alarms). */
export function dueScheduledIds(sql: SqlStorage, now: number, limit = 100): string[] {
  return sql
    .exec<{ id: string }>(
      "SELECT id FROM scheduled_messages WHERE send_at <= ? ORDER BY send_at, id LIMIT ?",
      now,
      limit,
    )
    .toArray()
    .map((r) => r.id);
}

/**
 * Sends one due scheduled message: it leaves the table and becomes a message (with its seq and
 * outbox rows) in one transaction, run by the caller. A sender who left the chat, or whose
 * clientMessageId was used meanwhile, has nothing sent: the row is dropped, not retried for ever.
 */
export function sendScheduled(
  chat: ChatAccess,
  id: string,
  send: (senderId: string, input: SendInput) => unknown,
): "sent" | "dropped" | "gone" {
  const row = chat.sql.exec<Rows<ScheduledRow>>("SELECT * FROM scheduled_messages WHERE id = ?", id).toArray()[0];
  if (!row) return "gone";
  chat.sql.exec("DELETE FROM scheduled_messages WHERE id = ?", id);
  const input: SendInput = {
    clientMessageId: row.client_message_id,
    text: row.text,
    replyToSeq: row.reply_to_seq ?? undefined,
    attachments: attachmentsOfRow(row),
  };
  try {
    send(row.sender_id, input);
    return "sent";
  } catch (error) {
    if (!(error instanceof DomainRefusal)) throw error;
    unholdAttachmentsOf(chat, chat.sql.exec<{ id: string }>("SELECT id FROM chat").one().id, row);
    return "dropped";
  }
}
