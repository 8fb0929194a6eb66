// Generates sdk/schema.d.ts from openapi/openapi.json with openapi-typescript (npm run sdk).
// With --check, compares instead of writing and exits 1 on drift (used by npm test).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const specUrl = new URL("../openapi/openapi.json", import.meta.url);
const targetPath = fileURLToPath(new URL("../sdk/schema.d.ts", import.meta.url));

const header = "// Generated from openapi/openapi.json by `npm run sdk`. Do not edit.\n\n";
const fresh = header + astToString(await openapiTS(specUrl));

if (process.argv.includes("--check")) {
  if (readFileSync(targetPath, "utf8") !== fresh) {
    console.error("sdk/schema.d.ts is out of date with openapi/openapi.json: run `npm run sdk` and commit it.");
    process.exit(1);
  }
  console.log("sdk/schema.d.ts matches openapi/openapi.json.");
} else {
  writeFileSync(targetPath, fresh);
  console.log(`wrote ${targetPath}`);
}
