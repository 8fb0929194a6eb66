import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { CHROMIUM_PATH } from "./chromium-path.ts";

/**
 * Debian's Chromium, or undefined when the machine has none (the global setup has warned loudly,
 * or failed the run with CI=true: test-browser/chromium-path.ts).
 */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser | undefined> {
  if (!existsSync(CHROMIUM_PATH)) {
    if (process.env.CI === "true") throw new Error(`CI=true but there is no Chromium at ${CHROMIUM_PATH}`);
    return undefined;
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-gpu",
      "--disable-quic",
      ...extraArgs,
    ],
  });
}

/**
 * One Chromium for a test file: launched before its tests, closed after them. The getter answers
 * undefined when the machine has no browser (and CI=false), so a test can skip.
 */
export function useChromium(extraArgs: string[] = []): () => Browser | undefined {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(extraArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser;
}

/**
 * WebRTC between pages of one machine, offline (measured: connected in ~3 s): fake camera and
 * microphone with no permission prompt, and host candidates on loopback — without
 * --allow-loopback-in-peer-connection the peers never connect.
 */
export const WEBRTC_FLAGS = [
  "--use-fake-ui-for-media-stream",
  "--use-fake-device-for-media-stream",
  "--allow-loopback-in-peer-connection",
  "--disable-features=WebRtcHideLocalIpsWithMdns",
];
