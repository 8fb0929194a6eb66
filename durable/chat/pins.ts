import { MAX_PINNED_MESSAGES, type PinnedMessage } from "../../openapi/pins.ts";
import { refuse } from "../outcome.ts";
import type { ChatAccess } from "./features.ts";
import type { MessageRow, Rows } from "./records.ts";
import { canPinMessages } from "./rules.ts";

/** The chat's pinned messages the caller can see, latest pin first. */
export function listPinned(chat: ChatAccess, callerId: string): { pinned: PinnedMessage[] } {
  const { chat: row } = chat.requireMember(callerId);
  const rows = chat.sql
    .exec<Rows<MessageRow & { pinned_by: string; pinned_at: number }>>(
      `SELECT m.*, p.pinned_by, p.pinned_at FROM pinned_messages p JOIN messages m ON m.seq = p.seq
       WHERE m.deleted_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.user_id = ? AND h.seq = m.seq)
       ORDER BY p.pinned_at DESC, p.seq DESC`,
      callerId,
    )
    .toArray();
  const pinned = rows.map((pin) => {
    const [message] = chat.viewFor(row.id, callerId, [pin]);
    if (!message) throw new Error("unreachable: every row has a view");
    return { message, pinnedBy: pin.pinned_by, pinnedAt: pin.pinned_at };
  });
  return { pinned };
}

/** Pins or unpins a message the caller can see; idempotent, and only a change tells the members. */
export function setPinned(
  chat: ChatAccess,
  callerId: string,
  seq: number,
  pinned: boolean,
): { pinned: PinnedMessage[] } {
  const { chat: row, member } = chat.requireMember(callerId);
  chat.visibleMessage(callerId, seq);
  if (!canPinMessages(row.kind, member.role))
    throw refuse.forbidden("Only the owner and admins pin messages in a group");
  const was = chat.sql.exec("SELECT 1 FROM pinned_messages WHERE seq = ?", seq).toArray().length > 0;
  if (pinned && !was) {
    const count = chat.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM pinned_messages").one().n;
    if (count >= MAX_PINNED_MESSAGES) {
      throw refuse.conflict(`At most ${MAX_PINNED_MESSAGES} pinned messages per chat`, "PIN_LIMIT_REACHED");
    }
    chat.sql.exec(
      "INSERT INTO pinned_messages (seq, pinned_by, pinned_at) VALUES (?, ?, ?)",
      seq,
      callerId,
      chat.now(),
    );
  } else if (!pinned && was) {
    chat.sql.exec("DELETE FROM pinned_messages WHERE seq = ?", seq);
  }
  if (pinned !== was) {
    chat.emit(
      chat.memberIds(),
      {
        type: "chatUpdated",
        chatId: row.id,
        date: chat.now(),
        pinnedMessage: { seq, pinned, by: callerId },
      },
      callerId,
    );
  }
  return listPinned(chat, callerId);
}
