import { createRoute, z } from "@hono/zod-openapi";
import { ChatPathSchema } from "./chats.ts";
import { errors, jsonSuccess } from "./envelope.ts";
import { MessageSchema } from "./messaging-types.ts";

const BEARER = [{ bearerJwt: [] }];

export const SEARCH_QUERY_MAX = 200;
export const SEARCH_PAGE_MAX = 50;
/** Paging by offset reads every skipped hit again: deeper than this, refine the words instead. */
export const SEARCH_OFFSET_MAX = 1000;
/** How many chats `GET /search` asks, in parallel: the top of the caller's chat list. */
export const SEARCH_FANOUT_CHATS = 20;
/** How many hits `GET /search` takes from each chat before merging. */
export const SEARCH_HITS_PER_CHAT = 10;

const words = z
  .string()
  .trim()
  .min(1)
  .max(SEARCH_QUERY_MAX)
  .openapi({
    param: { name: "q", in: "query" },
    example: "meet tomorrow",
    description:
      "Words to find (every one must occur; the last also as a prefix). Any punctuation separates words; no query syntax.",
  });

const limit = (fallback: number, max: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(max)
    .default(fallback)
    .openapi({ param: { name: "limit", in: "query" }, example: fallback });

const order = z
  .enum(["relevance", "recent"])
  .default("relevance")
  .openapi({
    param: { name: "order", in: "query" },
    description:
      "relevance: best match first (BM25; ranks every matching message, so a word found in most of a long history costs the most). recent: newest first (reads only the page)",
  });

export const ChatSearchQuerySchema = z.object({
  q: words,
  order,
  limit: limit(20, SEARCH_PAGE_MAX),
  offset: z.coerce
    .number()
    .int()
    .min(0)
    .max(SEARCH_OFFSET_MAX)
    .default(0)
    .openapi({ param: { name: "offset", in: "query" }, description: "`nextOffset` of the previous page" }),
});

export const GlobalSearchQuerySchema = z.object({ q: words, order, limit: limit(20, SEARCH_PAGE_MAX) });

export const MatchRangeSchema = z
  .object({
    start: z.number().int().min(0),
    end: z.number().int().min(0).openapi({ description: "Exclusive" }),
  })
  .openapi("MatchRange", {
    description: "A matched word in `message.text`, in UTF-16 code units (JavaScript string offsets)",
  });

export const SearchHitSchema = z
  .object({ message: MessageSchema, matches: z.array(MatchRangeSchema) })
  .openapi("SearchHit");

export const ChatSearchPageSchema = z
  .object({
    hits: z
      .array(SearchHitSchema)
      .openapi({ description: "In the order asked for: best match first (BM25, then newest), or newest first" }),
    nextOffset: z.number().int().nullable().openapi({ description: "Pass as `offset` for more; null at the end" }),
  })
  .openapi("ChatSearchPage");

export const GlobalSearchResultSchema = z
  .object({
    hits: z.array(SearchHitSchema).openapi({ description: "Merged across the chats searched, in the order asked for" }),
    chatsSearched: z.number().int().min(0),
    moreChats: z.boolean().openapi({
      description: `true when you have more than ${SEARCH_FANOUT_CHATS} chats: only the top of your chat list was searched`,
    }),
  })
  .openapi("GlobalSearchResult");

export type MatchRange = z.infer<typeof MatchRangeSchema>;
export type SearchHit = z.infer<typeof SearchHitSchema>;
export type ChatSearchPage = z.infer<typeof ChatSearchPageSchema>;

export const searchChatRoute = createRoute({
  method: "get",
  path: "/api/v1/chats/{chatId}/search",
  operationId: "searchChat",
  summary: "Search a chat's messages",
  description: `Full-text search (SQLite FTS5 in the chat's object) over the messages you can see: messages deleted for everyone or by you are never found. Ranked by BM25 (or newest first with \`order=recent\`), paged by \`offset\` (at most ${SEARCH_OFFSET_MAX}), each hit with the ranges of its matched words. Accents and case are ignored. Members only (404 otherwise).`,
  tags: ["Search"],
  security: BEARER,
  request: { params: ChatPathSchema, query: ChatSearchQuerySchema },
  responses: { 200: jsonSuccess("Hits", ChatSearchPageSchema), ...errors(400, 401, 404) },
});

export const searchAllRoute = createRoute({
  method: "get",
  path: "/api/v1/search",
  operationId: "searchAll",
  summary: "Search your chats",
  description: `Asks the first ${SEARCH_FANOUT_CHATS} chats of your chat list (pinned, then latest activity) in parallel, up to ${SEARCH_HITS_PER_CHAT} hits each, and merges them (by BM25 score, or newest first). \`moreChats\` says whether chats were left out; search one of those with \`GET /chats/{chatId}/search\`.`,
  tags: ["Search"],
  security: BEARER,
  request: { query: GlobalSearchQuerySchema },
  responses: { 200: jsonSuccess("Hits", GlobalSearchResultSchema), ...errors(400, 401) },
});
