import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const sdkDir = fileURLToPath(new URL("../sdk/", import.meta.url));
const consumerFiles = fileURLToPath(new URL("./sdk-consumer/", import.meta.url));

/** The version of `ws` a Node 20 consumer installs for the realtime client (Node 20 has no WebSocket). */
const WS_VERSION = "8.21.0";

export type ScratchConsumer = { dir: string; tarball: string; remove: () => void };

/**
 * Packs sdk/ as npm would publish it (`npm pack` runs the build) and installs the tarball into a
 * new project under the system temp dir: nothing there can resolve a file of this repository.
 */
export async function installPackedSdk(): Promise<ScratchConsumer> {
  const dir = mkdtempSync(join(tmpdir(), "big-sdk-consumer-"));
  const packed = await run("npm", ["pack", "--json", "--pack-destination", dir], { cwd: sdkDir });
  const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
  const tarball = join(dir, filename);
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({
      name: "sdk-consumer",
      private: true,
      type: "module",
      dependencies: { "@iambig/sdk": `file:${tarball}`, ws: WS_VERSION },
    }),
  );
  for (const name of readdirSync(consumerFiles)) copyFileSync(join(consumerFiles, name), join(dir, name));
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], { cwd: dir });
  return { dir, tarball, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `node consumer.mjs` in the scratch project with the given Node binary; answers its JSON report. */
export async function runConsumer(
  consumer: ScratchConsumer,
  nodeBinary: string,
  env: Record<string, string>,
): Promise<Record<string, unknown>> {
  const { stdout } = await run(nodeBinary, ["consumer.mjs"], {
    cwd: consumer.dir,
    env: { PATH: process.env.PATH ?? "", ...env },
    timeout: 30_000,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, unknown>;
}

/** Type-checks check.ts in the scratch project against the package's published .d.ts. */
export async function typecheckConsumer(consumer: ScratchConsumer): Promise<void> {
  writeFileSync(
    join(consumer.dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        lib: ["ES2022", "DOM"],
        types: [],
        strict: true,
        noEmit: true,
      },
      files: ["check.ts"],
    }),
  );
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  await run(process.execPath, [tsc, "-p", join(consumer.dir, "tsconfig.json")], { cwd: consumer.dir });
}
