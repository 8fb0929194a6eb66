// messages.getDialogs answers → the proxy's dialog pages. Plain functions over GramJS's TL classes.
import { Api } from "telegram";
import type { DialogPage, TelegramDialog } from "../../openapi/telegram-schemas.ts";
import { type DialogOffset, encodeDialogCursor } from "./cursor.ts";
import { wireMessage } from "./messages.ts";
import { markedIdOf } from "./peers.ts";

/** Telegram's largest messages.getDialogs page. */
const TELEGRAM_DIALOGS_MAX = 100;

/** How many dialogs to ask for: one more than the page, to know whether another follows. */
export const dialogsFetchLimit = (limit: number) => Math.min(limit + 1, TELEGRAM_DIALOGS_MAX);

type Dialogs = Api.messages.Dialogs | Api.messages.DialogsSlice;

function describePeer(
  peerId: string,
  answer: Dialogs,
): Pick<TelegramDialog, "type" | "title" | "username"> & { date: number } {
  for (const user of answer.users) {
    if (user instanceof Api.User && markedIdOf(new Api.PeerUser({ userId: user.id })) === peerId) {
      const title = user.self ? "Saved Messages" : [user.firstName, user.lastName].filter(Boolean).join(" ");
      return { type: "user", title, username: user.username ?? null, date: 0 };
    }
  }
  for (const chat of answer.chats) {
    if (chat instanceof Api.Chat && markedIdOf(new Api.PeerChat({ chatId: chat.id })) === peerId) {
      return { type: "group", title: chat.title, username: null, date: chat.date };
    }
    if (chat instanceof Api.Channel && markedIdOf(new Api.PeerChannel({ channelId: chat.id })) === peerId) {
      const type = chat.megagroup ? "supergroup" : "channel";
      return { type, title: chat.title, username: chat.username ?? null, date: chat.date };
    }
  }
  return { type: "user", title: "", username: null, date: 0 };
}

/** The dialogs of an answer in Telegram's order, each with the date Telegram pages by. */
function dialogEntries(answer: Dialogs, selfId: string | null): (TelegramDialog & { date: number })[] {
  const entries: (TelegramDialog & { date: number })[] = [];
  for (const dialog of answer.dialogs) {
    if (!(dialog instanceof Api.Dialog)) continue;
    const chatId = markedIdOf(dialog.peer);
    if (!chatId) continue;
    const top = answer.messages.find((m) => m.id === dialog.topMessage && markedIdOf(m.peerId) === chatId);
    const { date: createdAt, ...about } = describePeer(chatId, answer);
    const lastMessage = top ? (wireMessage(top, selfId) ?? null) : null;
    const date = top && "date" in top && typeof top.date === "number" ? top.date : createdAt;
    entries.push({ chatId, ...about, unreadCount: dialog.unreadCount, lastMessage, date });
  }
  return entries;
}

/** Where the dialogs after this answer start (its last dialog), for the next messages.getDialogs. */
export function offsetAfter(answer: Dialogs): DialogOffset | undefined {
  const last = dialogEntries(answer, null).at(-1);
  return last && { date: last.date, chatId: last.chatId };
}

/** One page of dialogs (fetched with `dialogsFetchLimit(limit)`), most recent first, with the next cursor. */
export function dialogPage(answer: Dialogs, limit: number, selfId: string | null): DialogPage {
  const dialogs = dialogEntries(answer, selfId);
  const page = dialogs.slice(0, limit);
  const last = page.at(-1);
  const more = dialogs.length > limit || (limit >= TELEGRAM_DIALOGS_MAX && answer.dialogs.length === limit);
  return {
    dialogs: page.map(({ date: _date, ...dialog }) => dialog),
    nextCursor: more && last ? encodeDialogCursor({ date: last.date, chatId: last.chatId }) : null,
  };
}
