import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";

// The shell examples of the README and the guides marked `<!-- example: run -->` run here, as
// written, against the test gateway: a drifted example fails. Only the server's address and the
// API key placeholder are replaced; curl fails on any HTTP error (--fail-with-body) and so does
// the block (set -euo pipefail).
const gatewayUrl = inject("gatewayUrl");
const apiKey = inject("apiKey");
const run = promisify(execFile);

const MARKED_BLOCK = /<!-- example: run -->\s*\n```sh\n([\s\S]*?)```/g;
const sources = ["README.md", ...readdirSync("docs-site/guides").map((file) => `docs-site/guides/${file}`)];
const examples = sources.flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(MARKED_BLOCK)].map((match, index) => ({
    name: `${file} #${index + 1}`,
    script: match[1] ?? "",
  })),
);

const prelude = `set -euo pipefail
curl() { command curl --fail-with-body --show-error "$@"; }
`;

describe("the documented shell examples", () => {
  it("are there: the README walkthrough, the quickstart, the Telegram proxy", () => {
    expect(examples.map((example) => example.name.split(" ")[0])).toEqual(
      expect.arrayContaining([
        "README.md",
        "docs-site/guides/10-quickstart.md",
        "docs-site/guides/40-telegram-proxy.md",
      ]),
    );
  });

  it.each(examples)(
    "$name runs as written",
    async ({ script }) => {
      const runnable = script.replaceAll("http://localhost:8787", gatewayUrl).replace(/^KEY=.*$/m, `KEY='${apiKey}'`);
      const { stdout } = await run("bash", ["-c", prelude + runnable], { timeout: 60_000 });
      // Where the example shows its output in a comment, the run printed that shape.
      for (const shown of [...script.matchAll(/^# (\{.*\})$/gm)].map((match) => match[1] ?? "")) {
        const keys = [...shown.matchAll(/"(\w+)":/g)].map((match) => match[1]);
        expect(
          keys.every((key) => stdout.includes(`"${key}"`)),
          `${shown}\nin\n${stdout}`,
        ).toBe(true);
      }
    },
    90_000,
  );
});
