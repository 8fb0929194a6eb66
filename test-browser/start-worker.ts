import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startGateway } from "../tools/dev-server.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    gatewayUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
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
