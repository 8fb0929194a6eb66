import { existsSync } from "node:fs";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Called once per run from the browser project's global setup, in vitest's own process: what it
 * prints there is not hidden by `silent: "passed-only"`, unlike a warning from inside a skipped test.
 * With CI=true a missing browser fails the run: CI must never pass by skipping the browser tests.
 */
export function requireChromiumOrWarn(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (process.env.CI === "true") throw new Error(`CI=true but there is no Chromium at ${CHROMIUM_PATH}`);
  const bar = "!".repeat(78);
  process.stderr.write(
    `\n\x1b[1;31m${bar}\n!! SKIPPING THE BROWSER TESTS: no Chromium at ${CHROMIUM_PATH}.\n` +
      `!! Install it (apt-get install chromium) or set CHROMIUM_PATH. CI=true makes this a failure.\n${bar}\x1b[0m\n\n`,
  );
}
