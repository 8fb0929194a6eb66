// `npm run apikey -- <command>`: Telegram-proxy API keys in D1.
//
//   create <name> [--remote [--env staging]] [--persist-to DIR]   prints the new key ONCE (only its hash is stored)
//   list [--remote [--env staging]] [--persist-to DIR]            ids, names, dates (never keys)
//   revoke <id> [--remote [--env staging]] [--persist-to DIR]     the key stops working at once
//
// Without --remote it works on the local database of `npm start` ([env.dev], .wrangler/state),
// applying the migrations first. With --remote it runs `wrangler d1 execute DB --remote` against
// the deployed production database, or staging's with --env staging (needs `wrangler login` and
// the real database_id in wrangler.toml, written by `npm run infra:sync`).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { insertApiKeySql, newApiKey } from "../api/auth/api-keys.ts";
import { applyMigrations } from "./dev-server.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const wrangler = fileURLToPath(new URL("../node_modules/wrangler/bin/wrangler.js", import.meta.url));

function usage(message?: string): never {
  if (message) console.error(`apikey: ${message}\n`);
  console.error(
    "usage: npm run apikey -- create <name> | list | revoke <id>   [--remote [--env staging]] [--persist-to DIR]\n" +
      "  create prints the key once; store it in your secret manager. Only its SHA-256 is kept.",
  );
  process.exit(2);
}

const args = process.argv.slice(2);
const remote = args.includes("--remote");
const persistIndex = args.indexOf("--persist-to");
const persistTo = persistIndex >= 0 ? args[persistIndex + 1] : undefined;
if (persistIndex >= 0 && !persistTo) usage("--persist-to needs a directory");
if (remote && persistTo) usage("--persist-to is for the local database only");
const envIndex = args.indexOf("--env");
const deployedEnv = envIndex >= 0 ? args[envIndex + 1] : "";
if (envIndex >= 0 && !remote) usage("--env is for --remote only (the local database is [env.dev]'s)");
if (envIndex >= 0 && deployedEnv !== "staging") usage("--env takes staging (production is the default)");
const optionValues = new Set([persistIndex, envIndex].filter((i) => i >= 0).map((i) => i + 1));
const positional = args.filter((arg, i) => !arg.startsWith("--") && !optionValues.has(i));
const [command, value] = positional;

/** Runs one SQL statement with `wrangler d1 execute` and returns the result rows. */
function execute(sql: string): Record<string, unknown>[] {
  // The top level of wrangler.toml is production; local runs use [env.dev].
  const target = remote
    ? ["--remote", `--env=${deployedEnv}`]
    : ["--local", "--env", "dev", ...(persistTo ? ["--persist-to", persistTo] : [])];
  const result = spawnSync(process.execPath, [wrangler, "d1", "execute", "DB", ...target, "--json", "--command", sql], {
    cwd: root,
    env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    console.error(`wrangler d1 execute failed:\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  const parsed = JSON.parse(result.stdout) as { results?: Record<string, unknown>[] }[];
  return parsed.flatMap((statement) => statement.results ?? []);
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

// Refuse bad arguments before touching any database.
if (command === "create") {
  const name = value?.trim() ?? "";
  if (!name || name.length > 64 || !/^[\p{L}\p{N} ._-]+$/u.test(name)) {
    usage("give the key a name of 1–64 letters, digits, spaces, dots, dashes or underscores");
  }
} else if (command === "revoke") {
  if (!value || !/^key_[A-Za-z0-9_-]{12}$/.test(value)) usage("revoke needs a key id (key_…), see `list`");
} else if (command !== "list") {
  usage(command ? `unknown command ${command}` : undefined);
}

if (!remote) applyMigrations({ persistTo });

if (command === "create") {
  const name = value?.trim() ?? "";
  const { id, key, keyHash } = await newApiKey();
  execute(insertApiKeySql({ id, name, keyHash, createdAt: Date.now() }));
  console.log(`Created API key ${id} (${name}) in the ${remote ? "remote" : "local"} database.`);
  console.log("The key is shown once; only its hash is stored:\n");
  console.log(`  ${key}\n`);
  console.log(`Use it as: Authorization: Bearer ${key}`);
} else if (command === "list") {
  const rows = execute("SELECT id, name, created_at, revoked_at FROM api_keys ORDER BY created_at");
  if (rows.length === 0) console.log("No API keys.");
  for (const row of rows) {
    const created = new Date(Number(row.created_at)).toISOString();
    const state = row.revoked_at ? `revoked ${new Date(Number(row.revoked_at)).toISOString()}` : "active";
    console.log(`${row.id}  ${row.name}  created ${created}  ${state}`);
  }
} else if (command === "revoke" && value) {
  const rows = execute(
    `UPDATE api_keys SET revoked_at = ${Date.now()} WHERE id = ${quote(value)} AND revoked_at IS NULL RETURNING id`,
  );
  console.log(
    rows.length
      ? `Revoked ${value}. Its Telegram sessions are logged out and wiped by the next scheduled run (within 30 min).`
      : `No active key ${value}.`,
  );
}
