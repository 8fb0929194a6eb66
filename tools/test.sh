#!/usr/bin/env bash
# `npm test`: static checks first, then every test project. Fails fast: the first red step stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "typecheck (tsc --noEmit, strict)"
tsc --noEmit -p tsconfig.json
tsc --noEmit -p tsconfig.node.json
tsc --noEmit -p infra/tsconfig.json

step "lint + format (biome ci)"
biome ci --error-on-warnings .

step "OpenAPI lint (redocly)"
redocly lint openapi/openapi.json --format=stylish

step "breaking changes against the released API (openapi/released.json, redocly diff)"
node tools/breaking-changes.mjs

step "drift: openapi/openapi.json, the SDK's generated files, asyncapi/asyncapi.json, worker-configuration.d.ts"
node tools/generate-spec.mjs --check
node tools/generate-sdk.mjs --check
node tools/generate-asyncapi.mjs --check
wrangler types --strict-vars=false --check >/dev/null 2>&1 || {
  echo "worker-configuration.d.ts is out of date with wrangler.toml: run \`npm run types\` and commit it." >&2
  exit 1
}
echo "worker-configuration.d.ts matches wrangler.toml."

step "tests: unit (Node), workers (workerd), browser (Chromium)"
vitest run "$@"

# Said again at the end, where it cannot scroll away: a run that skipped the browser tests.
if [ "${CI:-}" != "true" ] && [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  printf '\n\033[1;31m!! The browser tests were SKIPPED: no Chromium (apt-get install chromium).\033[0m\n' >&2
fi
