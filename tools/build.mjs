// `npm run build`: bundles the Worker exactly as `wrangler deploy` would (--dry-run, no account)
// and prints the bundle's size, raw and gzip.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const outdir = ".wrangler/build";
const result = spawnSync(
  process.execPath,
  // --env= is wrangler.toml's top level (production) by name: what a plain `wrangler deploy` ships.
  ["node_modules/wrangler/bin/wrangler.js", "deploy", "--dry-run", "--outdir", outdir, "--env="],
  { stdio: "inherit", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } },
);
if (result.status !== 0) process.exit(result.status ?? 1);

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
for (const file of readdirSync(outdir).filter((name) => name.endsWith(".js"))) {
  const path = join(outdir, file);
  const raw = statSync(path).size;
  const gzip = gzipSync(readFileSync(path)).length;
  console.log(`bundle ${file}: ${kib(raw)} raw, ${kib(gzip)} gzip`);
}
