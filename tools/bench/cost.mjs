// Cost against data for `npm run bench`: the same request on a small and on a large amount of
// data, side by side (medians of repeated timings from the client; a benchmark, not a test).
// The large chat is the search part's chat of 100,000 messages (Saved messages: its owner's
// update log holds one update per message, which is what a sync after many missed updates
// replays); the chat list is one user's 1,000 groups, paged. Everything is seeded through the API.
import { call } from "./ws.mjs";

const median = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return Number((sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(2));
};

async function timeIt(times, work) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const ratio = (large, small) => Number((large / small).toFixed(3));

/** Runs `task(i)` for i in 0…count-1 with `inFlight` at a time. */
async function inParallel(count, inFlight, task) {
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

/** A fresh group with `count` messages from one sender. */
async function groupWith(baseUrl, [owner, member], count) {
  const group = await call(baseUrl, owner.token, "POST", "/groups", { title: "cost", memberIds: [member.id] });
  const chatId = group.chat.id;
  for (let i = 0; i < count; i++) {
    await call(baseUrl, owner.token, "POST", `/chats/${chatId}/messages`, { clientMessageId: `c${i}`, text: `c${i}` });
  }
  return chatId;
}

/** Time from sending `sync` to the server's `synced`, replaying everything after `pts`. */
function syncTime(baseUrl, user, pts) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${baseUrl.replace(/^http/, "ws")}/api/v1/ws`, ["big.v1", `bearer.${user.token}`]);
    let started = 0;
    let replayed = 0;
    ws.addEventListener("open", () => {
      started = performance.now();
      ws.send(JSON.stringify({ type: "sync", pts }));
    });
    ws.addEventListener("message", (event) => {
      const frame = JSON.parse(event.data);
      if (frame.type === "synced") {
        ws.close(1000);
        resolve({ ms: performance.now() - started, replayed });
      } else if (typeof frame.pts === "number") replayed += 1;
    });
    ws.addEventListener("error", () => reject(new Error("sync socket failed")));
  });
}

async function syncMedian(baseUrl, user, pts, times = 5) {
  const runs = [];
  for (let i = 0; i < times; i++) runs.push(await syncTime(baseUrl, user, pts));
  return { ms: median(runs.map((r) => r.ms)), updatesReplayed: runs[0]?.replayed ?? 0 };
}

/** The user's latest pts: their update log paged to its end. */
async function latestPts(baseUrl, user) {
  let since = 0;
  for (;;) {
    const page = await call(baseUrl, user.token, "GET", `/updates?since=${since}&limit=1000`);
    if (!page.hasMore) return page.pts;
    since = page.pts;
  }
}

/** Every page of `owner`'s chat list, `limit` at a time: the time of each page, in order. */
async function chatListPages(baseUrl, owner, limit) {
  const times = [];
  let cursor = null;
  do {
    const started = performance.now();
    const page = await call(
      baseUrl,
      owner.token,
      "GET",
      `/chats?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
    );
    times.push(performance.now() - started);
    cursor = page.nextCursor;
  } while (cursor);
  return times;
}

/** `many` is put in `chats` groups (GROUP_CREATE_HOURLY_LIMIT lifted by the bench); `one` is in one chat. */
async function chatListFigures(baseUrl, [many, one], chats) {
  await inParallel(chats, 8, (i) => call(baseUrl, many.token, "POST", "/groups", { title: `list ${i}` }));
  const firstPage = (user) => () => call(baseUrl, user.token, "GET", "/chats?limit=50");
  const small = await timeIt(20, firstPage(one));
  const large = await timeIt(20, firstPage(many));
  const paged = [];
  for (let i = 0; i < 3; i++) paged.push(await chatListPages(baseUrl, many, 50));
  const lastPages = paged.map((times) => times.at(-1));
  return {
    what: `GET /chats?limit=50: a user in 1 chat vs a user in ${chats}; then all ${paged[0].length} pages of the ${chats}`,
    oneChatMs: small,
    firstPageMs: large,
    ratio: ratio(large, small),
    lastPageMs: median(lastPages),
    wholeListMs: median(paged.map((times) => times.reduce((a, b) => a + b, 0))),
  };
}

/**
 * `large`: `{ chatId, user, messages }`, a chat with many messages whose `user`'s update log holds
 * one update per message; `users`: three spare signed-in users (a small chat's two members, and
 * the chat list's owner).
 */
export async function costFigures(baseUrl, large, [a, b, listOwner], { chats = 1000 } = {}) {
  const small = await groupWith(baseUrl, [a, b], 100);
  const page = (user, chatId) => () => call(baseUrl, user.token, "GET", `/chats/${chatId}/messages?limit=50`);
  const historySmall = await timeIt(20, page(a, small));
  const historyLarge = await timeIt(20, page(large.user, large.chatId));
  const current = await latestPts(baseUrl, large.user);
  const syncNone = await syncMedian(baseUrl, large.user, current);
  const syncThousand = await syncMedian(baseUrl, large.user, Math.max(0, current - 1000));
  return {
    historyPage: {
      what: `GET a 50-message page: a chat of 100 messages vs a chat of ${large.messages}`,
      smallMs: historySmall,
      largeMs: historyLarge,
      ratio: ratio(historyLarge, historySmall),
    },
    sync: {
      what: `a socket's sync → synced in an update log of ${current} updates: nothing missed vs 1,000 missed (replayed in pages)`,
      noneMissedMs: syncNone.ms,
      thousandMissedMs: syncThousand.ms,
      updatesReplayed: syncThousand.updatesReplayed,
    },
    chatList: await chatListFigures(baseUrl, [listOwner, b], chats),
  };
}
