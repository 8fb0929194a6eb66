import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

// Three projects, run by `npm test` after the static checks (tools/test.sh):
//  - unit:    plain modules, in Node, next to their code (*.unit.test.ts)
//  - workers: the real Worker inside workerd with local D1/KV/R2/Queues/Durable Objects (test/**)
//  - browser: pages in headless Chromium against `wrangler dev` (test-browser/**)
export default defineConfig({
  test: {
    // Request logs of passing tests are noise; a failing test still shows its logs.
    silent: "passed-only",
    projects: [
      {
        test: {
          name: "unit",
          environment: "node",
          include: ["{api,durable,openapi,sdk,tools}/**/*.unit.test.ts"],
        },
      },
      {
        plugins: [
          cloudflareTest(async ({ inject }) => {
            // Started by test/setup/telegram-dc.ts (globalSetup below).
            const telegramDc = inject<{ address: string; rsaN: string; controlUrl: string }>("telegramDc");
            return {
              wrangler: { configPath: "./wrangler.toml" },
              miniflare: {
                bindings: {
                  // Applied by test/setup/apply-migrations.ts before each test file.
                  TEST_MIGRATIONS: await readD1Migrations("./migrations"),
                  ENVIRONMENT: "test",
                  LOG_LEVEL: "error",
                  TELEGRAM_DC_ADDRESS: telegramDc.address,
                  TELEGRAM_DC_RSA_N: telegramDc.rsaN,
                  TELEGRAM_DC_CONTROL_URL: telegramDc.controlUrl,
                },
              },
            };
          }),
        ],
        test: {
          name: "workers",
          include: ["test/**/*.test.ts"],
          globalSetup: ["./test/setup/telegram-dc.ts"],
          setupFiles: ["./test/setup/apply-migrations.ts"],
        },
      },
      {
        test: {
          name: "browser",
          environment: "node",
          include: ["test-browser/**/*.test.ts"],
          globalSetup: ["./test-browser/start-worker.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
