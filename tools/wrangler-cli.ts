// Runs the project's wrangler on the current Node (the pinned Node 24 under `npm run`), quietly.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));
const wrangler = fileURLToPath(new URL("../node_modules/wrangler/bin/wrangler.js", import.meta.url));

export interface WranglerResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** `input` is written to wrangler's stdin (e.g. the JSON of `wrangler secret bulk`). */
export function runWrangler(args: string[], { input, inherit = false }: { input?: string; inherit?: boolean } = {}) {
  const result = spawnSync(process.execPath, [wrangler, ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    stdio: inherit ? ["pipe", "inherit", "inherit"] : "pipe",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status ?? 1,
    stdout: result.stdout ?? "",
    stderr: result.stderr ?? "",
  } satisfies WranglerResult;
}

/** wrangler's flag for an environment of wrangler.toml; `--env=` (empty) is its top level, explicitly. */
export function envFlag(env: string): string {
  return `--env=${env}`;
}
