// Writes asyncapi/asyncapi.json (the realtime WebSocket) from the frame schemas (npm run asyncapi).
// With --check, compares instead of writing and exits 1 on drift (used by npm test).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildAsyncApiDocument } from "./asyncapi.mjs";

const path = fileURLToPath(new URL("../asyncapi/asyncapi.json", import.meta.url));
const fresh = `${JSON.stringify(buildAsyncApiDocument(), null, 2)}\n`;

if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(path, "utf8");
  } catch {}
  if (committed !== fresh) {
    console.error(
      "asyncapi/asyncapi.json is out of date with the frame schemas: run `npm run asyncapi` and commit it.",
    );
    process.exit(1);
  }
  console.log("asyncapi/asyncapi.json matches the frame schemas.");
} else {
  mkdirSync(fileURLToPath(new URL("../asyncapi/", import.meta.url)), { recursive: true });
  writeFileSync(path, fresh);
  console.log(`wrote ${path}`);
}
