import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { APNS_PEER_BASE, APNS_SANDBOX_PEER_BASE, apnsPeer } from "./test/peers/apns.ts";
import { cloudflareSfuPeer, SFU_PEER_BASE, SFU_TEST_APP } from "./test/peers/cloudflare-sfu.ts";
import {
  CLOUDFLARE_TURN_PEER_BASE,
  CLOUDFLARE_TURN_TEST_KEY,
  cloudflareTurnPeer,
} from "./test/peers/cloudflare-turn.ts";
import { FCM_PEER_BASE, fcmPeer } from "./test/peers/fcm.ts";
import { APNS_TEST_CREDENTIALS, FCM_TEST_ACCOUNT, VAPID_TEST_KEYS } from "./test/peers/push-credentials.ts";
import { TWILIO_PEER_BASE, TWILIO_TEST_ACCOUNT, twilioPeer } from "./test/peers/twilio.ts";
import { webhookPeer } from "./test/peers/webhook.ts";
import { webPushPeer } from "./test/peers/webpush.ts";
// Scalar's bundle into docs-assets/public, the static assets of the auxiliary Worker below.
import "./tools/prepare-assets.mjs";

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

/** docs-assets/wrangler.toml under [env.dev], as Miniflare runs it: static assets and no code. */
const docsAssetsWorker = {
  name: "big-gateway-dev-docs-assets",
  compatibilityDate: "2026-10-01",
  modules: true,
  script: "",
  assets: { directory: "./docs-assets/public", routerConfig: { has_user_worker: false } },
};

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
            // Started by test/setup/ai-peer.ts (globalSetup below).
            const aiPeer = inject<{ baseUrl: string; apiKey: string; model: string }>("aiPeer");
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
                  // The assistant talks to the loopback OpenAI-compatible peer (tools/ai-peer).
                  AI_BASE_URL: aiPeer.baseUrl,
                  AI_API_KEY: aiPeer.apiKey,
                  AI_MODEL: aiPeer.model,
                  AI_TURN_TIMEOUT_MS: "4000",
                  AI_SAVE_INTERVAL_MS: "100",
                  // Push goes to the local APNs, FCM (+ OAuth) and Web Push peers (test/peers/), with
                  // credentials made fresh for this run (test/peers/push-credentials.ts).
                  APNS_KEY_ID: APNS_TEST_CREDENTIALS.keyId,
                  APNS_TEAM_ID: APNS_TEST_CREDENTIALS.teamId,
                  APNS_PRIVATE_KEY: APNS_TEST_CREDENTIALS.privateKeyPem,
                  APNS_API_BASE: APNS_PEER_BASE,
                  APNS_SANDBOX_API_BASE: APNS_SANDBOX_PEER_BASE,
                  FCM_SERVICE_ACCOUNT: JSON.stringify(FCM_TEST_ACCOUNT),
                  FCM_API_BASE: FCM_PEER_BASE,
                  VAPID_PUBLIC_KEY: VAPID_TEST_KEYS.publicKey,
                  VAPID_PRIVATE_KEY: VAPID_TEST_KEYS.privateKey,
                  // ICE servers: Cloudflare Realtime TURN at its local peer (test/peers/cloudflare-turn.ts).
                  TURN_PROVIDER: "cloudflare",
                  CLOUDFLARE_TURN_API_BASE: CLOUDFLARE_TURN_PEER_BASE,
                  TURN_KEY_ID: CLOUDFLARE_TURN_TEST_KEY.keyId,
                  TURN_KEY_API_TOKEN: CLOUDFLARE_TURN_TEST_KEY.apiToken,
                  // Calls past the mesh limit: Cloudflare Realtime SFU at its local peer (test/peers/cloudflare-sfu.ts).
                  SFU_APP_ID: SFU_TEST_APP.appId,
                  SFU_APP_TOKEN: SFU_TEST_APP.appToken,
                  SFU_API_BASE: SFU_PEER_BASE,
                  // Attachments: small limits, so tests reach them with a few small files.
                  ATTACHMENT_MAX_BYTES: "1048576",
                  ATTACHMENT_DAILY_QUOTA_BYTES: "6291456",
                  ATTACHMENT_TOTAL_QUOTA_BYTES: "10485760",
                },
                // The Worker's ASSETS service binding: the Worker of static assets that serves
                // Scalar's bundle (docs-assets/wrangler.toml), named as [env.dev] names it.
                workers: [docsAssetsWorker],
                // Every fetch the Worker (or a test) makes leaves through here: local peers for
                // external services answer theirs, the rest goes out as usual.
                outboundService: async (request: Request) =>
                  (await twilioPeer(request)) ??
                  (await apnsPeer(request)) ??
                  (await fcmPeer(request)) ??
                  (await webPushPeer(request)) ??
                  (await cloudflareTurnPeer(request)) ??
                  (await cloudflareSfuPeer(request)) ??
                  (await webhookPeer(request)) ??
                  forward(request),
              },
            };
          }),
        ],
        test: {
          name: "workers",
          include: ["test/**/*.test.ts"],
          globalSetup: ["./test/setup/telegram-dc.ts", "./test/setup/ai-peer.ts"],
          setupFiles: ["./test/setup/apply-migrations.ts"],
          // A failsafe, not a measure: no test asserts a duration, and on a loaded 2-core machine
          // vitest's default 5 s cut off tests that take ~1 s on an idle one.
          testTimeout: 30_000,
          // One runtime per vitest worker for all the files it runs, not a fresh one per file:
          // starting workerd for each of ~150 files was most of the suite's time (on a 2-core
          // machine the whole vitest run took 713-748 s; this project alone now takes 190 s).
          // Files still run one at a time in a runtime, but its storage and the Worker's module
          // state carry over from file to file, so a test asserts on its own rows (its users,
          // chats, keys) or on a count before and after, never on a whole table.
          isolate: false,
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
