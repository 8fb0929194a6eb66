// The load check of `npm run bench`: many senders into one group at once for a while, then every
// member's history and update log must hold every message exactly once, in seq order. The
// figure (messages/s) is printed; the exactness is the point (test/messages-load-exactness.test.ts
// and test/messages-concurrent-seq.test.ts check the same at a smaller size on every `npm test`).
import { call } from "./ws.mjs";

/** Every item of a paged list: `page(cursor)` answers `{ items, next }` (`next` null at the end). */
async function everything(page) {
  const all = [];
  let cursor = 0;
  for (;;) {
    const { items, next } = await page(cursor);
    all.push(...items);
    if (next === null) return all;
    cursor = next;
  }
}

const historySeqs = (baseUrl, user, chatId) =>
  everything(async (after) => {
    const { messages } = await call(baseUrl, user.token, "GET", `/chats/${chatId}/messages?after=${after}&limit=100`);
    const last = messages.at(-1);
    return {
      items: messages.map((m) => ({ seq: m.seq, clientMessageId: m.clientMessageId })),
      next: last ? last.seq : null,
    };
  });

const logSeqs = (baseUrl, user, chatId) =>
  everything(async (since) => {
    const page = await call(baseUrl, user.token, "GET", `/updates?since=${since}&limit=1000`);
    if (page.tooLong) throw new Error(`update log of ${user.id} is too long: raise UPDATE_LOG_RETENTION`);
    const items = page.updates
      .filter((u) => u.type === "newMessage" && u.message.chatId === chatId)
      .map((u) => u.message.seq);
    return { items, next: page.hasMore ? page.pts : null };
  });

/** What is wrong with `seqs` against 1…count, or null when it is exactly that. */
function exactlyOnceInOrder(seqs, count) {
  if (seqs.length !== count) return `${seqs.length} entries for ${count} messages`;
  const wrong = seqs.findIndex((seq, i) => seq !== i + 1);
  return wrong === -1 ? null : `entry ${wrong} is seq ${seqs[wrong]}`;
}

export async function loadCheck(baseUrl, users, { durationSeconds, settleSeconds = 30 }) {
  const [owner, ...rest] = users;
  const group = await call(baseUrl, owner.token, "POST", "/groups", {
    title: "load check",
    memberIds: rest.map((u) => u.id),
  });
  const chatId = group.chat.id;
  const sentIds = new Set();
  let failures = 0;
  const stopAt = performance.now() + durationSeconds * 1000;
  const started = performance.now();
  await Promise.all(
    users.map(async (sender, s) => {
      for (let i = 0; performance.now() < stopAt; i++) {
        const clientMessageId = `load-${s}-${i}`;
        try {
          await call(baseUrl, sender.token, "POST", `/chats/${chatId}/messages`, { clientMessageId, text: `m${i}` });
          sentIds.add(clientMessageId);
        } catch {
          failures += 1;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const count = sentIds.size;

  // The fan-out finishes after the last answer: wait (bounded) for every member's log to have it all.
  const settleUntil = performance.now() + settleSeconds * 1000;
  const problems = [];
  for (const user of users) {
    let log = await logSeqs(baseUrl, user, chatId);
    while (log.length < count && performance.now() < settleUntil) {
      await new Promise((r) => setTimeout(r, 200));
      log = await logSeqs(baseUrl, user, chatId);
    }
    const logProblem = exactlyOnceInOrder(log, count);
    if (logProblem) problems.push(`${user.id} update log: ${logProblem}`);
    const history = await historySeqs(baseUrl, user, chatId);
    const historyProblem = exactlyOnceInOrder(
      history.map((m) => m.seq),
      count,
    );
    if (historyProblem) problems.push(`${user.id} history: ${historyProblem}`);
    const unknown = history.filter((m) => !sentIds.has(m.clientMessageId)).length;
    if (unknown > 0) problems.push(`${user.id} history: ${unknown} messages nobody was told were sent`);
  }
  return {
    chatId,
    messagesSent: count,
    sendFailures: failures,
    messagesPerSecond: Math.round(count / seconds),
    membersChecked: users.length,
    exact: problems.length === 0,
    problems: problems.slice(0, 10),
  };
}
