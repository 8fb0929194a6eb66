import { previewText } from "../chat/rules.ts";
import type { Clock } from "../clock.ts";
import type { PushContext, PushMessagePreview } from "./rpc.ts";
import { type SocketAttachment, sessionsSeenThrough } from "./sockets.ts";

type ChatFacts = {
  kind: "dialog" | "group";
  title: string | null;
  unread_count: number;
  muted: number;
  muted_until: number | null;
};

/**
 * What the push consumer needs to know about one recipient of one message, read when the push is
 * built: whether the chat is muted now, the badge (chats with unread messages), the chat's title,
 * which sessions already got the message on their open socket (they get no push for it), and the
 * message's preview. If the message has not reached this object yet, none of that is known: the
 * badge counts its chat, no socket has it, and `message` is null.
 */
export function pushContextOf(
  sql: SqlStorage,
  sockets: SocketAttachment[],
  clock: Clock,
  chatId: string,
  seq: number,
): Omit<PushContext, "withheld"> {
  const chat = sql
    .exec<ChatFacts>("SELECT kind, title, unread_count, muted, muted_until FROM chats WHERE chat_id = ?", chatId)
    .toArray()[0];
  const update = sql
    .exec<{ pts: number; text: string; attachments: number; first_type: string | null }>(
      `SELECT pts, json_extract(body, '$.message.text') AS text,
         json_array_length(json_extract(body, '$.message.attachmentIds')) AS attachments,
         json_extract(body, '$.message.attachments[0].mimeType') AS first_type FROM updates WHERE chat_id = ? AND type = 'newMessage' AND json_extract(body, '$.message.seq') = ?
       ORDER BY pts LIMIT 1`,
      chatId,
      seq,
    )
    .toArray()[0];
  const unreadChats = sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM chats WHERE unread_count > 0").one().n;
  const pendingUnread = !update && (chat?.unread_count ?? 0) === 0 ? 1 : 0;
  const now = clock();
  const muted = chat !== undefined && chat.muted === 1 && (chat.muted_until === null || chat.muted_until > now);
  const seenOnSocket = update ? [...sessionsSeenThrough(sockets, update.pts)] : [];
  return {
    muted,
    badge: unreadChats + pendingUnread,
    chatKind: chat?.kind ?? null,
    chatTitle: chat?.title ?? null,
    seenOnSocket,
    message: update ? previewOf(update) : null,
  };
}

/** A deleted message's update keeps neither text nor attachments (UserStore redacts it). */
function previewOf(update: { text: string; attachments: number; first_type: string | null }): PushMessagePreview {
  const text = update.text ?? "";
  const attachmentCount = update.attachments ?? 0;
  const preview: PushMessagePreview = {
    text: previewText(text),
    attachmentCount,
    deleted: text === "" && attachmentCount === 0,
  };
  // The first attachment's type says "Photo" or "File" (its metadata rides on the message).
  if (update.first_type) preview.attachmentKind = update.first_type.startsWith("image/") ? "photo" : "file";
  return preview;
}
