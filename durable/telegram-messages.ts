// Telegram's message objects → the proxy's wire messages. Plain functions over GramJS's TL classes.
import { Api } from "telegram";
import type { TelegramMessage } from "../openapi/telegram-schemas.ts";
import { encodeCursor } from "./telegram-chat-id.ts";

function peerUserId(peer: Api.TypePeer | undefined): string | null {
  return peer instanceof Api.PeerUser ? peer.userId.toString() : null;
}

const isoDate = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString();

/**
 * One page of messages.getHistory: text messages of a private chat, newest first (service
 * messages are skipped), and the cursor of the next page when the page was full.
 */
export function historyPage(messages: Api.TypeMessage[], limit: number, selfId: string | null) {
  const page: TelegramMessage[] = [];
  for (const message of messages) {
    if (!(message instanceof Api.Message)) continue;
    const chatId = peerUserId(message.peerId) ?? "";
    page.push({
      id: message.id,
      chatId,
      // Telegram leaves from_id out in private chats: the sender is you (out) or the other side.
      fromId: peerUserId(message.fromId) ?? (message.out ? selfId : chatId || null),
      out: Boolean(message.out),
      text: message.message ?? "",
      date: isoDate(message.date),
    });
  }
  const last = messages.at(-1);
  const full = messages.length === limit && last !== undefined && last.id > 1;
  return { messages: page, nextCursor: full && last ? encodeCursor(last.id) : null };
}

/** The id and date Telegram gave a sent message, from messages.sendMessage's Updates answer. */
export function sentMessageIdAndDate(result: Api.TypeUpdates): { id: number; date: string } | undefined {
  if (result instanceof Api.UpdateShortSentMessage) return { id: result.id, date: isoDate(result.date) };
  if (result instanceof Api.Updates || result instanceof Api.UpdatesCombined) {
    const update = result.updates.find((u): u is Api.UpdateNewMessage => u instanceof Api.UpdateNewMessage);
    if (update?.message instanceof Api.Message) return { id: update.message.id, date: isoDate(update.message.date) };
  }
  return undefined;
}
