import type { ChatListCursor } from "../../durable/index.ts";
import type { ChatListItem, Message } from "../../openapi/messaging-types.ts";
import { chatObject, userObject } from "../chats/objects.ts";
import { listContacts } from "../contacts/store.ts";
import type { Bindings } from "../env.ts";
import { unwrap } from "../objects/unwrap.ts";
import { getUser, toMe } from "../users/store.ts";

const PAGE = 100;

/**
 * Everything the user can see of their own data, as one JSON-ready object, read the way the API
 * reads it for them (their chat list, then each chat's history page by page, as that member): an
 * export never shows more than the user could fetch themselves.
 */
export async function buildArchive(env: Bindings, userId: string, now: number) {
  const user = await getUser(env.DB, userId);
  if (!user) throw new Error("the user no longer exists");
  const contacts = await listContacts(env.DB, userId);
  const chats = [];
  const attachments: { attachmentId: string; chatId: string; seq: number }[] = [];
  let cursor: ChatListCursor | null = null;
  do {
    const page: { items: ChatListItem[]; next: ChatListCursor | null } = unwrap(
      await userObject(env, userId).listChats(userId, cursor, PAGE),
    );
    for (const item of page.items) {
      const chat = chatObject(env, item.chatId);
      const details = await chat.details(userId);
      // A chat left since the list was read has nothing more to give.
      if (!details.ok) continue;
      const messages: Message[] = [];
      for (let after = 0; ; ) {
        const history = unwrap(await chat.listMessages(userId, { after, limit: PAGE }));
        messages.push(...history.messages);
        const last = history.messages.at(-1);
        if (!history.hasNewer || !last) break;
        after = last.seq;
      }
      for (const message of messages) {
        for (const attachmentId of message.attachmentIds)
          attachments.push({ attachmentId, chatId: item.chatId, seq: message.seq });
      }
      chats.push({
        ...details.value,
        settings: { muted: item.muted, mutedUntil: item.mutedUntil, pinned: item.pinned },
        messages,
      });
    }
    cursor = page.next;
  } while (cursor);
  const drafts = unwrap(await userObject(env, userId).listDrafts(userId)).drafts;
  return { format: "big-gateway-export/1", exportedAt: now, profile: toMe(user), contacts, chats, drafts, attachments };
}
