import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, startGateway } from "../tools/dev-server.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    gatewayUrl: string;
  }
}

/** Numbers that sign in with a fixed code on this test gateway (never texted). */
export const BROWSER_TEST_NUMBERS = {
  alice: "+12015550171",
  bob: "+12015550172",
  carol: "+12015550173",
  code: "424242",
} as const;

/** The browser tests talk to a real `wrangler dev`, on its own port and its own local storage. */
export default async function setup(project: TestProject) {
  const persistTo = mkdtempSync(join(tmpdir(), "big-gateway-browser-"));
  const { alice, bob, carol, code } = BROWSER_TEST_NUMBERS;
  const gateway = await startGateway({
    port: await freePort(),
    persistTo,
    extraVars: { AUTH_TEST_NUMBERS: `${alice}:${code},${bob}:${code},${carol}:${code}` },
  });
  project.provide("gatewayUrl", gateway.url);
  return async () => {
    await gateway.stop();
    rmSync(persistTo, { recursive: true, force: true });
  };
}
