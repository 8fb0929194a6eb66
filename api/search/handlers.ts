import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  SEARCH_FANOUT_CHATS,
  SEARCH_HITS_PER_CHAT,
  type SearchHit,
  searchAllRoute,
  searchChatRoute,
} from "../../openapi/search.ts";
import { chatObject, userObject } from "../chats/objects.ts";
import type { AppEnv } from "../env.ts";
import { unwrap } from "../objects/unwrap.ts";
import { hiddenSendersFor } from "../privacy/hidden-senders.ts";

export function registerSearchRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(searchChatRoute, async (c) => {
    const { chatId } = c.req.valid("param");
    const query = c.req.valid("query");
    const { userId } = c.get("auth");
    const hidden = await hiddenSendersFor(c.env, userId, chatId);
    const page = unwrap(await chatObject(c.env, chatId).search(userId, query, hidden));
    // The score is for merging across chats; a page of one chat is already in rank order.
    const data = { hits: page.hits.map(({ message, matches }) => ({ message, matches })), nextOffset: page.nextOffset };
    return c.json({ success: true as const, data }, 200);
  });

  app.openapi(searchAllRoute, async (c) => {
    const { userId } = c.get("auth");
    const { q, order, limit } = c.req.valid("query");
    // The bound: the top of the chat list, one RPC each, all at once; a chat that fails or that
    // the caller has just left contributes nothing rather than failing the whole search.
    const [list, hidden] = await Promise.all([
      userObject(c.env, userId)
        .listChats(userId, null, SEARCH_FANOUT_CHATS)
        .then((answer) => unwrap(answer)),
      hiddenSendersFor(c.env, userId),
    ]);
    const pages = await Promise.all(
      list.items.map(async (item) => {
        const answer = await chatObject(c.env, item.chatId)
          .search(userId, { q, order, limit: Math.min(limit, SEARCH_HITS_PER_CHAT), offset: 0 }, hidden)
          .catch(() => null);
        return answer?.ok ? answer.value.hits : [];
      }),
    );
    const hits: SearchHit[] = pages
      .flat()
      .sort((a, b) =>
        order === "recent"
          ? b.message.createdAt - a.message.createdAt
          : a.score - b.score || b.message.createdAt - a.message.createdAt,
      )
      .slice(0, limit)
      .map(({ message, matches }) => ({ message, matches }));
    const data = { hits, chatsSearched: list.items.length, moreChats: list.next !== null };
    return c.json({ success: true as const, data }, 200);
  });
}
