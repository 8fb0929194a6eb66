// `npm run bench`: starts the gateway and a bare Hono reference Worker under `wrangler dev`
// (fresh local state), loads both on loopback, and prints figures and ratios as JSON.
// Not a test: nothing here asserts a time. BENCH_ONLY=http, ws, search, load or cost runs one part
// (cost alone seeds its own chat of BENCH_SEARCH_MESSAGES messages).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startGateway, startWorker } from "../dev-server.mjs";
import { costFigures } from "./cost.mjs";
import { treeCpuMs } from "./cpu.mjs";
import { measureHttpInterleaved } from "./http.mjs";
import { loadCheck } from "./load.mjs";
import { benchLocalTracing as localTracing } from "./local-tracing.mjs";
import { measureSearch, seed } from "./search.mjs";
import { BENCH_CODE, BENCH_PHONE, signIn } from "./sign-in.mjs";
import { benchTestNumbers, benchUsers, dialogScenario, groupScenario, interleave, measureEcho } from "./ws.mjs";

const durationSeconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const senders = Number(process.env.BENCH_SENDERS ?? 4);
const receivers = Number(process.env.BENCH_RECEIVERS ?? 10);
const loadSenders = Number(process.env.BENCH_LOAD_SENDERS ?? 50);
const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const only = process.env.BENCH_ONLY ?? "all";
const searchMessages = Number(process.env.BENCH_SEARCH_MESSAGES ?? 100_000);
// Spare users after the load check's: the cost part's small chat and its chat-list owner.
const costUsersFrom = senders + receivers + loadSenders;
// Both sides' local storage. Under TMPDIR (os.tmpdir()): on this VM's disk by default, where every
// SQLite commit is an fsync on workerd's one thread; TMPDIR=/dev/shm puts it in RAM (README, Performance).
const state = mkdtempSync(join(tmpdir(), "big-gateway-bench-"));

// Request logs off, as a production deployment would sample them: the bench measures the API.
const gateway = await startGateway({
  port: await freePort(),
  persistTo: join(state, "gateway"),
  localTracing,
  // Sign-in and send limits are lifted: the bench measures delivery, not the rate limiters.
  extraVars: {
    AUTH_TEST_NUMBERS: [
      `${BENCH_PHONE}:${BENCH_CODE}`,
      benchTestNumbers(senders + receivers),
      benchTestNumbers(loadSenders, senders + receivers),
      benchTestNumbers(3, costUsersFrom),
    ].join(","),
    // The load check reads every member's whole update log back.
    UPDATE_LOG_RETENTION: "1000000",
    AUTH_CODE_HOURLY_LIMIT_PER_IP: "100000",
    SEND_RATE_LIMIT: "1000000",
    // The cost part puts one user in 1,000 groups.
    GROUP_CREATE_HOURLY_LIMIT: "1000000",
    LOG_LEVEL: "error",
  },
});
const hello = await startWorker({
  port: await freePort(),
  persistTo: join(state, "hello"),
  configPath: "tools/bench/hello.wrangler.toml",
  localTracing,
});

try {
  const report = {
    machine: { cores: (await import("node:os")).cpus().length, node: process.version },
    settings: { connections, durationSeconds, senders, receivers, localTracing, stateDir: state },
  };
  if (only === "all" || only === "http") report.http = await httpFigures();
  if (only === "all" || only === "ws") report.websocket = await webSocketFigures();
  // The large chat of the cost figures: the search part's, or one seeded for the cost part alone.
  let largeChat = null;
  if (only === "all" || only === "search") {
    const user = await signIn(gateway.url);
    // Loaded by URL so the Node tools' typecheck does not follow it into durable/ (typed by tsconfig.json).
    const { measureSearchIndex } = await import(new URL("./search-index.ts", import.meta.url).href);
    report.searchIndex = measureSearchIndex({ messages: searchMessages });
    const { chatId, ...search } = await measureSearch(gateway.url, user, {
      messages: searchMessages,
      connections,
      durationSeconds,
    });
    report.search = search;
    largeChat = { chatId, user: { id: user.user.id, token: user.accessToken }, messages: searchMessages };
  }
  if (only === "all" || only === "load") {
    const { chatId: _chatId, ...load } = await loadFigures();
    report.load = load;
  }
  if (only === "all" || only === "cost") {
    if (!largeChat) {
      const user = await signIn(gateway.url);
      const { chatId } = await seed(gateway.url, user, searchMessages);
      largeChat = { chatId, user: { id: user.user.id, token: user.accessToken }, messages: searchMessages };
    }
    report.cost = await costFigures(gateway.url, largeChat, await benchUsers(gateway.url, 3, costUsersFrom));
  }
  console.log(JSON.stringify(report, null, 2));
} finally {
  await Promise.all([gateway.stop(), hello.stop()]);
  rmSync(state, { recursive: true, force: true });
}

