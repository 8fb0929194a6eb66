import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { TWILIO_PEER_BASE, TWILIO_TEST_ACCOUNT, twilioPeer } from "./test/peers/twilio.ts";

/** Sends a request the Worker made on from Node (a request body must be buffered for Node's fetch). */
async function forward(request: Request): Promise<Response> {
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? await request.arrayBuffer() : undefined,
    redirect: "manual",
  });
}

// Four projects, run by `npm test` after the static checks (tools/test.sh):
//  - unit:    plain modules, in Node, next to their code (*.unit.test.ts)
//  - infra:   the Pulumi program with Pulumi's mocks, and wrangler.toml kept in step with it
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
        // The Pulumi program (infra/, its own package: `npm install` installs it by postinstall),
        // against pulumi.runtime.setMocks, and wrangler.toml checked against it.
        test: {
          name: "infra",
          environment: "node",
          include: ["infra/*.unit.test.ts"],
        },
      },
      {
        plugins: [
          cloudflareTest(async ({ inject }) => {
            // Started by test/setup/telegram-dc.ts (globalSetup below).
            const telegramDc = inject<{ address: string; rsaN: string; controlUrl: string }>("telegramDc");
            return {
              // [env.dev]: the local section (the top level is production).
              wrangler: { configPath: "./wrangler.toml", environment: "dev" },
              miniflare: {
                bindings: {
                  // Applied by test/setup/apply-migrations.ts before each test file.
                  TEST_MIGRATIONS: await readD1Migrations("./migrations"),
                  ENVIRONMENT: "test",
                  LOG_LEVEL: "error",
                  // Sign-in codes go to the local Twilio peer (test/peers/twilio.ts), where tests read them.
                  SMS_PROVIDER: "twilio",
                  TWILIO_API_BASE: TWILIO_PEER_BASE,
                  TWILIO_ACCOUNT_SID: TWILIO_TEST_ACCOUNT.accountSid,
                  TWILIO_AUTH_TOKEN: TWILIO_TEST_ACCOUNT.authToken,
                  TWILIO_FROM: TWILIO_TEST_ACCOUNT.from,
                  // The Telegram proxy talks MTProto to the loopback DC (tools/telegram-dc).
                  TELEGRAM_DC_ADDRESS: telegramDc.address,
                  TELEGRAM_DC_RSA_N: telegramDc.rsaN,
                  TELEGRAM_DC_CONTROL_URL: telegramDc.controlUrl,
                  // Attachments: small limits, so tests reach them with a few small files.
                  ATTACHMENT_MAX_BYTES: "1048576",
                  ATTACHMENT_DAILY_QUOTA_BYTES: "6291456",
                  ATTACHMENT_TOTAL_QUOTA_BYTES: "10485760",
                },
                // Every fetch the Worker (or a test) makes leaves through here: local peers for
                // external services answer theirs, the rest goes out as usual.
                outboundService: async (request: Request) => (await twilioPeer(request)) ?? forward(request),
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
