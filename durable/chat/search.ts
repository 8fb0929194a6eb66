import type { ChatSearchPage, SearchHit } from "../../openapi/search.ts";
import { refuse } from "../outcome.ts";
import type { ChatAccess } from "./features.ts";
import { hiddenSendersJson, type MessageRow, NOT_HIDDEN_SENDER, type Rows } from "./records.ts";
import { catchUpSearchIndex } from "./search-index.ts";
import { MARK_CLOSE, MARK_OPEN, matchExpression, matchRanges } from "./search-query.ts";

export type SearchQuery = { q: string; order: "relevance" | "recent"; limit: number; offset: number };

/** A hit with its BM25 score (lower is better), so hits of several chats can be merged. */
export type ScoredHit = SearchHit & { score: number };

/**
 * One chat's full-text search for one member, over the FTS5 index (features-schema.ts), which
 * it first brings up to date (a write: the caller runs it in a transaction): ranked
 * by BM25 (newest first among equals), or newest first, and never a message deleted for everyone (its text left the
 * index) or deleted for the caller (hidden_messages). Ranking sorts every match; `recent` walks
 * the index backwards by seq and stops after the page (at 100,000 messages, a word in 57,000 of
 * them: ~150 ms against ~0.1 ms in node:sqlite, see `npm run bench`).
 */
export function searchMessages(
  chat: ChatAccess,
  callerId: string,
  query: SearchQuery,
  hiddenSenders: readonly string[] = [],
): ChatSearchPage & { hits: ScoredHit[] } {
  const { chat: row } = chat.requireMember(callerId);
  // Whom the caller blocked are not found in a group, as they are not in its history for them.
  const hidden = hiddenSendersJson(row, hiddenSenders);
  const expression = matchExpression(query.q);
  if (expression === null) throw refuse.badRequest("q holds no word to search for");
  // The latest messages may not be indexed yet (search-index.ts): a search finds them all.
  if (row.last_seq > row.indexed_seq) catchUpSearchIndex(chat.sql);
  const rows = chat.sql
    .exec<Rows<MessageRow & { marked: string; score: number }>>(
      `SELECT m.*, highlight(message_search, 0, ?, ?) AS marked, message_search.rank AS score
       FROM message_search JOIN messages m ON m.seq = message_search.rowid
       WHERE message_search MATCH ? AND m.deleted_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM hidden_messages h WHERE h.user_id = ? AND h.seq = m.seq)
         AND ${NOT_HIDDEN_SENDER}
       ORDER BY ${query.order === "recent" ? "message_search.rowid DESC" : "message_search.rank, m.seq DESC"} LIMIT ? OFFSET ?`,
      MARK_OPEN,
      MARK_CLOSE,
      expression,
      callerId,
      hidden,
      query.limit + 1,
      query.offset,
    )
    .toArray();
  const page = rows.slice(0, query.limit);
  // One view per hit: hits are far apart in seq, and viewFor reads reactions over the range it is given.
  const hits = page.map((hit) => {
    const [message] = chat.viewFor(row.id, callerId, [hit]);
    if (!message) throw new Error("unreachable: every row has a view");
    return { message, matches: matchRanges(message.text, hit.marked), score: hit.score };
  });
  return { hits, nextOffset: rows.length > query.limit ? query.offset + query.limit : null };
}
