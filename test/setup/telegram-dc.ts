// Global setup of the workers project: starts the loopback Telegram DC (tools/telegram-dc) in
// Node for the whole run and hands its address and RSA key to vitest.config.ts, which passes them
// to the Worker as TELEGRAM_DC_ADDRESS / TELEGRAM_DC_RSA_N bindings.
import type { TestProject } from "vitest/node";
import { startLoopbackDc } from "../../tools/telegram-dc/server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    telegramDc: { address: string; rsaN: string; controlUrl: string };
  }
}

export default async function setup(project: TestProject) {
  const dc = await startLoopbackDc({
    log: process.env.TELEGRAM_DC_LOG ? (line) => console.log(`[dc] ${line}`) : undefined,
  });
  project.provide("telegramDc", { address: `${dc.host}:${dc.port}`, rsaN: dc.rsa.nHex, controlUrl: dc.controlUrl });
  return () => dc.close();
}
