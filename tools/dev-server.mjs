// Starts the whole gateway locally: applies D1 migrations, then `wrangler dev`.
// Used by `npm start` (tools/dev.mjs) and by the browser tests (test-browser/start-worker.ts).
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const wrangler = fileURLToPath(new URL("../node_modules/wrangler/bin/wrangler.js", import.meta.url));

/** Runs wrangler with the current Node (the project's pinned Node 24 under `npm run`). */
function wranglerArgs(args) {
  return [wrangler, ...args];
}

const quietEnv = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false" };

/** @param {{ persistTo?: string }} [options] */
export function applyMigrations({ persistTo } = {}) {
  const args = ["d1", "migrations", "apply", "DB", "--local", ...(persistTo ? ["--persist-to", persistTo] : [])];
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
 */

/**
 * Resolves with `{ url, stop }` once wrangler says it is ready.
 * `inheritOutput` streams wrangler's log to this terminal (npm start); otherwise it is buffered
 * and shown only if start-up fails.
 */
/** @param {GatewayOptions} [options] */
export function startGateway(options = {}) {
  applyMigrations({ persistTo: options.persistTo });
  return startWorker(options);
}

/**
 * `wrangler dev` for any config (the gateway's wrangler.toml by default).
 * @param {GatewayOptions & { configPath?: string }} [options]
 */
export function startWorker({ port = 8787, persistTo, inheritOutput = false, extraVars = {}, configPath } = {}) {
  const varArgs = Object.entries(extraVars).flatMap(([key, value]) => ["--var", `${key}:${value}`]);
  const args = [
    "dev",
    "--port",
    String(port),
    "--ip",
    "127.0.0.1",
    "--show-interactive-dev-session=false",
    ...(persistTo ? ["--persist-to", persistTo] : []),
    ...(configPath ? ["--config", configPath] : []),
    ...varArgs,
  ];
  const child = spawn(process.execPath, wranglerArgs(args), {
    cwd: root,
    env: quietEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      const text = chunk.toString();
      if (inheritOutput) process.stdout.write(text);
      else output += text;
      if (/Ready on/.test(text)) {
        resolve({
          url: `http://127.0.0.1:${port}`,
          stop: () =>
            new Promise((done) => {
              child.once("exit", done);
              child.kill("SIGTERM");
            }),
          child,
        });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`wrangler dev exited with ${code} before it was ready:\n${output}`)));
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
