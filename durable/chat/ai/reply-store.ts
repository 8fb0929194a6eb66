import { ASSISTANT_USER_ID } from "../../../openapi/assistant.ts";
import type { AiReply, Message } from "../../../openapi/messaging-types.ts";
import { refuse } from "../../outcome.ts";
import type { MessageRow, Rows } from "../records.ts";
import { ChatStore } from "../store.ts";
import type { ContextMessage } from "./context.ts";

export type ReplyRow = {
  seq: number;
  prompt_seq: number;
  requested_by: string;
  state: AiReply["state"];
  error: string | null;
  budget_day: string;
  reserved_tokens: number;
  prompt_tokens: number;
  spent_tokens: number | null;
  settled: number;
  started_at: number;
  ended_at: number | null;
};

export type Reservation = { day: string; reservedTokens: number; promptTokens: number };

/** What the budget is settled with once a reply has ended. */
export type Settlement = { seq: number; userId: string; day: string; reserved: number; spent: number };

const INTERRUPTED = "The reply was interrupted when the server restarted";

/**
 * The assistant's side of a chat's storage: its replies are ordinary messages (their own seq,
 * author = ASSISTANT_USER_ID) plus an ai_replies row for the turn. Synchronous like every store
 * method: the ChatDO runs each inside one transaction with its outbox rows.
 */
export class AssistantChatStore extends ChatStore {
  isAssistantChat(): boolean {
    return this.memberRow(ASSISTANT_USER_ID) !== undefined;
  }

  streamingReply(): ReplyRow | undefined {
    return this.sql.exec<Rows<ReplyRow>>("SELECT * FROM ai_replies WHERE state = 'streaming' LIMIT 1").toArray()[0];
  }

  reply(seq: number): ReplyRow | undefined {
    return this.sql.exec<Rows<ReplyRow>>("SELECT * FROM ai_replies WHERE seq = ?", seq).toArray()[0];
  }

  /** The member's existing message with this clientMessageId (a repeat starts no turn), if any. */
  sentBefore(callerId: string, clientMessageId: string): boolean {
    this.requireMember(callerId);
    return (
      this.sql
        .exec("SELECT 1 FROM messages WHERE sender_id = ? AND client_message_id = ?", callerId, clientMessageId)
        .toArray().length > 0
    );
  }

  /** Creates the reply to `promptSeq` at once, empty and streaming; members get its newMessage. */
  beginReply(requestedBy: string, promptSeq: number, reservation: Reservation): Message {
    // The assistant has read what it answers: the user's message shows as read.
    this.markRead(ASSISTANT_USER_ID, promptSeq);
    const seq = this.chatOrThrow().last_seq + 1;
    // The turn row first, so the newMessage update already says "streaming".
    this.sql.exec(
      `INSERT INTO ai_replies (seq, prompt_seq, requested_by, state, budget_day, reserved_tokens, prompt_tokens, started_at)
       VALUES (?, ?, ?, 'streaming', ?, ?, ?, ?)`,
      seq,
      promptSeq,
      requestedBy,
      reservation.day,
      reservation.reservedTokens,
      reservation.promptTokens,
      this.now(),
    );
    const sent = this.send(
      ASSISTANT_USER_ID,
      { clientMessageId: `ai-reply-${promptSeq}`, text: "", attachments: [] },
      null,
    );
    if (sent.message.seq !== seq) throw new Error("unreachable: the reply takes the next seq");
    return sent.message;
  }

  /** The partial text, saved while streaming: no update (members have the deltas). */
  saveReply(seq: number, text: string) {
    this.sql.exec(
      "UPDATE messages SET text = ? WHERE seq = ? AND EXISTS (SELECT 1 FROM ai_replies WHERE seq = ? AND state = 'streaming')",
      text,
      seq,
      seq,
    );
  }

