import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      /** Set by vitest.config.ts: the migrations the setup file applies. */
      TEST_MIGRATIONS: D1Migration[];
      /** Set by vitest.config.ts: the control API of the loopback Telegram DC the tests use (fault injection, terminate sessions); see tools/telegram-dc/server.ts. */
      TELEGRAM_DC_CONTROL_URL: string;
      /** Set by vitest.config.ts: the loopback AI peer's key (a secret in production, so not in wrangler.toml). */
      AI_API_KEY: string;
      /** Set by vitest.config.ts: the VAPID key pair made for this run (test/peers/push-credentials.ts). */
      VAPID_PUBLIC_KEY: string;
    }
  }
}
