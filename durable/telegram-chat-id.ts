// The `chatId` path parameter: `me` (Saved Messages), `@username`, or a numeric user id.

export type ChatRef = { kind: "self" } | { kind: "username"; username: string } | { kind: "id"; id: string };

export const CHAT_ID_PATTERN = /^(?:me|@[A-Za-z][A-Za-z0-9_]{3,31}|[1-9][0-9]{0,18})$/;

export function parseChatId(chatId: string): ChatRef | undefined {
  if (!CHAT_ID_PATTERN.test(chatId)) return undefined;
  if (chatId === "me") return { kind: "self" };
  if (chatId.startsWith("@")) return { kind: "username", username: chatId.slice(1) };
  return { kind: "id", id: chatId };
}

/** Telegram message ids are 32-bit signed ints (offset_id is an `int` in the TL schema). */
const MAX_MESSAGE_ID = 2_147_483_647;

/** Opaque paging cursor: the message id the next page starts below. */
export function encodeCursor(offsetId: number): string {
  return btoa(`m:${offsetId}`).replace(/=+$/, "");
}

export function decodeCursor(cursor: string): number | undefined {
  try {
    const match = /^m:(\d{1,10})$/.exec(atob(cursor));
    const id = match ? Number(match[1]) : Number.NaN;
    return Number.isSafeInteger(id) && id > 0 && id <= MAX_MESSAGE_ID ? id : undefined;
  } catch {
    return undefined;
  }
}
