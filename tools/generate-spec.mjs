// Writes openapi/openapi.json from the routes declared in openapi/ (npm run spec).
// With --check, compares instead of writing and exits 1 on drift (used by npm test).
import { readFileSync, writeFileSync } from "node:fs";
import { registerHooks } from "node:module";
import { fileURLToPath } from "node:url";

// Node 24 strips the types of the .ts modules it imports, and the document needs the routes only,
// never a Worker runtime. But api/ reaches durable/ through durable/index.ts, whose Durable Object
// classes extend `DurableObject` from `cloudflare:workers`, a module only workerd has: here it is
// an empty stand-in (no object is constructed while the document is built).
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier !== "cloudflare:workers") return nextResolve(specifier, context);
    return { url: "data:text/javascript,export class DurableObject {}", shortCircuit: true };
  },
});
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
