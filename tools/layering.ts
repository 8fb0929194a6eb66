// The layers of the repository and which may import which (README "Layout"):
//   openapi/ (the contract)  ←  api/ (the Worker)  →  durable/ (the objects)  →  openapi/
// Arrows go one way: the contract imports nothing of ours, the objects never import the Worker, and
// the Worker reaches the objects only through durable/index.ts. Checked by layering.unit.test.ts.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";

export type Layer = "openapi" | "api" | "durable" | "sdk";

/** Where each layer may import from, as repository-relative paths (a folder, or one file). */
export const allowedImports: Record<Layer, string[]> = {
  openapi: ["openapi/"],
  durable: ["durable/", "openapi/"],
  // package.json: the version /health reports.
  api: ["api/", "openapi/", "durable/index.ts", "package.json"],
  // The SDK is published on its own: it may not reach into the repository around it.
  sdk: ["sdk/"],
};

/** Single files with one more door: the Worker entry exports the object classes to wrangler. */
const extraImports: Record<string, string[]> = { "api/index.ts": ["durable/objects.ts"] };

export type Violation = { file: string; imports: string };

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"']+)["']/g;

/** The relative specifiers a source file imports or re-exports (packages and `node:` are not ours). */
export function relativeImports(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((m) => m[1] as string).filter((s) => s.startsWith("."));
}

/** The imports of `file` (repository-relative) that its layer does not allow. */
export function violations(file: string, source: string): Violation[] {
  const layer = file.split("/")[0] as Layer;
  const allowed = allowedImports[layer] && [...allowedImports[layer], ...(extraImports[file] ?? [])];
  if (!allowed) return [];
  return relativeImports(source)
    .map((specifier) => normalize(join(dirname(file), specifier)).replaceAll("\\", "/"))
    .filter((target) => !allowed.some((rule) => (rule.endsWith("/") ? target.startsWith(rule) : target === rule)))
    .map((target) => ({ file, imports: target }));
}

/** Every source file of the three layers, repository-relative (tests included: they obey the same arrows). */
export function layerFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules") walk(path);
      } else if (/\.(ts|mts|cts|mjs|cjs|js)$/.test(entry.name)) files.push(relative(root, path).replaceAll("\\", "/"));
    }
  };
  for (const layer of Object.keys(allowedImports)) walk(join(root, layer));
  return files.sort();
}

export function repositoryViolations(root: string): Violation[] {
  return layerFiles(root).flatMap((file) => violations(file, readFileSync(join(root, file), "utf8")));
}
