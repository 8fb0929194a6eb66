// Builds the SDK package into sdk/dist (npm run sdk:build; npm pack in sdk/ runs it too):
// tsc emits the JavaScript and .d.ts, and the generated .d.ts contract files are copied beside
// them (tsc never emits files that are declarations already).
import { execFileSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const sdk = fileURLToPath(new URL("../sdk/", import.meta.url));
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

rmSync(`${sdk}dist`, { recursive: true, force: true });
// Output on stderr: `npm pack --json` runs this as prepack and its stdout must stay JSON.
execFileSync(process.execPath, [tsc, "-p", `${sdk}tsconfig.json`], { stdio: ["ignore", 2, 2] });
for (const name of readdirSync(sdk).filter((file) => file.endsWith(".d.ts"))) {
  copyFileSync(`${sdk}${name}`, `${sdk}dist/${name}`);
}
// tsc rewrites "./x.ts" to "./x.js" in the JavaScript but not in the declarations; consumers'
// TypeScript (any moduleResolution) finds "./x.d.ts" from "./x.js", so say ".js" there too.
for (const name of readdirSync(`${sdk}dist`).filter((file) => file.endsWith(".d.ts"))) {
  const path = `${sdk}dist/${name}`;
  writeFileSync(path, readFileSync(path, "utf8").replace(/(["'])(\.\/[\w-]+?)(?:\.d)?\.ts\1/g, "$1$2.js$1"));
}
console.error("built sdk/dist");
