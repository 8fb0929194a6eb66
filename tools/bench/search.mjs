// Search figures for `npm run bench` (BENCH_ONLY=search for this part alone): fills one chat with
// BENCH_SEARCH_MESSAGES messages (100,000 by default) through the real API, then loads
// GET /chats/{chatId}/search with a common word, a rare word and a prefix. Loopback only; prints
// figures, asserts nothing about time.
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
        await call(baseUrl, user.accessToken, "POST", `/chats/${chatId}/messages`, {
          clientMessageId: `bench-search-${index}`,
          text: texts[index],
        });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { chatId, sendsPerSecond: Math.round(count / seconds) };
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
