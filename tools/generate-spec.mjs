// Writes openapi/openapi.json from the routes declared in openapi/ (npm run spec).
// With --check, compares instead of writing and exits 1 on drift (used by npm test).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Node 24 strips the types of the .ts modules it imports; the routes need no Workers runtime
// (durable/index.ts, api/'s door into the objects, holds no class that would).
const { buildOpenApiDocument } = await import("../api/app.ts");

const specPath = fileURLToPath(new URL("../openapi/openapi.json", import.meta.url));

function renderSpec() {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}

const fresh = renderSpec();
if (process.argv.includes("--check")) {
  const committed = readFileSync(specPath, "utf8");
  if (committed !== fresh) {
    console.error("openapi/openapi.json is out of date with the routes: run `npm run spec` and commit it.");
    process.exit(1);
  }
  console.log("openapi/openapi.json matches the routes.");
} else {
  writeFileSync(specPath, fresh);
  console.log(`wrote ${specPath}`);
}
