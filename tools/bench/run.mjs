// `npm run bench`: starts the gateway and a bare Hono reference Worker under `wrangler dev`
// (fresh local state), loads both on loopback, and prints figures and ratios as JSON.
// Not a test: nothing here asserts a time. BENCH_ONLY=http, ws or search runs one part.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startGateway, startWorker } from "../dev-server.mjs";
import { measureHttp } from "./http.mjs";
import { measureSearch } from "./search.mjs";
import { BENCH_CODE, BENCH_PHONE, signIn } from "./sign-in.mjs";
import { benchTestNumbers, benchUsers, measureDialogs, measureEcho, measureGroup } from "./ws.mjs";

const durationSeconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const senders = Number(process.env.BENCH_SENDERS ?? 4);
const receivers = Number(process.env.BENCH_RECEIVERS ?? 8);
const only = process.env.BENCH_ONLY ?? "all";
const searchMessages = Number(process.env.BENCH_SEARCH_MESSAGES ?? 100_000);
const state = mkdtempSync(join(tmpdir(), "big-gateway-bench-"));

// Request logs off, as a production deployment would sample them: the bench measures the API.
const gateway = await startGateway({
  port: await freePort(),
  persistTo: join(state, "gateway"),
  // Sign-in and send limits are lifted: the bench measures delivery, not the rate limiters.
  extraVars: {
    AUTH_TEST_NUMBERS: `${BENCH_PHONE}:${BENCH_CODE},${benchTestNumbers(senders + receivers)}`,
    AUTH_CODE_HOURLY_LIMIT_PER_IP: "100000",
    SEND_RATE_LIMIT: "1000000",
    LOG_LEVEL: "error",
  },
});
const hello = await startWorker({
  port: await freePort(),
  persistTo: join(state, "hello"),
  configPath: "tools/bench/hello.wrangler.toml",
});

try {
  const report = {
    machine: { cores: (await import("node:os")).cpus().length, node: process.version },
    settings: { connections, durationSeconds, senders, receivers },
  };
  if (only === "all" || only === "http") report.http = await httpFigures();
  if (only === "all" || only === "ws") report.websocket = await webSocketFigures();
  if (only === "all" || only === "search") {
    const user = await signIn(gateway.url);
    // Loaded by URL so the Node tools' typecheck does not follow it into durable/ (typed by tsconfig.json).
    const { measureSearchIndex } = await import(new URL("./search-index.ts", import.meta.url).href);
    report.searchIndex = measureSearchIndex({ messages: searchMessages });
    report.search = await measureSearch(gateway.url, user, { messages: searchMessages, connections, durationSeconds });
  }
  console.log(JSON.stringify(report, null, 2));
} finally {
  await Promise.all([gateway.stop(), hello.stop()]);
  rmSync(state, { recursive: true, force: true });
}

async function httpFigures() {
  const options = { connections, durationSeconds };
  const reference = await measureHttp(`${hello.url}/hello`, options);
  const proxyHealth = await measureHttp(`${gateway.url}/api/telegram-proxy/health`, options);
  const health = await measureHttp(`${gateway.url}/api/v1/health`, options);
  const { accessToken } = await signIn(gateway.url);
  const me = await measureHttp(`${gateway.url}/api/v1/me`, {
    ...options,
    headers: { authorization: `Bearer ${accessToken}` },
  });
  const ratio = (figure) => Number((figure.requestsPerSecond / reference.requestsPerSecond).toFixed(3));
  return {
    reference: { what: "bare Hono GET /hello on the same workerd", ...reference },
    proxyHealth: {
      what: "GET /api/telegram-proxy/health (full middleware stack)",
      ...proxyHealth,
      ratioToReference: ratio(proxyHealth),
    },
    health: {
      what: "GET /api/v1/health (D1 + KV + R2 + Queue round trips)",
      ...health,
      ratioToReference: ratio(health),
    },
    me: {
      what: "GET /api/v1/me (JWT check + session revocation read + profile read, D1)",
      ...me,
      ratioToReference: ratio(me),
    },
  };
}

async function webSocketFigures() {
  const users = await benchUsers(gateway.url, senders + receivers);
  const sending = users.slice(0, senders);
  const receiving = users.slice(senders);
  const options = { senders: sending, receivers: receiving, durationSeconds };
  const reference = await measureEcho(hello.url, { clients: receivers, durationSeconds });
  const group = await measureGroup(gateway.url, options);
  const dialogs = await measureDialogs(gateway.url, options);
  const ratio = (figure) => Number((figure.deliveredPerSecond / reference.deliveredPerSecond).toFixed(3));
  return {
    reference: {
      what: `bare Hono WebSocket echo on the same workerd: ${receivers} clients, one message in flight each`,
      ...reference,
    },
    group: {
      what: `${senders} senders POST to one group (closed loop); ${receivers} receivers on /api/v1/ws get every message`,
      ...group,
      ratioToReference: ratio(group),
    },
    dialogs: {
      what: `${senders} senders round-robin over a dialog with each of ${receivers} receivers on /api/v1/ws`,
      ...dialogs,
      ratioToReference: ratio(dialogs),
    },
  };
}
