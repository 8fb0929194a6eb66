// `npm run deploy [-- --env staging] [-- --dry-run] [-- <wrangler deploy flags>]`
//
// Deploys the Worker with wrangler, refusing before anything is uploaded when the config as it
// would be deployed is not safe: it bundles once with `--dry-run` and reads back the vars wrangler
// would upload, checks the D1/KV ids are real (written by `npm run infra:sync`), lists the secrets
// the Worker has in Cloudflare (`wrangler secret list`), and runs all of it through the Worker's
// own config validation (api/env.ts). Then it applies the D1 migrations, deploys the Worker of
// static assets behind the ASSETS binding (docs-assets/wrangler.toml), then the gateway. With
// --dry-run it needs no account: the vars are checked as if every secret were set.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unstable_readConfig } from "wrangler";
import {
  deployRefusals,
  deployWarnings,
  describeEnv,
  isDeployedEnv,
  notDeployed,
  parseDeployArgs,
  parseDryRunVars,
  parseSecretList,
  placeholderBindings,
  withVarOverrides,
} from "./deploy-checks.ts";
import "./prepare-assets.mjs";
import { envFlag, root, runWrangler } from "./wrangler-cli.ts";

const DOCS_ASSETS = ["--config", "docs-assets/wrangler.toml"];
const args = parseDeployArgs(process.argv.slice(2), process.env.CLOUDFLARE_ENV);
const env = envFlag(args.env);
const where = describeEnv(args.env);

function refuse(reasons: string[], hint?: string): never {
  console.error(`\nnpm run deploy: refusing to deploy ${where}:\n${reasons.map((r) => `  - ${r}`).join("\n")}`);
  if (hint) console.error(`\n${hint}`);
  process.exit(1);
}

// /api/v1/health shows the commit that is live.
const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout?.trim();
const varArgs = commit ? ["--var", `COMMIT_SHA:${commit}`] : [];

// 0. Never the local section.
if (!isDeployedEnv(args.env)) refuse([notDeployed(args.env)]);

// 1. The config exactly as it would be uploaded, and the Worker of static assets behind the
// gateway's ASSETS binding (Scalar's bundle for /docs; docs-assets/wrangler.toml).
const outdir = mkdtempSync(join(tmpdir(), "big-gateway-deploy-check-"));
const dryRun = runWrangler(["deploy", "--dry-run", "--outdir", outdir, env, ...varArgs, ...args.passThrough]);
const docsAssetsDryRun = runWrangler(["deploy", "--dry-run", ...DOCS_ASSETS, env]);
rmSync(outdir, { recursive: true, force: true });
if (dryRun.status !== 0) refuse([`wrangler deploy --dry-run failed:\n${dryRun.stdout}${dryRun.stderr}`]);
if (docsAssetsDryRun.status !== 0) {
  refuse([`wrangler deploy --dry-run of docs-assets failed:\n${docsAssetsDryRun.stdout}${docsAssetsDryRun.stderr}`]);
}
const vars = withVarOverrides(parseDryRunVars(dryRun.stdout + dryRun.stderr), args.passThrough);

// 2. Real resource ids, not the placeholders.
const placeholders = placeholderBindings(unstable_readConfig({ config: "wrangler.toml", env: args.env || undefined }));
if (placeholders.length > 0 && !args.dryRun) {
  refuse(
    placeholders.map((binding) => `${binding} still has the placeholder id`),
    `Create the resources and write their ids: cd infra && pulumi up --stack ${args.env || "production"}, then npm run infra:sync -- ${args.env || "production"}`,
  );
}

// 3. The secrets that exist in Cloudflare (by name; values are never readable).
let secretNames: string[] | undefined;
if (!args.dryRun) {
  const listed = runWrangler(["secret", "list", "--format", "json", env]);
  if (listed.status !== 0) {
    refuse(
      [
        `wrangler secret list failed (not logged in, or the Worker does not exist yet):\n${listed.stderr || listed.stdout}`,
      ],
      `Set the secrets first: npm run infra:sync -- ${args.env || "production"} (or npx wrangler secret put NAME ${env})`,
    );
  }
  secretNames = parseSecretList(listed.stdout);
}

// 4. The Worker's own rules over vars + secrets.
const refusals = deployRefusals(args.env, vars, secretNames);
if (refusals.length > 0) refuse(refusals, `Set a missing secret with: npx wrangler secret put NAME ${env}`);
for (const warning of deployWarnings(vars, secretNames ?? [])) console.warn(`npm run deploy: warning: ${warning}`);

if (args.dryRun) {
  for (const binding of placeholders) console.warn(`npm run deploy: ${binding} still has the placeholder id`);
  console.log(`\nnpm run deploy --dry-run: ${where} passes the checks that need no account (secrets not checked).`);
  process.exit(0);
}

// 5. Migrations first (additive), then the code that uses them.
const migrations = runWrangler(["d1", "migrations", "apply", "DB", "--remote", env], { inherit: true });
if (migrations.status !== 0) refuse(["wrangler d1 migrations apply DB --remote failed (see above)"]);
// The gateway's ASSETS binding must name a Worker that exists: the static assets go first.
const docsAssets = runWrangler(["deploy", ...DOCS_ASSETS, env], { inherit: true });
if (docsAssets.status !== 0) refuse(["wrangler deploy of docs-assets failed (see above)"]);
const deploy = runWrangler(["deploy", env, ...varArgs, ...args.passThrough], { inherit: true });
process.exit(deploy.status);