  /**
   * Ends a streaming reply with its final text and state; members get messageEdited. Null when it
   * had already ended (a cancel and the stream's own end may race: the first one wins).
   */
  finishReply(
    seq: number,
    end: { state: Exclude<AiReply["state"], "streaming">; text: string; error: string | null; spent: number | null },
  ): Settlement | null {
    const reply = this.reply(seq);
    if (reply?.state !== "streaming") return null;
    const now = this.now();
    this.sql.exec("UPDATE messages SET text = ? WHERE seq = ?", end.text, seq);
    const spent = end.spent ?? reply.prompt_tokens + Math.ceil(end.text.length / 4);
    this.sql.exec(
      "UPDATE ai_replies SET state = ?, error = ?, spent_tokens = ?, ended_at = ? WHERE seq = ?",
      end.state,
      end.error,
      spent,
      now,
      seq,
    );
    const chat = this.chatOrThrow();
    const row = this.messageRow(seq);
    if (!row) throw new Error("unreachable: the reply exists");
    this.emit(this.memberIds(), {
      type: "messageEdited",
      chatId: chat.id,
      date: now,
      message: this.broadcastView(chat.id, row),
    });
    return { seq, userId: reply.requested_by, day: reply.budget_day, reserved: reply.reserved_tokens, spent };
  }

  /** Replies left streaming by an instance that is gone: they end as "interrupted", with the text saved so far. */
  interruptStreaming(): Settlement[] {
    const streaming = this.sql
      .exec<{ seq: number; text: string | null }>(
        "SELECT r.seq, m.text FROM ai_replies r JOIN messages m ON m.seq = r.seq WHERE r.state = 'streaming'",
      )
      .toArray();
    return streaming.flatMap(
      (r) =>
        this.finishReply(r.seq, { state: "interrupted", text: r.text ?? "", error: INTERRUPTED, spent: null }) ?? [],
    );
  }

  markSettled(seq: number) {
    this.sql.exec("UPDATE ai_replies SET settled = 1 WHERE seq = ?", seq);
  }

  /** Ended replies whose budget was not settled yet (D1 was unreachable then). */
  unsettled(): Settlement[] {
    return this.sql
      .exec<Rows<ReplyRow>>("SELECT * FROM ai_replies WHERE state != 'streaming' AND settled = 0")
      .toArray()
      .map((r) => ({
        seq: r.seq,
        userId: r.requested_by,
        day: r.budget_day,
        reserved: r.reserved_tokens,
        spent: r.spent_tokens ?? 0,
      }));
  }

  /** When the alarm should look for a reply left streaming: its deadline, plus a grace period. */
  streamingDeadline(timeoutMs: number): number | null {
    const reply = this.streamingReply();
    return reply ? reply.started_at + timeoutMs + 5000 : null;
  }

  /** The reply `seq` for a member who wants to stop it: 404 unless it is the assistant's and visible. */
  replyFor(callerId: string, seq: number): ReplyRow {
    this.requireMember(callerId);
    const row = this.visibleMessage(callerId, seq);
    const reply = row.sender_id === ASSISTANT_USER_ID ? this.reply(seq) : undefined;
    if (!reply) throw refuse.notFound("No reply of the assistant has this seq");
    return reply;
  }

  /** One message as `callerId` sees it. */
  messageFor(callerId: string, seq: number): Message {
    const { chat } = this.requireMember(callerId);
    const [message] = this.viewFor(chat.id, callerId, [this.visibleMessage(callerId, seq)]);
    if (!message) throw new Error("unreachable: a stored message has a view");
    return message;
  }

  /** The chat's visible messages up to `uptoSeq`, newest first, as the assistant's context. */
  contextMessages(requesterId: string, uptoSeq: number, limit: number): ContextMessage[] {
    const rows = this.sql
      .exec<Rows<MessageRow>>(
        `SELECT * FROM messages m WHERE m.seq <= ? AND m.deleted_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.user_id = ? AND h.seq = m.seq)
         ORDER BY m.seq DESC LIMIT ?`,
        uptoSeq,
        requesterId,
        limit,
      )
      .toArray();
    const oldest = rows[rows.length - 1]?.seq ?? 0;
    const files = this.attachmentsOf(oldest, uptoSeq);
    return rows.map((row) => ({
      fromAssistant: row.sender_id === ASSISTANT_USER_ID,
      text: row.text ?? "",
      attachments: (files.get(row.seq) ?? []).map(({ name, mimeType }) => ({ name, mimeType })),
    }));
  }

  /** Who hears the deltas: the members who are people. */
  deltaRecipients(): string[] {
    return this.memberIds().filter((id) => id !== ASSISTANT_USER_ID);
  }
}
