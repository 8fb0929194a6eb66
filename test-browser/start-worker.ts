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

/** The browser tests talk to a real `wrangler dev`, on its own port and its own local storage. */
export default async function setup(project: TestProject) {
  const persistTo = mkdtempSync(join(tmpdir(), "big-gateway-browser-"));
  const gateway = await startGateway({ port: await freePort(), persistTo });
  project.provide("gatewayUrl", gateway.url);
  return async () => {
    await gateway.stop();
    rmSync(persistTo, { recursive: true, force: true });
  };
}
