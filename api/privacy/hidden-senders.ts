import { blockedIdsOf } from "../../durable/index.ts";
import type { Bindings } from "../env.ts";

/**
 * The senders whose messages `viewerId` does not see in a group's history, search and unread
 * count: the users they blocked (D1, the source of truth). The chat applies them in groups only;
 * a dialog's id says it is one, so its reads skip the D1 read.
 */
export async function hiddenSendersFor(env: Bindings, viewerId: string, chatId?: string): Promise<string[]> {
  if (chatId?.startsWith("dlg_")) return [];
  return blockedIdsOf(env.DB, viewerId);
}
