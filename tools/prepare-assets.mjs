// Copies Scalar's standalone bundle into the static assets of the docs-assets Worker (the gateway's
// ASSETS service binding), so /docs works offline. Runs wherever that Worker starts (dev-server.mjs,
// vitest.config.ts) and before npm run deploy;
// docs-assets/public/ is generated and not committed.
import { copyFileSync, mkdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// The package exports only its entry (dist/index.js); the browser bundle sits beside it. Resolved
// with require's rules, not import.meta.resolve: vitest's module runner, which loads this through
// the browser tests' setup, has no import.meta.resolve.
const entry = createRequire(import.meta.url).resolve("@scalar/api-reference");
const source = join(dirname(entry), "browser", "standalone.js");
const target = fileURLToPath(new URL("../docs-assets/public/docs/assets/scalar.js", import.meta.url));

mkdirSync(dirname(target), { recursive: true });
const needsCopy = (() => {
  try {
    return statSync(target).size !== statSync(source).size;
  } catch {
    return true;
  }
})();
if (needsCopy) copyFileSync(source, target);
