// What `npm run deploy` checks before anything is uploaded. Pure functions over wrangler's own
// output (the dry-run's bindings table, `wrangler secret list`'s JSON) and the Worker's own config
// rules (api/env.ts), so every refusal can be tested without a Cloudflare account.
import { stripVTControlCharacters } from "node:util";
import { type Bindings, loadConfig } from "../api/env.ts";
import { ApiError } from "../api/errors.ts";

/** The environments that are deployed; [env.dev] is local only. */
export const DEPLOYED_ENVIRONMENTS: readonly string[] = ["", "staging"];

export function isDeployedEnv(env: string): boolean {
  return DEPLOYED_ENVIRONMENTS.includes(env);
}

export interface DeployArgs {
  /** wrangler.toml environment: "" is the top level, which is production. */
  env: string;
  dryRun: boolean;
  /** Everything else, handed to `wrangler deploy` as given. */
  passThrough: string[];
}

/** `defaultEnv`: wrangler's CLOUDFLARE_ENV, if set; otherwise the top level (production). */
export function parseDeployArgs(argv: string[], defaultEnv = ""): DeployArgs {
  let env = defaultEnv;
  let dryRun = false;
  const passThrough: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const inline = /^(?:--env|-e)=(.*)$/.exec(arg);
    if (inline) env = inline[1] ?? "";
    else if (arg === "--env" || arg === "-e") env = argv[++i] ?? "";
    else if (arg === "--dry-run") dryRun = true;
    else passThrough.push(arg);
  }
  return { env, dryRun, passThrough };
}

export function notDeployed(env: string): string {
  return `${describeEnv(env)} is not a deployed environment (deploy production, or --env staging)`;
}

/** A human name for an environment in messages. */
export function describeEnv(env: string): string {
  return env === "" ? "production (the top level of wrangler.toml)" : `[env.${env}]`;
}

/**
 * The vars of `wrangler deploy --dry-run`, read from the bindings table it prints: the config
 * exactly as it would be uploaded, `--var` overrides included. Rows look like
 * `env.ENVIRONMENT ("production")      Environment Variable`.
 */
export function parseDryRunVars(output: string): Record<string, string> {
  const vars: Record<string, string> = {};
  // wrangler colours its output on a terminal; the table is read without the escapes.
  const plain = stripVTControlCharacters(output);
  for (const line of plain.split("\n")) {
    const row = /^env\.([A-Za-z_][A-Za-z0-9_]*) \("(.*)"\)\s+Environment Variable\s*$/.exec(line.trim());
    if (row?.[1]) vars[row[1]] = row[2] ?? "";
  }
  if (Object.keys(vars).length === 0) throw new Error("no vars found in the output of `wrangler deploy --dry-run`");
  return vars;
}

/**
 * The dry-run table prints vars given with `--var` as "(hidden)": put back the values this run
 * passes, the way wrangler reads them (`--var NAME:VALUE`, split at the first colon; one `--var`
 * may take several).
 */
export function withVarOverrides(vars: Record<string, string>, wranglerArgs: string[]): Record<string, string> {
  const merged = { ...vars };
  for (let i = 0; i < wranglerArgs.length; i++) {
    const arg = wranglerArgs[i] ?? "";
    const values = arg.startsWith("--var=") ? [arg.slice("--var=".length)] : [];
    if (arg === "--var")
      while (wranglerArgs[i + 1] && !wranglerArgs[i + 1]?.startsWith("-")) values.push(wranglerArgs[++i] ?? "");
    for (const value of values) {
      const colon = value.indexOf(":");
      if (colon > 0) merged[value.slice(0, colon)] = value.slice(colon + 1);
    }
  }
  return merged;
}

/** Secret names from `wrangler secret list --format json` (`[{"name": …, "type": "secret_text"}]`). */
export function parseSecretList(stdout: string): string[] {
  // Anything wrangler prints before the JSON (a banner, a "▲ [WARNING]" notice) is skipped: the
  // list starts on a line of its own.
  const start = stdout.search(/^\[/m);
  const parsed: unknown = start >= 0 ? JSON.parse(stdout.slice(start)) : undefined;
  if (!Array.isArray(parsed)) throw new Error("`wrangler secret list` did not print a JSON list");
  return parsed.map((entry) => {
    const name = (entry as { name?: unknown })?.name;
    if (typeof name !== "string") throw new Error("`wrangler secret list` printed an entry without a name");
    return name;
  });
}

interface BindingIds {
  d1_databases: { binding: string; database_id?: string }[];
  kv_namespaces: { binding: string; id?: string }[];
}

const isPlaceholder = (id: string | undefined) => !id || /^[0-]+$/.test(id);

/** Bindings whose id is still the all-zero placeholder (or missing): a deploy would bind nothing real. */
export function placeholderBindings(config: BindingIds): string[] {
  return [
    ...config.d1_databases.filter((d) => isPlaceholder(d.database_id)).map((d) => `D1 ${d.binding}`),
    ...config.kv_namespaces.filter((k) => isPlaceholder(k.id)).map((k) => `KV ${k.binding}`),
  ];
}

// Stands in for a secret's value, which `wrangler secret list` never shows: long enough for the
// Worker's rules and not a development default, so only a missing secret or a bad var is reported.
const SET_IN_CLOUDFLARE = "value-set-in-cloudflare-and-not-readable-here";

/**
 * Why this config must not be deployed, in the Worker's own words: the vars as deployed plus the
 * secrets that exist (by name) go through the same validation the Worker runs on every isolate.
 * `secretNames` undefined (a dry run: no account) checks the vars alone, as if every secret were set.
 */
export function deployRefusals(env: string, vars: Record<string, string>, secretNames?: string[]): string[] {
  if (!isDeployedEnv(env)) return [notDeployed(env)];
  const refusals: string[] = [];
  if (vars.ENVIRONMENT !== "production" && vars.ENVIRONMENT !== "staging") {
    refusals.push(`ENVIRONMENT is "${vars.ENVIRONMENT ?? ""}": a deployed Worker must be production or staging`);
  }
  const secrets = secretNames ?? [
    "JWT_SECRET",
    "SESSION_SECRET",
    "TWILIO_ACCOUNT_SID",
    "TWILIO_AUTH_TOKEN",
    "TWILIO_FROM",
  ];
  try {
    const candidate = { ...vars, ...Object.fromEntries(secrets.map((name) => [name, SET_IN_CLOUDFLARE])) };
    loadConfig(candidate as unknown as Bindings);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    refusals.push(...error.message.replace(/^Server misconfigured: /, "").split("; "));
  }
  return refusals;
}

/** Secrets the Worker runs without, but a feature of it does not. */
export function deployWarnings(vars: Record<string, string>, secretNames: string[]): string[] {
  const warnings: string[] = [];
  if (!vars.TELEGRAM_API_ID || !secretNames.includes("TELEGRAM_API_HASH")) {
    warnings.push("TELEGRAM_API_ID/TELEGRAM_API_HASH are not both set: the Telegram proxy will answer 503");
  }
  return warnings;
}
