// The proxy's paging cursors: opaque to callers, made and read here. One over a chat's history
// (a message id), one over the dialogs (the last dialog's date and chat).

/** Telegram message ids are 32-bit signed ints (offset_id is an `int` in the TL schema). */
const MAX_MESSAGE_ID = 2_147_483_647;

const inRange = (id: number) => Number.isSafeInteger(id) && id > 0 && id <= MAX_MESSAGE_ID;

/** Opaque paging cursor: the message id the next page starts below. */
export function encodeCursor(offsetId: number): string {
  return btoa(`m:${offsetId}`).replace(/=+$/, "");
}

/**
 * The message id a cursor stands for. A bare message id is read as one too: the seed's clients
 * page with `cursor=<offsetId>`, and they keep working.
 */
export function decodeCursor(cursor: string): number | undefined {
  if (/^\d{1,10}$/.test(cursor)) return inRange(Number(cursor)) ? Number(cursor) : undefined;
  try {
    const match = /^m:(\d{1,10})$/.exec(atob(cursor));
    const id = match ? Number(match[1]) : Number.NaN;
    return inRange(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Where the next page of dialogs starts: after this (date, chat) in Telegram's order. */
export type DialogOffset = { date: number; chatId: string };

export function encodeDialogCursor(offset: DialogOffset): string {
  return btoa(`d:${offset.date}:${offset.chatId}`).replace(/=+$/, "");
}

export function decodeDialogCursor(cursor: string): DialogOffset | undefined {
  try {
    const match = /^d:(\d{1,10}):(-?[1-9][0-9]{0,18})$/.exec(atob(cursor));
    if (!match?.[1] || !match[2]) return undefined;
    const date = Number(match[1]);
    return date <= MAX_MESSAGE_ID ? { date, chatId: match[2] } : undefined;
  } catch {
    return undefined;
  }
}
