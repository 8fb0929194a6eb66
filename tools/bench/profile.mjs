// `npm run profile`: CPU profiles of the gateway under load, taken over the Chrome DevTools
// Protocol from `wrangler dev --inspector-port` (the Worker's isolate, Durable Objects included).
// Three scenarios, each its own .cpuprofile (open it in Chrome DevTools → Performance, or VS Code):
//   me     autocannon on an authenticated GET /api/v1/me
//   send   senders POST into dialogs while the receivers' sockets get every message
//   group  senders POST into one group of 14 (the bench's shape) with 10 live receivers: the
//          fan-out path, 14 outbox rows and 14 UserDO deliveries per message
// PROFILE_ONLY=me|send|group (comma-separated) profiles only those.
// Prints the top functions by self time and the modules they live in. A tool, not a test.
// PROFILE_SECONDS (default 5), PROFILE_OUT (default .wrangler/profiles), PROFILE_TOP (default 10).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort, startGateway } from "../dev-server.mjs";
import { measureHttp } from "./http.mjs";
import { benchLocalTracing } from "./local-tracing.mjs";
import { BENCH_CODE, BENCH_PHONE, signIn } from "./sign-in.mjs";
import { benchTestNumbers, benchUsers, measureDialogs, measureGroup } from "./ws.mjs";

const seconds = Number(process.env.PROFILE_SECONDS ?? 5);
const outDir = resolve(process.env.PROFILE_OUT ?? ".wrangler/profiles");
const top = Number(process.env.PROFILE_TOP ?? 10);
const only = process.env.PROFILE_ONLY?.split(",");
const senders = 4;
const receivers = 4;
/** The bench's group: 4 senders and 10 receivers with live sockets. */
const groupReceivers = 10;

/** One CDP session over the inspector's WebSocket: `send(method, params)` answers the result. */
async function inspectorSession(inspectorPort) {
  const targets = await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json();
  const target = targets.find((t) => t.webSocketDebuggerUrl);
  if (!target) throw new Error(`no inspector target on port ${inspectorPort}`);
  // wrangler's inspector proxy refuses a client without a local Origin (undici's WebSocket takes headers).
  const ws = new WebSocket(target.webSocketDebuggerUrl, { headers: { origin: "http://localhost" } });
  await new Promise((done, fail) => {
    ws.addEventListener("open", done, { once: true });
    ws.addEventListener("error", () => fail(new Error("inspector socket failed")), { once: true });
  });
  let nextId = 1;
  const waiting = new Map();
  ws.addEventListener("message", (event) => {
    const message = JSON.parse(event.data);
    const pending = waiting.get(message.id);
    // Events carry no id. workerd answers a command by echoing it (method and params) plus its result.
    if (!pending) return;
    waiting.delete(message.id);
    if (message.error) pending.fail(new Error(`${pending.method}: ${message.error.message}`));
    else pending.done(message.result);
  });
  return {
    send: (method, params = {}) =>
      new Promise((done, fail) => {
        const id = nextId++;
        waiting.set(id, { done, fail, method });
        ws.send(JSON.stringify({ id, method, params }));
      }),
    close: () => ws.close(),
  };
}

/** Runs `work` with the profiler on; answers the V8 profile. */
async function profiled(session, work) {
  await session.send("Profiler.enable");
  await session.send("Profiler.setSamplingInterval", { interval: 200 });
  await session.send("Profiler.start");
  const figures = await work();
  const { profile } = await session.send("Profiler.stop");
  return { profile, figures };
}

/**
 * Per script of the profile, a function from a line to the module it comes from: esbuild heads
 * each module of wrangler's bundle with a `// path/to/module.ts` comment, so the last one above a
 * line names it. The sources come over the same session (the bundle lives in a temporary folder).
 */
async function modulesOfScripts(session, profile) {
  const ids = new Set(profile.nodes.filter((n) => n.callFrame.url.endsWith(".js")).map((n) => n.callFrame.scriptId));
  const lookups = new Map();
  await session.send("Debugger.enable");
  if (process.env.PROFILE_SOURCES) mkdirSync(process.env.PROFILE_SOURCES, { recursive: true });
  for (const scriptId of ids) {
    const { scriptSource } = await session.send("Debugger.getScriptSource", { scriptId });
    // The bundle's lines are what the profile's line numbers (and positionTicks) point into.
    if (process.env.PROFILE_SOURCES)
      writeFileSync(join(process.env.PROFILE_SOURCES, `script-${scriptId}.js`), scriptSource);
    const headings = [];
    scriptSource.split("\n").forEach((line, index) => {
      const match = /^\/\/ (\S+\.(?:[cm]?[jt]s|json))$/.exec(line);
      if (match) headings.push({ line: index, module: match[1] });
    });
    lookups.set(scriptId, (line) => {
      let found = "";
      for (const heading of headings) {
        if (heading.line > line) break;
        found = heading.module;
      }
      return found;
    });
  }
  await session.send("Debugger.disable");
  return lookups;
}

