// Search figures for `npm run bench` (BENCH_ONLY=search for this part alone): fills one chat with
// BENCH_SEARCH_MESSAGES messages (100,000 by default) through the real API, then loads
// GET /chats/{chatId}/search with a common word, a rare word and a prefix. Loopback only; prints
// figures, asserts nothing about time.
import { benchFetch } from "./fetch.mjs";
import { measureHttp } from "./http.mjs";
import { benchQueries, benchTexts } from "./search-corpus.ts";
import { call } from "./ws.mjs";

/** Fills the user's Saved messages (a chat of one: no fan-out to others) with `count` messages. */
export async function seed(baseUrl, user, count, inFlight = 16) {
  const dialog = await call(baseUrl, user.accessToken, "POST", "/chats/dialogs", { userId: user.user.id });
  const chatId = dialog.chat.id;
  const texts = benchTexts(count);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < count) {
        const index = next++;
        const body = { clientMessageId: `bench-search-${index}`, text: texts[index] };
        const token = user.accessToken;
        try {
          await call(baseUrl, token, "POST", `/chats/${chatId}/messages`, body);
        } catch (error) {
          // 100,000 sends can outlast the 15-minute access token on a slow machine.
          if (!String(error).includes("TOKEN_EXPIRED")) throw error;
          await refreshOnce(baseUrl, user, token);
          await call(baseUrl, user.accessToken, "POST", `/chats/${chatId}/messages`, body);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { chatId, sendsPerSecond: Math.round(count / seconds) };
}

/**
 * Rotates `user`'s tokens once per expired access token, however many senders saw it expire: a
 * refresh token presented twice revokes the session (reuse detection).
 */
const refreshing = new Map();
function refreshOnce(baseUrl, user, expired) {
  if (user.accessToken !== expired) return Promise.resolve();
  let pending = refreshing.get(expired);
  if (!pending) {
    pending = (async () => {
      const res = await benchFetch(`${baseUrl}/api/v1/auth/refresh`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ refreshToken: user.refreshToken }),
      });
      const json = await res.json();
      if (!json.success) throw new Error(`refresh: ${res.status} ${JSON.stringify(json.error)}`);
      user.accessToken = json.data.accessToken;
      user.refreshToken = json.data.refreshToken;
    })();
    refreshing.set(expired, pending);
  }
  return pending;
}

export async function measureSearch(baseUrl, user, { messages, connections, durationSeconds }) {
  const { chatId, sendsPerSecond } = await seed(baseUrl, user, messages);
  const headers = { authorization: `Bearer ${user.accessToken}` };
  const load = (q, order) =>
    measureHttp(`${baseUrl}/api/v1/chats/${chatId}/search?q=${encodeURIComponent(q)}&order=${order}&limit=20`, {
      connections,
      durationSeconds,
      headers,
    });
  const figures = {
    chatId,
    messages,
    seeding: { what: "POST /chats/{chatId}/messages into one chat, 16 in flight", sendsPerSecond },
  };
  // The reference: a history page of the same chat, the cheapest read of it, under the same load.
  figures.historyPage = {
    what: "GET /chats/{chatId}/messages?limit=20 (reference)",
    ...(await measureHttp(`${baseUrl}/api/v1/chats/${chatId}/messages?limit=20`, {
      connections,
      durationSeconds,
      headers,
    })),
  };
  for (const order of ["relevance", "recent"]) {
    for (const [name, query] of Object.entries(benchQueries)) {
      figures[`${name}:${order}`] = { ...query, order, ...(await load(query.q, order)) };
    }
  }
  return figures;
}
