// Starts the whole gateway locally: applies D1 migrations, then `wrangler dev`.
// Used by `npm start` (tools/dev.mjs) and by the browser tests (test-browser/start-worker.ts).
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { wranglerLogFilter } from "./dev-log-filter.mjs";
// Scalar's bundle into docs-assets/public, which the gateway's wrangler dev serves as ASSETS.
import "./prepare-assets.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const wrangler = fileURLToPath(new URL("../node_modules/wrangler/bin/wrangler.js", import.meta.url));

/** Runs wrangler with the current Node (the project's pinned Node 24 under `npm run`). */
function wranglerArgs(args) {
  return [wrangler, ...args];
}

const quietEnv = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };

// wrangler.toml's top level is production (what a plain `wrangler deploy` ships); everything local
// runs its [env.dev] section.
const LOCAL_ENV = ["--env", "dev"];
// The gateway and, in the same workerd, the Worker of static assets its ASSETS service binding
// names (Scalar's bundle for /docs): wrangler dev runs every config it is given, the first one
// serving the port.
const GATEWAY_CONFIGS = ["--config", "wrangler.toml", "--config", "docs-assets/wrangler.toml"];

/** @param {{ persistTo?: string }} [options] */
export function applyMigrations({ persistTo } = {}) {
  const args = [
    "d1",
    "migrations",
    "apply",
    "DB",
    "--local",
    ...LOCAL_ENV,
    ...(persistTo ? ["--persist-to", persistTo] : []),
  ];
  const result = spawnSync(process.execPath, wranglerArgs(args), {
    cwd: root,
    env: { ...quietEnv, CI: "true" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`wrangler d1 migrations apply failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * @typedef {object} GatewayOptions
 * @property {number} [port] port for wrangler dev (default 8787)
 * @property {string} [persistTo] directory for local D1/KV/R2/DO state (default .wrangler/state)
 * @property {boolean} [inheritOutput] stream wrangler's log to this terminal
 * @property {Record<string, string>} [extraVars] extra `--var NAME:VALUE` for the Worker
 * @property {boolean} [loopbackTelegram] start the loopback Telegram DC (tools/telegram-dc) and point
 *   the Telegram proxy at it (default true; TELEGRAM_LOOPBACK=0 turns it off to use Telegram's DCs)
 * @property {number} [telegramDcPort] its MTProto port (default TELEGRAM_DC_PORT or a free one)
 * @property {string[]} [extraArgs] more `wrangler dev` arguments (the profiler's `--inspector-port`)
 * @property {boolean} [localTracing] wrangler's local trace store (X_LOCAL_OBSERVABILITY; wrangler's
 *   default, on, when unset). The bench turns it off: tools/bench/local-tracing.mjs says why.
 */

/** Starts the loopback DC; returns the Worker vars that point the proxy at it. */
async function startTelegramDc(port, inheritOutput) {
  // Imported lazily: only `npm start` and tests that need Telegram pay for loading GramJS.
  const { startLoopbackDc } = await import("./telegram-dc/server.ts");
  const log = inheritOutput ? (line) => console.log(`[telegram-dc] ${line}`) : undefined;
  const dc = await startLoopbackDc({ port, controlPort: port ? port + 1 : 0, log });
  return {
    dc,
    vars: { TELEGRAM_DC_ADDRESS: `${dc.host}:${dc.port}`, TELEGRAM_DC_RSA_N: dc.rsa.nHex },
  };
}

/**
 * Starts the loopback AI peer (tools/ai-peer) and returns the Worker vars that point the assistant
 * at it. AI_LOOPBACK=0 (or a .dev.vars with AI_BASE_URL) leaves the assistant to your own server.
 */
async function startAiPeer(inheritOutput) {
  const { startAiPeer: start, LOOPBACK_AI } = await import("./ai-peer/server.ts");
  const log = inheritOutput && process.env.AI_PEER_LOG ? (line) => console.log(`[ai-peer] ${line}`) : undefined;
  const peer = await start({ port: Number(process.env.AI_PEER_PORT ?? 0), log });
  return {
    peer,
    vars: { AI_BASE_URL: peer.baseUrl, AI_MODEL: LOOPBACK_AI.model, AI_API_KEY: LOOPBACK_AI.apiKey },
  };
}

/**
 * Resolves with `{ url, stop }` once wrangler says it is ready.
 * `inheritOutput` streams wrangler's log to this terminal (npm start); otherwise it is buffered
 * and shown only if start-up fails.
 */
/** @param {GatewayOptions} [options] */
export async function startGateway({
  port = 8787,
  persistTo,
  inheritOutput = false,
  extraVars = {},
  loopbackTelegram = process.env.TELEGRAM_LOOPBACK !== "0",
  telegramDcPort = Number(process.env.TELEGRAM_DC_PORT ?? 0),
  extraArgs = [],
  localTracing,
} = {}) {
  applyMigrations({ persistTo });
  const telegram = loopbackTelegram ? await startTelegramDc(telegramDcPort, inheritOutput) : undefined;
  const ai = process.env.AI_LOOPBACK !== "0" ? await startAiPeer(inheritOutput) : undefined;
  try {
    const gateway = await startWorker({
      port,
      persistTo,
      inheritOutput,
      extraVars: { ...telegram?.vars, ...ai?.vars, ...extraVars },
      telegram,
      extraArgs,
      localTracing,
    });
    const stop = gateway.stop;
    return {
      ...gateway,
      aiPeer: ai ? { baseUrl: ai.peer.baseUrl } : undefined,
      stop: async () => {
        await stop();
        await ai?.peer.close();
      },
    };
  } catch (error) {
    await telegram?.dc.close();
    await ai?.peer.close();
    throw error;
  }
}

/**
 * `wrangler dev` for any config (the gateway's wrangler.toml by default; the bench's reference
 * Worker passes its own). `telegram` is the loopback DC to close with it, if any.
 * @param {GatewayOptions & { configPath?: string, telegram?: any }} options
 */
export function startWorker({
  port = 8787,
  persistTo,
  inheritOutput = false,
  extraVars = {},
  telegram,
  configPath,
  extraArgs = [],
  localTracing,
}) {
  const varArgs = Object.entries(extraVars).flatMap(([key, value]) => ["--var", `${key}:${value}`]);
  const args = [
    "dev",
    "--port",
    String(port),
    "--ip",
    "127.0.0.1",
    "--show-interactive-dev-session=false",
    ...(persistTo ? ["--persist-to", persistTo] : []),
    ...(configPath ? ["--config", configPath] : [...GATEWAY_CONFIGS, ...LOCAL_ENV]),
    ...varArgs,
    ...extraArgs,
  ];
  const env = localTracing === undefined ? quietEnv : { ...quietEnv, X_LOCAL_OBSERVABILITY: String(localTracing) };
  const child = spawn(process.execPath, wranglerArgs(args), {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const shown = wranglerLogFilter();
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      const text = chunk.toString();
      if (inheritOutput) process.stdout.write(shown(text));
      else output += text;
      if (/Ready on/.test(text)) {
        resolve({
          url: `http://127.0.0.1:${port}`,
          stop: async () => {
            await new Promise((done) => {
              child.once("exit", done);
              child.kill("SIGTERM");
            });
            await telegram?.dc.close();
          },
          child,
          telegramDc: telegram
            ? { address: telegram.vars.TELEGRAM_DC_ADDRESS, controlUrl: telegram.dc.controlUrl }
            : undefined,
        });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`wrangler dev exited with ${code} before it was ready:\n${output}`)));
  });
}

/** Whether `port` on 127.0.0.1 is free now (npm start says so before wrangler fails on it). */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A port that is free on 127.0.0.1 right now (for test and bench servers). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
