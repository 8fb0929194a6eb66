// Cost against data for `npm run bench`: the same request on a small and on a large amount of
// data, side by side (medians of repeated timings from the client; a benchmark, not a test).
// The large chat is the load check's group (thousands of messages); its members' update logs
// hold one update per message, which is what a sync after many missed updates replays.
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

/**
 * `large`: `{ chatId, user, messages }` from the load check; `users`: two spare signed-in users
 * for the small chat.
 */
export async function costFigures(baseUrl, large, users) {
  const small = await groupWith(baseUrl, users, 100);
  const page = (user, chatId) => () => call(baseUrl, user.token, "GET", `/chats/${chatId}/messages?limit=50`);
  const historySmall = await timeIt(20, page(users[0], small));
  const historyLarge = await timeIt(20, page(large.user, large.chatId));
  const current = await latestPts(baseUrl, large.user);
  const syncNone = await syncMedian(baseUrl, large.user, current);
  const syncThousand = await syncMedian(baseUrl, large.user, Math.max(0, current - 1000));
  return {
    historyPage: {
      what: `GET a 50-message page: a chat of 100 messages vs the load check's chat of ${large.messages}`,
      smallMs: historySmall,
      largeMs: historyLarge,
      ratio: Number((historyLarge / historySmall).toFixed(3)),
    },
    sync: {
      what: "a socket's sync → synced: nothing missed vs 1,000 missed updates (replayed in pages)",
      noneMissedMs: syncNone.ms,
      thousandMissedMs: syncThousand.ms,
      updatesReplayed: syncThousand.updatesReplayed,
    },
  };
}
