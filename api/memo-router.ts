import type { Result, Router } from "hono/router";
import { TrieRouter } from "hono/router/trie-router";

/** How many distinct (method, path) answers are kept, and the longest path worth keeping. */
const MEMO_ENTRIES = 2048;
const MEMO_PATH_CHARS = 256;

/**
 * Hono's TrieRouter, with its answers kept per method and path. Hono's faster RegExpRouter
 * refuses our routes (a fixed segment beside a parameter in the same place: `POST /chats/dialogs`
 * and `POST /chats/{chatId}/messages`), so its SmartRouter settles on the trie, whose search of
 * ~100 routes and their middleware was 3-4 % of a request (`npm run profile`). A client repeats
 * the same few paths (its `/me`, its chats' messages), and an answer depends on nothing else once
 * the routes are added: Hono only reads it. Oldest-first eviction bounds the memory a stream of
 * distinct paths can take.
 */
export class MemoRouter<T> implements Router<T> {
  readonly name = "MemoRouter";
  readonly #trie = new TrieRouter<T>();
  readonly #answers = new Map<string, Result<T>>();
  readonly #capacity: number;

  constructor(capacity = MEMO_ENTRIES) {
    this.#capacity = capacity;
  }

  add(method: string, path: string, handler: T) {
    this.#answers.clear();
    this.#trie.add(method, path, handler);
  }

  match(method: string, path: string): Result<T> {
    if (path.length > MEMO_PATH_CHARS) return this.#trie.match(method, path);
    const key = `${method} ${path}`;
    const known = this.#answers.get(key);
    if (known) return known;
    const answer = this.#trie.match(method, path);
    if (this.#answers.size >= this.#capacity) {
      const oldest = this.#answers.keys().next();
      if (!oldest.done) this.#answers.delete(oldest.value);
    }
    this.#answers.set(key, answer);
    return answer;
  }

  /** How many answers are kept (for its test). */
  get size() {
    return this.#answers.size;
  }
}
