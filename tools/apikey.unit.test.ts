// `npm run apikey` against a throw-away local database: create prints a key once and stores only
// its hash; list shows it; revoke marks it.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const persistTo = mkdtempSync(join(tmpdir(), "apikey-test-"));
afterAll(() => rmSync(persistTo, { recursive: true, force: true }));

function apikey(...args: string[]) {
  const result = spawnSync(process.execPath, ["tools/apikey.ts", ...args, "--persist-to", persistTo], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

function query(sql: string) {
  const wrangler = join(root, "node_modules/wrangler/bin/wrangler.js");
  const result = spawnSync(
    process.execPath,
    [wrangler, "d1", "execute", "DB", "--local", "--env", "dev", "--persist-to", persistTo, "--json", "--command", sql],
    { cwd: root, encoding: "utf8", env: { ...process.env, CI: "true" } },
  );
  return (JSON.parse(result.stdout) as { results: Record<string, unknown>[] }[])[0]?.results ?? [];
}

describe("npm run apikey", () => {
  it("creates, lists and revokes keys in the local database, storing only hashes", () => {
    const created = apikey("create", "ci bot");
    expect(created.status).toBe(0);
    const key = /bgk_[A-Za-z0-9_-]{43}/.exec(created.out)?.[0] ?? "";
    const id = /key_[A-Za-z0-9_-]{12}/.exec(created.out)?.[0] ?? "";
    expect(key).not.toBe("");

    const rows = query("SELECT id, name, key_hash, revoked_at FROM api_keys");
    expect(rows).toEqual([
      { id, name: "ci bot", key_hash: createHash("sha256").update(key).digest("hex"), revoked_at: null },
    ]);
    expect(JSON.stringify(rows)).not.toContain(key);

    const listed = apikey("list");
    expect(listed.out).toContain(`${id}  ci bot`);
    expect(listed.out).not.toContain(key);

    expect(apikey("revoke", id).out).toContain(`Revoked ${id}`);
    expect(query("SELECT revoked_at FROM api_keys")[0]?.revoked_at).toEqual(expect.any(Number));

    expect(apikey("create", "").status).toBe(2);
    expect(apikey("create", "x'; DROP TABLE api_keys; --").status).toBe(2);
  }, 120_000);
});
