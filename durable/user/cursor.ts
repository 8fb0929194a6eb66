// The chat list's keyset cursor: the sort key of the last row of a page, opaque to clients.

export type ChatListCursor = { pinned: 0 | 1; activity: number; chatId: string };

export function encodeChatCursor(cursor: ChatListCursor): string {
  return btoa(JSON.stringify([cursor.pinned, cursor.activity, cursor.chatId]))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** The cursor, or undefined when the string is not one we made. */
export function decodeChatCursor(value: string): ChatListCursor | undefined {
  try {
    const json = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed) || parsed.length !== 3) return undefined;
    const [pinned, activity, chatId] = parsed as unknown[];
    if ((pinned !== 0 && pinned !== 1) || !Number.isSafeInteger(activity) || typeof chatId !== "string")
      return undefined;
    if (chatId.length > 64) return undefined;
    return { pinned, activity: activity as number, chatId };
  } catch {
    return undefined;
  }
}
