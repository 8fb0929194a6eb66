// Telegram's message objects → the proxy's wire messages. Plain functions over GramJS's TL classes.
import { Api } from "telegram";
import type { TelegramMessage } from "../../openapi/telegram-schemas.ts";
import { encodeCursor } from "./cursor.ts";
import { markedIdOf } from "./peers.ts";

export const isoDate = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString();

/**
 * One text message as the proxy shows it; undefined for service and empty messages. Telegram
 * leaves from_id out in private chats (the sender is you, when out, or the other side) and in a
 * broadcast channel's posts (the channel itself, as the Bot API shows it).
 */
export function wireMessage(message: Api.TypeMessage, selfId: string | null): TelegramMessage | undefined {
  if (!(message instanceof Api.Message)) return undefined;
  const chatId = markedIdOf(message.peerId) ?? "";
  return {
    id: message.id,
    chatId,
    fromId: markedIdOf(message.fromId) ?? (message.out ? selfId : chatId || null),
    out: Boolean(message.out),
    text: message.message ?? "",
    date: isoDate(message.date),
  };
}

/** Telegram's largest messages.getHistory page. */
const TELEGRAM_HISTORY_MAX = 100;

/** How many messages to ask Telegram for: one more than the page, to know whether another follows. */
export const historyFetchLimit = (limit: number) => Math.min(limit + 1, TELEGRAM_HISTORY_MAX);

/**
 * One page of messages.getHistory (fetched with `historyFetchLimit(limit)`): text messages,
 * newest first (service messages are skipped), and the cursor of the next page when there is one.
 */
export function historyPage(fetched: Api.TypeMessage[], limit: number, selfId: string | null) {
  const messages = fetched.slice(0, limit);
  const page = messages.flatMap((message) => wireMessage(message, selfId) ?? []);
  const last = messages.at(-1);
  // At Telegram's maximum the extra message cannot be asked for: a full page may have a follower.
  const more = fetched.length > limit || (limit >= TELEGRAM_HISTORY_MAX && fetched.length === limit);
  return { messages: page, nextCursor: more && last && last.id > 1 ? encodeCursor(last.id) : null };
}

/** The id and date Telegram gave a sent message, from messages.sendMessage's Updates answer. */
export function sentMessageIdAndDate(result: Api.TypeUpdates): { id: number; date: string } | undefined {
  if (result instanceof Api.UpdateShortSentMessage) return { id: result.id, date: isoDate(result.date) };
  if (result instanceof Api.Updates || result instanceof Api.UpdatesCombined) {
    // Private chats and groups answer UpdateNewMessage; channels and supergroups UpdateNewChannelMessage.
    const update = result.updates.find(
      (u): u is Api.UpdateNewMessage | Api.UpdateNewChannelMessage =>
        u instanceof Api.UpdateNewMessage || u instanceof Api.UpdateNewChannelMessage,
    );
    if (update?.message instanceof Api.Message) return { id: update.message.id, date: isoDate(update.message.date) };
  }
  return undefined;
}
