// `npm run infra:sync` writes a stack's ids into its own section of wrangler.toml, and nowhere else.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { unstable_readConfig } from "wrangler";
import { STACKS } from "../infra/names.ts";
import { parseStackOutputs, STACK_ENVS, writeBindingIds } from "./infra-sync-toml.ts";

const original = readFileSync(new URL("../wrangler.toml", import.meta.url), "utf8");
const dir = mkdtempSync(join(tmpdir(), "infra-sync-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** wrangler's own reading of an edited copy of wrangler.toml (main and assets resolve beside it). */
function readEdited(toml: string, env: string) {
  const path = join(dir, "wrangler.toml");
  writeFileSync(path, toml);
  return unstable_readConfig({ config: path, env: env || undefined });
}

const ids = { d1DatabaseId: "3f2a9c1e-7b4d-4e8a-9c0f-1a2b3c4d5e6f", kvNamespaceId: "9f3c0b0e5d7a4c1e8b2a6d4f0e1c3b5a" };

describe("writeBindingIds", () => {
  it("sets staging's D1 and KV ids and leaves production and dev on theirs", () => {
    const edited = writeBindingIds(original, "staging", ids);
    expect(readEdited(edited, "staging").d1_databases[0]?.database_id).toBe(ids.d1DatabaseId);
    expect(readEdited(edited, "staging").kv_namespaces[0]?.id).toBe(ids.kvNamespaceId);
    for (const env of ["", "dev"]) {
      expect(readEdited(edited, env).d1_databases[0]?.database_id).toBe("00000000-0000-0000-0000-000000000000");
      expect(readEdited(edited, env).kv_namespaces[0]?.id).toBe("00000000000000000000000000000000");
    }
    // A text edit: every comment of the file survives.
    expect(edited.split("\n").filter((line) => line.startsWith("#"))).toEqual(
      original.split("\n").filter((line) => line.startsWith("#")),
    );
  });

  it("sets production's ids in the top-level sections", () => {
    const edited = writeBindingIds(original, "", ids);
    expect(readEdited(edited, "").d1_databases[0]?.database_id).toBe(ids.d1DatabaseId);
    expect(readEdited(edited, "staging").d1_databases[0]?.database_id).toBe("00000000-0000-0000-0000-000000000000");
  });

  it("refuses an environment the file does not have", () => {
    expect(() => writeBindingIds(original, "qa", ids)).toThrow(/no \[\[env\.qa\.d1_databases\]\]/);
  });
});

describe("STACK_ENVS", () => {
  it("maps the stacks to wrangler.toml sections exactly as the Pulumi program does", () => {
    expect(STACK_ENVS).toEqual(STACKS);
  });
});

describe("parseStackOutputs", () => {
  const outputs = { ...ids, workerSecrets: { JWT_SECRET: "j".repeat(48) } };

  it("reads the ids and the secrets of `pulumi stack output --json --show-secrets`", () => {
    expect(parseStackOutputs(JSON.stringify(outputs))).toEqual(outputs);
  });

  it("refuses outputs read without --show-secrets, or from an unfinished stack", () => {
    expect(() => parseStackOutputs(JSON.stringify({ ...outputs, workerSecrets: "[secret]" }))).toThrow(
      /--show-secrets/,
    );
    expect(() => parseStackOutputs(JSON.stringify({ ...outputs, d1DatabaseId: '"; evil = "' }))).toThrow(/D1 id/);
    expect(() => parseStackOutputs(JSON.stringify({ workerSecrets: {} }))).toThrow(/d1DatabaseId/);
  });
});