async function httpFigures() {
  const gatewayCpu = () => treeCpuMs(gateway.child.pid);
  const helloCpu = () => treeCpuMs(hello.child.pid);
  const { accessToken } = await signIn(gateway.url);
  const { reference, oneRead, oneRpc, proxyHealth, health, me } = await measureHttpInterleaved(
    {
      reference: { url: `${hello.url}/hello`, cpuMs: helloCpu },
      oneRead: { url: `${hello.url}/hello/read`, cpuMs: helloCpu },
      oneRpc: { url: `${hello.url}/hello/rpc`, cpuMs: helloCpu },
      proxyHealth: { url: `${gateway.url}/api/telegram-proxy/health`, cpuMs: gatewayCpu },
      health: { url: `${gateway.url}/api/v1/health`, cpuMs: gatewayCpu },
      me: { url: `${gateway.url}/api/v1/me`, headers: { authorization: `Bearer ${accessToken}` }, cpuMs: gatewayCpu },
    },
    { connections, durationSeconds },
  );
  // Throughput against the reference, and the reference's CPU per request against ours (both
  // "higher is better"): the second holds when other work on the machine squeezes both servers.
  const ratio = (figure) => ({
    ratioToReference: Number((figure.requestsPerSecond / reference.requestsPerSecond).toFixed(3)),
    cpuRatioToReference:
      figure.serverCpuMsPerRequest && reference.serverCpuMsPerRequest
        ? Number((reference.serverCpuMsPerRequest / figure.serverCpuMsPerRequest).toFixed(3))
        : null,
  });
  return {
    reference: { what: "bare Hono GET /hello on the same workerd", ...reference },
    oneRead: {
      what: "bare Hono GET /hello/read: the hello plus one D1 read by primary key (the floor of any request that asks D1)",
      ...oneRead,
      ...ratio(oneRead),
    },
    oneRpc: {
      what: "bare Hono GET /hello/rpc: the hello plus one RPC to a Durable Object answering from memory (the floor of a request that asks the caller's own object)",
      ...oneRpc,
      ...ratio(oneRpc),
    },
    proxyHealth: {
      what: "GET /api/telegram-proxy/health (full middleware stack)",
      ...proxyHealth,
      ...ratio(proxyHealth),
    },
    health: {
      what: "GET /api/v1/health (D1 + KV + R2 + Queue round trips)",
      ...health,
      ...ratio(health),
    },
    me: {
      what: "GET /api/v1/me (JWT check + one RPC to the caller's UserDO: the session's liveness and the caller's profile, from its memory)",
      ...me,
      ...ratio(me),
      ratioToOneRead: Number((me.requestsPerSecond / oneRead.requestsPerSecond).toFixed(3)),
      ratioToOneRpc: Number((me.requestsPerSecond / oneRpc.requestsPerSecond).toFixed(3)),
    },
  };
}

async function webSocketFigures() {
  const users = await benchUsers(gateway.url, senders + receivers);
  const sending = users.slice(0, senders);
  const receiving = users.slice(senders);
  const options = { senders: sending, receivers: receiving, durationSeconds };
  const echo = await measureEcho(hello.url, { clients: receivers, durationSeconds });
  const referenceOptions = { ...options, reference: hello.url, cpuMs: () => treeCpuMs(hello.child.pid) };
  const gatewayOptions = { ...options, cpuMs: () => treeCpuMs(gateway.child.pid) };
  // Reference and gateway take turns, a second each, so background load falls on both alike.
  const [referenceGroup, group] = await interleave(
    [await groupScenario(gateway.url, referenceOptions), await groupScenario(gateway.url, gatewayOptions)],
    durationSeconds,
  );
  const [referenceDialogs, dialogs] = await interleave(
    [await dialogScenario(gateway.url, referenceOptions), await dialogScenario(gateway.url, gatewayOptions)],
    durationSeconds,
  );
  return {
    echo: {
      what: `bare Hono WebSocket echo on the same workerd: ${receivers} clients, one message in flight each`,
      ...echo,
    },
    referenceGroup: {
      what: `bare reference, same shape: POST → room DO writes a SQLite row → RPC to each of ${senders + receivers} inbox DOs → hibernated sockets of ${receivers}`,
      ...referenceGroup,
    },
    group: {
      what: `${senders} senders POST to one group of ${senders + receivers} (closed loop); ${receivers} receivers on /api/v1/ws get every message`,
      ...group,
      ...versus(group, referenceGroup),
    },
    referenceDialogs: {
      what: `bare reference, same shape: ${senders} senders round-robin over ${receivers} rooms each, one hibernated socket per room`,
      ...referenceDialogs,
    },
    dialogs: {
      what: `${senders} senders round-robin over a dialog with each of ${receivers} receivers on /api/v1/ws`,
      ...dialogs,
      ...versus(dialogs, referenceDialogs),
    },
  };
}

/** The targets' ratios: deliveries/s (higher is better) and send→receive latency (lower is better). */
function versus(figure, reference) {
  const ratio = (a, b) => (a === null || !b ? null : Number((a / b).toFixed(3)));
  return {
    deliveriesRatioToReference: ratio(figure.deliveredPerSecond, reference.deliveredPerSecond),
    cpuPerMessageRatioToReference: ratio(figure.serverCpuMsPerMessage, reference.serverCpuMsPerMessage),
    latencyRatioToReference: {
      p50: ratio(figure.sendToReceiveLatencyMs.p50, reference.sendToReceiveLatencyMs.p50),
      p99: ratio(figure.sendToReceiveLatencyMs.p99, reference.sendToReceiveLatencyMs.p99),
    },
  };
}

async function loadFigures() {
  const users = await benchUsers(gateway.url, loadSenders, senders + receivers);
  return {
    what: `${loadSenders} concurrent senders into one group of ${loadSenders} for ${loadSeconds} s; then every member's history and update log must hold every message exactly once, in seq order`,
    ...(await loadCheck(gateway.url, users, { durationSeconds: loadSeconds })),
  };
}
