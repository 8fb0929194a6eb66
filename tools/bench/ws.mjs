// WebSocket load for `npm run bench`: N senders post messages over REST while M receivers hold
// realtime sockets; every newMessage a receiver gets is timed from the moment its POST started.
// Node 24's global WebSocket, loopback only, bounded in time.
import { BENCH_CODE, signIn } from "./sign-in.mjs";

/** Fictional, well-formed numbers for bench users (+1 201 555 0100…0179); 0188 is the HTTP bench's. */
export const benchPhones = (count) =>
  Array.from({ length: count }, (_, i) => `+1201555${String(100 + i).padStart(4, "0")}`);
export const benchTestNumbers = (count) =>
  benchPhones(count)
    .map((phone) => `${phone}:${BENCH_CODE}`)
    .join(",");

const percentile = (sorted, p) =>
  sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function latencySummary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (value) => (value === null ? null : Number(value.toFixed(2)));
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)) };
}

async function call(baseUrl, token, method, path, body) {
  const res = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (!json.success) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json.error)}`);
  return json.data;
}

/** Signs `count` bench users in (their numbers must be in AUTH_TEST_NUMBERS). */
export async function benchUsers(baseUrl, count) {
  const users = [];
  for (const phone of benchPhones(count)) {
    const { accessToken, user } = await signIn(baseUrl, phone, BENCH_CODE);
    users.push({ id: user.id, token: accessToken });
  }
  return users;
}

function openSocket(url, protocols) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols);
    ws.addEventListener("open", () => resolve(ws), { once: true });
    ws.addEventListener("error", () => reject(new Error(`WebSocket to ${url} failed`)), { once: true });
  });
}

/** A receiver's socket, synced to "now": resolves once the server said `synced`. */
async function connectReceiver(baseUrl, user, onNewMessage) {
  const url = `${baseUrl.replace(/^http/, "ws")}/api/v1/ws`;
  const ws = await openSocket(url, ["big.v1", `bearer.${user.token}`]);
  await new Promise((resolve) => {
    ws.addEventListener("message", (event) => {
      const frame = JSON.parse(event.data);
      if (frame.type === "synced") resolve();
      else if (frame.type === "newMessage") onNewMessage(frame.message.clientMessageId);
    });
    ws.send(JSON.stringify({ type: "sync" }));
  });
  return ws;
}

/**
 * One scenario: `senders` each post messages in a closed loop (one in flight per sender) to the
 * chats chosen by `chatFor`, for `durationSeconds`; then up to `drainSeconds` for late deliveries.
 */
async function run(baseUrl, { senders, receivers, chatFor, expectedReceivers, durationSeconds, drainSeconds = 5 }) {
  const sentAt = new Map();
  const latencies = [];
  const postLatencies = [];
  let delivered = 0;
  let firstSend = 0;
  let lastDelivery = 0;
  const onNewMessage = (clientMessageId) => {
    const started = sentAt.get(clientMessageId);
    if (started === undefined) return;
    const now = performance.now();
    latencies.push(now - started);
    delivered += 1;
    lastDelivery = now;
  };
  const sockets = await Promise.all(receivers.map((user) => connectReceiver(baseUrl, user, onNewMessage)));

  let sent = 0;
  let failed = 0;
  let expected = 0;
  const stopAt = performance.now() + durationSeconds * 1000;
  firstSend = performance.now();
  await Promise.all(
    senders.map(async (sender, s) => {
      for (let i = 0; performance.now() < stopAt; i++) {
        const chatId = chatFor(s, i);
        const clientMessageId = `bench-${s}-${i}-${Math.random().toString(36).slice(2)}`;
        const started = performance.now();
        sentAt.set(clientMessageId, started);
        try {
          await call(baseUrl, sender.token, "POST", `/chats/${chatId}/messages`, { clientMessageId, text: `m${i}` });
          postLatencies.push(performance.now() - started);
          sent += 1;
          expected += expectedReceivers(chatId);
        } catch {
          failed += 1;
          sentAt.delete(clientMessageId);
        }
      }
    }),
  );
  const sendSeconds = (performance.now() - firstSend) / 1000;
  const drainUntil = performance.now() + drainSeconds * 1000;
  while (delivered < expected && performance.now() < drainUntil) await new Promise((r) => setTimeout(r, 20));
  for (const ws of sockets) ws.close(1000);
  const deliverySeconds = Math.max(sendSeconds, (lastDelivery - firstSend) / 1000);
  return {
    messagesSent: sent,
    sendFailures: failed,
    sendsPerSecond: Math.round(sent / sendSeconds),
    deliveriesExpected: expected,
    deliveriesReceived: delivered,
    deliveredPerSecond: Math.round(delivered / deliverySeconds),
    postLatencyMs: latencySummary(postLatencies),
    sendToReceiveLatencyMs: latencySummary(latencies),
  };
}

/** Everyone in one group: each message reaches every receiver. */
export async function measureGroup(baseUrl, { senders, receivers, durationSeconds }) {
  const [owner, ...rest] = senders;
  const group = await call(baseUrl, owner.token, "POST", "/groups", {
    title: "bench group",
    memberIds: [...rest, ...receivers].map((u) => u.id),
  });
  const chatId = group.chat.id;
  const receiverIds = new Set(receivers.map((u) => u.id));
  return run(baseUrl, {
    senders,
    receivers,
    chatFor: () => chatId,
    expectedReceivers: () => receiverIds.size,
    durationSeconds,
  });
}

/** A dialog between every sender and every receiver; senders take turns over their dialogs. */
export async function measureDialogs(baseUrl, { senders, receivers, durationSeconds }) {
  const dialogs = [];
  for (const sender of senders) {
    const mine = [];
    for (const receiver of receivers) {
      const dialog = await call(baseUrl, sender.token, "POST", "/chats/dialogs", { userId: receiver.id });
      mine.push(dialog.chat.id);
    }
    dialogs.push(mine);
  }
  return run(baseUrl, {
    senders,
    receivers,
    chatFor: (s, i) => dialogs[s][i % dialogs[s].length],
    expectedReceivers: () => 1,
    durationSeconds,
  });
}

/** The reference: `clients` sockets to the bare Hono /echo, each with one message in flight. */
export async function measureEcho(baseUrl, { clients, durationSeconds }) {
  const url = `${baseUrl.replace(/^http/, "ws")}/echo`;
  const sockets = await Promise.all(Array.from({ length: clients }, () => openSocket(url)));
  const latencies = [];
  const stopAt = performance.now() + durationSeconds * 1000;
  const started = performance.now();
  await Promise.all(
    sockets.map(
      (ws) =>
        new Promise((resolve) => {
          let sentAt = 0;
          const next = () => {
            if (performance.now() >= stopAt) return resolve();
            sentAt = performance.now();
            ws.send("x");
          };
          ws.addEventListener("message", () => {
            latencies.push(performance.now() - sentAt);
            next();
          });
          next();
        }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  for (const ws of sockets) ws.close(1000);
  return {
    deliveredPerSecond: Math.round(latencies.length / seconds),
    roundTripLatencyMs: latencySummary(latencies),
  };
}
