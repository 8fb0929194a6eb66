// The proxy's paging cursor over a Telegram chat's history: opaque to callers, made and read here.

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
