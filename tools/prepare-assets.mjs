// Copies Scalar's standalone bundle into the static assets of the docs-assets Worker (the gateway's
// ASSETS service binding), so /docs works offline. Runs before start, test, build and deploy;
// docs-assets/public/ is generated and not committed.
import { copyFileSync, mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

// The package exports only its ESM entry (dist/index.js); the browser bundle sits beside it.
const source = fileURLToPath(new URL("./browser/standalone.js", import.meta.resolve("@scalar/api-reference")));
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