/** Self time per function and per package, in milliseconds, busiest first; idle time left out. */
export function selfTimes(profile, modulesOf) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map();
  profile.samples.forEach((id, i) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const functions = new Map();
  const packages = new Map();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const { callFrame } = byNode.get(id);
    if (callFrame.functionName === "(idle)") continue;
    totalUs += us;
    const module = modulesOf.get(callFrame.scriptId)?.(callFrame.lineNumber) || callFrame.url;
    const name = `${callFrame.functionName || "(anonymous)"}${module ? ` ${module}:${callFrame.lineNumber + 1}` : ""}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
    // A package, a folder of ours (`api/auth`), a runtime module, or a native function by name.
    const where =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module)?.[1] ??
      (module ? module.split("/").slice(0, -1).join("/") || module : `native ${callFrame.functionName}`);
    packages.set(where, (packages.get(where) ?? 0) + us);
  }
  const rank = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({
        name,
        ms: Number((us / 1000).toFixed(1)),
        share: `${((100 * us) / totalUs).toFixed(1)}%`,
      }));
  return { busyMs: Math.round(totalUs / 1000), functions: rank(functions), packages: rank(packages) };
}

function asMarkdown(name, { file, requests, busyMs, busyMsPerRequest, functions, packages }) {
  const table = (title, rows) =>
    [
      `| ${title} | self ms | share |`,
      "| --- | ---: | ---: |",
      ...rows.map((r) => `| ${r.name} | ${r.ms} | ${r.share} |`),
    ].join("\n");
  return [
    `### ${name}: ${requests} requests, ${busyMs} ms busy in the isolate (${busyMsPerRequest} ms per request)`,
    `Profile: ${file}`,
    "",
    table("function (module:line of the dev bundle)", functions),
    "",
    table("package or folder", packages),
    "",
  ].join("\n");
}

const state = mkdtempSync(join(tmpdir(), "big-gateway-profile-"));
const inspectorPort = await freePort();
const gateway = await startGateway({
  port: await freePort(),
  persistTo: join(state, "gateway"),
  extraArgs: ["--inspector-port", String(inspectorPort), "--inspector-ip", "127.0.0.1"],
  localTracing: benchLocalTracing,
  // The bench's settings: limits lifted, request logs at error level.
  extraVars: {
    AUTH_TEST_NUMBERS: [`${BENCH_PHONE}:${BENCH_CODE}`, benchTestNumbers(senders + groupReceivers)].join(","),
    AUTH_CODE_HOURLY_LIMIT_PER_IP: "100000",
    SEND_RATE_LIMIT: "1000000",
    LOG_LEVEL: "error",
  },
});
let session;
try {
  mkdirSync(outDir, { recursive: true });
  const { accessToken } = await signIn(gateway.url);
  const users = await benchUsers(gateway.url, senders + Math.max(receivers, groupReceivers));
  session = await inspectorSession(inspectorPort);
  const scenarios = {
    me: (durationSeconds) =>
      measureHttp(`${gateway.url}/api/v1/me`, {
        durationSeconds,
        headers: { authorization: `Bearer ${accessToken}` },
      }),
    send: (durationSeconds) =>
      measureDialogs(gateway.url, {
        senders: users.slice(0, senders),
        receivers: users.slice(senders, senders + receivers),
        durationSeconds,
      }),
    group: (durationSeconds) =>
      measureGroup(gateway.url, {
        senders: users.slice(0, senders),
        receivers: users.slice(senders, senders + groupReceivers),
        durationSeconds,
      }),
  };
  const report = {};
  for (const [name, work] of Object.entries(scenarios)) {
    if (only && !only.includes(name)) continue;
    // A first second unprofiled: objects start, dialogs open, code warms up; the profile is the steady state.
    await work(1);
    const { profile, figures } = await profiled(session, () => work(seconds));
    const file = join(outDir, `${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    const requests = figures.messagesSent ?? figures.requestsPerSecond * seconds;
    const times = selfTimes(profile, await modulesOfScripts(session, profile));
    report[name] = {
      file,
      requests,
      busyMsPerRequest: Number((times.busyMs / requests).toFixed(3)),
      ...times,
    };
  }
  for (const [name, figures] of Object.entries(report)) console.log(asMarkdown(name, figures));
} finally {
  session?.close();
  await gateway.stop();
  rmSync(state, { recursive: true, force: true });
}
