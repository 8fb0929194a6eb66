// `npm run infra:sync -- <stack> [--outputs FILE|-]`
//
// Carries what `pulumi up` made for a stack over to wrangler: writes the D1 and KV ids into that
// stack's section of wrangler.toml (production = the top level, staging = [env.staging]) and
// uploads the Worker's secrets (the stack's secret output `workerSecrets`) with
// `wrangler secret bulk`, which also creates the Worker as an empty draft if it does not exist
// yet. The outputs come from `pulumi stack output --json --show-secrets` (run in infra/), or from
// a file (`-` = stdin) for machines without the Pulumi CLI. Secret values are never printed.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseStackOutputs, STACK_ENVS, writeBindingIds } from "./infra-sync-toml.ts";
import { envFlag, root, runWrangler } from "./wrangler-cli.ts";

function fail(message: string): never {
  console.error(`npm run infra:sync: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const stack = args[0] ?? "";
const env = STACK_ENVS[stack];
if (env === undefined) fail(`usage: npm run infra:sync -- <${Object.keys(STACK_ENVS).join("|")}> [--outputs FILE|-]`);
const outputsIndex = args.indexOf("--outputs");
const outputsFile = outputsIndex >= 0 ? args[outputsIndex + 1] : undefined;

function readOutputs(): string {
  if (outputsFile) return readFileSync(outputsFile === "-" ? 0 : outputsFile, "utf8");
  const pulumi = spawnSync("pulumi", ["stack", "output", "--json", "--show-secrets", "--stack", stack], {
    cwd: join(root, "infra"),
    encoding: "utf8",
  });
  if (pulumi.error || pulumi.status !== 0) {
    fail(`pulumi stack output failed (is the Pulumi CLI installed and logged in?): ${pulumi.stderr ?? pulumi.error}`);
  }
  return pulumi.stdout;
}

const outputs = parseStackOutputs(readOutputs());
const tomlPath = join(root, "wrangler.toml");
writeFileSync(tomlPath, writeBindingIds(readFileSync(tomlPath, "utf8"), env, outputs));
console.log(
  `wrangler.toml: ${env ? `[env.${env}]` : "top level"} now binds D1 ${outputs.d1DatabaseId}, KV ${outputs.kvNamespaceId}`,
);

const bulk = runWrangler(["secret", "bulk", envFlag(env)], { input: JSON.stringify(outputs.workerSecrets) });
if (bulk.status !== 0) fail(`wrangler secret bulk failed:\n${bulk.stderr || bulk.stdout}`);
console.log(`secrets set on the Worker: ${Object.keys(outputs.workerSecrets).join(", ")}`);
console.log(`Commit wrangler.toml, then: npm run deploy${env ? ` -- --env ${env}` : ""}`);
