// Generates the SDK's contract files (npm run sdk), so sdk/ imports nothing outside itself:
//  - sdk/schema.d.ts: the REST types, from openapi/openapi.json (openapi-typescript)
//  - sdk/realtime-schema.d.ts: the WebSocket frame types, from asyncapi/asyncapi.json's schemas
//  - sdk/realtime-protocol.ts: the protocol constants, copied from openapi/realtime-protocol.ts
// With --check, compares instead of writing and exits 1 on drift (used by npm test).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const at = (path) => new URL(path, import.meta.url);
const generated = (source) => `// Generated from ${source} by \`npm run sdk\`. Do not edit.\n\n`;

const asyncapi = JSON.parse(readFileSync(at("../asyncapi/asyncapi.json"), "utf8"));
// The frame schemas' $refs point at #/components/schemas, as an OpenAPI document's do: wrapped in
// an empty OpenAPI document they become `components["schemas"]["ServerFrame"]` and friends.
const framesAsOpenApi = {
  openapi: "3.1.0",
  info: { title: asyncapi.info.title, version: asyncapi.info.version },
  paths: {},
  components: { schemas: asyncapi.components.schemas },
};
const protocolSource = readFileSync(at("../openapi/realtime-protocol.ts"), "utf8");

const outputs = [
  {
    target: "../sdk/schema.d.ts",
    text: generated("openapi/openapi.json") + astToString(await openapiTS(at("../openapi/openapi.json"))),
  },
  {
    target: "../sdk/realtime-schema.d.ts",
    text: generated("asyncapi/asyncapi.json") + astToString(await openapiTS(framesAsOpenApi)),
  },
  { target: "../sdk/realtime-protocol.ts", text: generated("openapi/realtime-protocol.ts") + protocolSource },
];

let drift = false;
for (const { target, text } of outputs) {
  const path = fileURLToPath(at(target));
  const name = target.replace("../", "");
  if (!process.argv.includes("--check")) {
    writeFileSync(path, text);
    console.log(`wrote ${name}`);
    continue;
  }
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {}
  if (current !== text) {
    console.error(`${name} is out of date with the contract: run \`npm run sdk\` and commit it.`);
    drift = true;
  } else console.log(`${name} matches the contract.`);
}
if (drift) process.exit(1);
