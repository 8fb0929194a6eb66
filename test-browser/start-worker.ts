import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, startGateway } from "../tools/dev-server.mjs";
import { requireChromiumOrWarn } from "./chromium-path.ts";

declare module "vitest" {
  export interface ProvidedContext {
    gatewayUrl: string;
    /** A Telegram-proxy API key in the gateway's database (made with `npm run apikey`). */
    apiKey: string;
    adminToken: string;
  }
}

/** Numbers that sign in with a fixed code on this test gateway (never texted). */
export const BROWSER_TEST_NUMBERS = {
  alice: "+12015550171",
  bob: "+12015550172",
  carol: "+12015550173",
  code: "424242",
} as const;

/**
 * Pairs of test numbers, one per test that signs two users in, so that no test meets another's
 * 60 s code cooldown (all share the same code).
 */
export const TEST_NUMBER_PAIRS = {
  sdkNode20: ["+12015550181", "+12015550182"],
  sdkPinnedNode: ["+12015550183", "+12015550184"],
  sdkBrowser: ["+12015550185", "+12015550186"],
  postman: ["+12015550191", "+12015550192"],
  presigned: ["+12015550195", "+12015550196"],
  /** The README's curl walkthrough and the Postman defaults (.dev.vars.example). */
  readme: ["+12015550101", "+12015550102"],
} as const;

/** The browser tests talk to a real `wrangler dev`, on its own port and its own local storage. */
export default async function setup(project: TestProject) {
  requireChromiumOrWarn();
  const persistTo = mkdtempSync(join(tmpdir(), "big-gateway-browser-"));
  // The key is made the way an operator makes one, before the server opens the database.
  const apikey = execFileSync(
    process.execPath,
    ["tools/apikey.ts", "create", "browser-tests", "--persist-to", persistTo],
    {
      encoding: "utf8",
    },
  );
  const apiKey = apikey.match(/\bbgk_\S+/)?.[0];
  if (!apiKey) throw new Error(`npm run apikey printed no key:\n${apikey}`);
  const adminToken = `admin-${crypto.randomUUID()}-${crypto.randomUUID()}`;
  const { alice, bob, carol, code } = BROWSER_TEST_NUMBERS;
  const numbers = [alice, bob, carol, ...Object.values(TEST_NUMBER_PAIRS).flat()];
  const gateway = await startGateway({
    port: await freePort(),
    persistTo,
    extraVars: {
      AUTH_TEST_NUMBERS: numbers.map((phone) => `${phone}:${code}`).join(","),
      // The operator API is off without it (the Postman collection's Admin folder uses it).
      ADMIN_TOKEN: adminToken,
      // Every browser test file signs the same test numbers in from 127.0.0.1 against this one
      // gateway: the anti-lock-out cap of codes per phone per client (3 a day) would refuse the
      // fourth (and the per-client hourly cap, the thirty-first). The caps themselves are tested in
      // workers tests (test/abuse-sign-in-lockout.test.ts).
      AUTH_CODE_DAILY_LIMIT_PER_PHONE_PER_IP: "1000",
      AUTH_CODE_DAILY_LIMIT_PER_PHONE: "1000",
      AUTH_CODE_HOURLY_LIMIT_PER_IP: "1000",
    },
  });
  project.provide("gatewayUrl", gateway.url);
  project.provide("apiKey", apiKey);
  project.provide("adminToken", adminToken);
  return async () => {
    await gateway.stop();
    rmSync(persistTo, { recursive: true, force: true });
  };
}
