import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      /** Set by vitest.config.ts: the migrations the setup file applies. */
      TEST_MIGRATIONS: D1Migration[];
      /** Set by vitest.config.ts: the loopback Telegram DC the proxy talks to in tests. */
      TELEGRAM_DC_ADDRESS: string;
      TELEGRAM_DC_RSA_N: string;
      /** Its control API (fault injection, terminate sessions); see tools/telegram-dc/server.ts. */
      TELEGRAM_DC_CONTROL_URL: string;
    }
  }
}
