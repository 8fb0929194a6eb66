// WebSocket load for `npm run bench`: N senders post messages over REST while M receivers hold
// realtime sockets; every newMessage a receiver gets is timed from the moment its POST started.
// Node 24's global WebSocket, loopback only, bounded in time.
import { benchFetch } from "./fetch.mjs";
import { BENCH_CODE, signIn } from "./sign-in.mjs";

/** Fictional, well-formed numbers for bench users (+1 201 555 0100…0187); 0188 is the HTTP bench's. */
export const benchPhones = (count, first = 0) =>
  Array.from({ length: count }, (_, i) => `+1201555${String(100 + first + i).padStart(4, "0")}`);
export const benchTestNumbers = (count, first = 0) =>
  benchPhones(count, first)
    .map((phone) => `${phone}:${BENCH_CODE}`)
    .join(",");

const percentile = (sorted, p) =>
  sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

function latencySummary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (value) => (value === null ? null : Number(value.toFixed(2)));
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)) };
}

export async function call(baseUrl, token, method, path, body) {
  const res = await benchFetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (!json.success) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json.error)}`);
  return json.data;
}

/** Signs `count` bench users in (their numbers must be in AUTH_TEST_NUMBERS). */
export async function benchUsers(baseUrl, count, first = 0) {
  const users = [];
  for (const phone of benchPhones(count, first)) {
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

/** `auth;dur=1.5, chat;dur=3` → `{ auth: 1.5, chat: 3 }`. */
export function parseServerTiming(header) {
  const stages = {};
  for (const part of (header ?? "").split(",")) {
    const match = /^\s*([\w-]+);dur=([\d.]+)/.exec(part);
    if (match) stages[match[1]] = Number(match[2]);
  }
  return stages;
}

/**
 * Where a scenario sends and listens. The gateway: REST send, /api/v1/ws synced to "now". The
 * reference (tools/bench/hello-worker.ts): the same shape with nothing of the product in it.
 */
export function gatewayTarget(baseUrl, cpuMs) {
  return {
    cpuMs,
    /** Answers the request's stages from its Server-Timing header: `{ auth: ms, chat: ms, … }`. */
    async post(sender, chatId, clientMessageId, text) {
      const res = await benchFetch(`${baseUrl}/api/v1/chats/${chatId}/messages`, {
        method: "POST",
        headers: { authorization: `Bearer ${sender.token}`, "content-type": "application/json" },
        body: JSON.stringify({ clientMessageId, text }),
      });
      const json = await res.json();
      if (!json.success) throw new Error(`send: ${res.status} ${JSON.stringify(json.error)}`);
      return parseServerTiming(res.headers.get("server-timing"));
    },
    async connect(user, onNewMessage) {
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
    },
  };
}

/** `recipientsOf(chatId)`: the ids the reference room fans out to (every member, as the gateway does). */
export function referenceTarget(baseUrl, recipientsOf, cpuMs) {
  return {
    cpuMs,
    async post(_sender, chatId, clientMessageId, text) {
      const res = await benchFetch(`${baseUrl}/rooms/${chatId}/send`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ clientMessageId, text, recipients: recipientsOf(chatId) }),
      });
      if (res.status !== 201) throw new Error(`reference send: ${res.status}`);
      await res.arrayBuffer();
    },
    async connect(user, onNewMessage) {
      const ws = await openSocket(`${baseUrl.replace(/^http/, "ws")}/inbox/${user.id}/ws`);
      ws.addEventListener("message", (event) => {
        const frame = JSON.parse(event.data);
        if (frame.type === "newMessage") onNewMessage(frame.message.clientMessageId);
      });
      return ws;
    },
  };
}

/**
 * One scenario, ready to run: the receivers' sockets are open. Each `round(seconds)` has the
 * `senders` post messages in a closed loop (one in flight per sender) to the chats chosen by
 * `chatFor`, then waits up to `drainSeconds` for that round's deliveries; `summary()` adds the
 * rounds up. Rounds of two scenarios can take turns (`interleave`), so both see the same share of
 * whatever else the machine is doing.
 */
async function prepare(target, { senders, receivers, chatFor, expectedReceivers, drainSeconds = 5 }) {
  const sentAt = new Map();
  const latencies = [];
  const postLatencies = [];
  const stageSamples = {};
  let delivered = 0;
  let lastDelivery = 0;
  const onNewMessage = (clientMessageId) => {
    const started = sentAt.get(clientMessageId);
    if (started === undefined) return;
    const now = performance.now();
    latencies.push(now - started);
    delivered += 1;
    lastDelivery = now;
  };
  const sockets = await Promise.all(receivers.map((user) => target.connect(user, onNewMessage)));

  let sent = 0;
  let failed = 0;
  let expected = 0;
  let sendSeconds = 0;
  let deliverySeconds = 0;
  let cpuMs = 0;
  let round = 0;
  const counters = senders.map(() => 0);

  async function runRound(durationSeconds) {
    round += 1;
    const cpuBefore = target.cpuMs?.() ?? null;
    const firstSend = performance.now();
    const stopAt = firstSend + durationSeconds * 1000;
    await Promise.all(
      senders.map(async (sender, s) => {
        while (performance.now() < stopAt) {
          const i = counters[s]++;
          const chatId = chatFor(s, i);
          const clientMessageId = `bench-${s}-${i}-${Math.random().toString(36).slice(2)}`;
          const started = performance.now();
          sentAt.set(clientMessageId, started);
          try {
            const stages = (await target.post(sender, chatId, clientMessageId, `m${i}`)) ?? {};
            for (const [stage, ms] of Object.entries(stages)) {
              stageSamples[stage] ??= [];
              stageSamples[stage].push(ms);
            }
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
    const roundSendSeconds = (performance.now() - firstSend) / 1000;
    const drainUntil = performance.now() + drainSeconds * 1000;
    while (delivered < expected && performance.now() < drainUntil) await new Promise((r) => setTimeout(r, 20));
    const cpuAfter = target.cpuMs?.() ?? null;
    if (cpuBefore !== null && cpuAfter !== null) cpuMs += cpuAfter - cpuBefore;
    sendSeconds += roundSendSeconds;
    deliverySeconds += Math.max(roundSendSeconds, (lastDelivery - firstSend) / 1000);
  }

  return {
    round: runRound,
    close: () => {
      for (const ws of sockets) ws.close(1000);
    },
    summary: () => ({
      rounds: round,
      messagesSent: sent,
      sendFailures: failed,
      sendsPerSecond: Math.round(sent / sendSeconds),
      deliveriesExpected: expected,
      deliveriesReceived: delivered,
      deliveredPerSecond: Math.round(delivered / deliverySeconds),
      postLatencyMs: latencySummary(postLatencies),
      ...(Object.keys(stageSamples).length
        ? {
            postStagesMs: Object.fromEntries(
              Object.entries(stageSamples).map(([stage, samples]) => [stage, latencySummary(samples)]),
            ),
          }
        : {}),
      sendToReceiveLatencyMs: latencySummary(latencies),
      serverCpuMsPerMessage: target.cpuMs && sent > 0 ? Number((cpuMs / sent).toFixed(2)) : null,
    }),
  };
}

/** Runs one prepared scenario for `durationSeconds` in one round, and answers its summary. */
async function runAlone(scenario, durationSeconds) {
  await scenario.round(durationSeconds);
  scenario.close();
  return scenario.summary();
}

/**
 * Runs prepared scenarios in turns of one second each, `rounds` times, and answers their
 * summaries in the same order.
 */
export async function interleave(scenarios, rounds) {
  for (let i = 0; i < rounds; i++) for (const scenario of scenarios) await scenario.round(1);
  for (const scenario of scenarios) scenario.close();
  return scenarios.map((scenario) => scenario.summary());
}

/** Everyone in one group: each message reaches every receiver (and every sender's UserDO). */
export async function measureGroup(baseUrl, options) {
  return runAlone(await groupScenario(baseUrl, options), options.durationSeconds);
}

/** The group scenario, prepared: the group exists and the receivers are connected. */
export async function groupScenario(baseUrl, { senders, receivers, reference = null, cpuMs }) {
  const members = [...senders, ...receivers];
  let chatId = "bench-group";
  if (!reference) {
    const [owner, ...rest] = members;
    const group = await call(baseUrl, owner.token, "POST", "/groups", {
      title: "bench group",
      memberIds: rest.map((u) => u.id),
    });
    chatId = group.chat.id;
  }
  const target = reference
    ? referenceTarget(reference, () => members.map((u) => u.id), cpuMs)
    : gatewayTarget(baseUrl, cpuMs);
  return prepare(target, {
    senders,
    receivers,
    chatFor: () => chatId,
    expectedReceivers: () => receivers.length,
  });
}

/** A dialog between every sender and every receiver; senders take turns over their dialogs. */
export async function measureDialogs(baseUrl, options) {
  return runAlone(await dialogScenario(baseUrl, options), options.durationSeconds);
}

/** The dialogs scenario, prepared: the dialogs exist and the receivers are connected. */
export async function dialogScenario(baseUrl, { senders, receivers, reference = null, cpuMs }) {
  const dialogs = [];
  const membersOf = new Map();
  for (const sender of senders) {
    const mine = [];
    for (const receiver of receivers) {
      const chatId = reference
        ? `dialog-${sender.id}-${receiver.id}`
        : (await call(baseUrl, sender.token, "POST", "/chats/dialogs", { userId: receiver.id })).chat.id;
      membersOf.set(chatId, [sender.id, receiver.id]);
      mine.push(chatId);
    }
    dialogs.push(mine);
  }
  const target = reference
    ? referenceTarget(reference, (chatId) => membersOf.get(chatId), cpuMs)
    : gatewayTarget(baseUrl, cpuMs);
  return prepare(target, {
    senders,
    receivers,
    chatFor: (s, i) => dialogs[s][i % dialogs[s].length],
    expectedReceivers: () => 1,
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
