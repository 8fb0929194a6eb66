import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { useChromium } from "./chromium.ts";
import { installPackedSdk, runConsumer, type ScratchConsumer, typecheckConsumer } from "./scratch-consumer.ts";
import { BROWSER_TEST_NUMBERS, TEST_NUMBER_PAIRS } from "./start-worker.ts";

// The SDK as a third party gets it: `npm pack`, installed into a project outside the repository,
// used from Node 20 (the system Node), from the pinned Node and from a page in Chromium.
const gatewayUrl = inject("gatewayUrl");
const chromiumBrowser = useChromium();
const SYSTEM_NODE = "/usr/bin/node";
const { code } = BROWSER_TEST_NUMBERS;

let consumer: ScratchConsumer;
beforeAll(async () => {
  consumer = await installPackedSdk();
}, 120_000);
afterAll(() => consumer?.remove());

const expectedReport = (runtime: string) => ({
  received: `hello from ${runtime}`,
  status: "delivered",
  refreshed: true,
  meAfterRefresh: true,
});

describe("the packed SDK in a scratch project", () => {
  it("ships only built JavaScript and declarations, with openapi-fetch its only dependency", () => {
    const manifest = JSON.parse(readFileSync(join(consumer.dir, "node_modules/@iambig/sdk/package.json"), "utf8"));
    expect(Object.keys(manifest.dependencies)).toEqual(["openapi-fetch"]);
    const dist = join(consumer.dir, "node_modules/@iambig/sdk/dist");
    expect(existsSync(join(dist, "index.js")) && existsSync(join(dist, "index.d.ts"))).toBe(true);
    for (const file of ["client.js", "realtime.js", "index.js"]) {
      expect(readFileSync(join(dist, file), "utf8")).not.toMatch(/from "\.\.\/|\.ts"/);
    }
  });

  it("type-checks a TypeScript caller against the published declarations", async () => {
    await typecheckConsumer(consumer);
  }, 60_000);

  it.runIf(existsSync(SYSTEM_NODE))(
    "runs on the system Node 20: sign in, dialog, send, live receive, refresh",
    async () => {
      const [phoneA, phoneB] = TEST_NUMBER_PAIRS.sdkNode20;
      const report = await runConsumer(consumer, SYSTEM_NODE, {
        GATEWAY_URL: gatewayUrl,
        PHONE_A: phoneA,
        PHONE_B: phoneB,
        CODE: code,
      });
      expect(report.node).toMatch(/^v20\./);
      // Node 20 has no WebSocket: a clear error from start(), then the `ws` package is passed in.
      expect(report.noWebSocket).toBe("NoWebSocketError");
      expect(report).toMatchObject(expectedReport(String(report.node)));
    },
    60_000,
  );

  it("runs on the pinned Node with its global WebSocket", async () => {
    const [phoneA, phoneB] = TEST_NUMBER_PAIRS.sdkPinnedNode;
    const report = await runConsumer(consumer, process.execPath, {
      GATEWAY_URL: gatewayUrl,
      PHONE_A: phoneA,
      PHONE_B: phoneB,
      CODE: code,
    });
    expect(report.globalWebSocket).toBe(true);
    expect(report).toMatchObject(expectedReport(String(report.node)));
  }, 60_000);

  it("runs in Chromium from a page of the API's origin, with nothing fetched elsewhere", async (ctx) => {
    const browser = chromiumBrowser();
    if (!browser) return ctx.skip();
    // bypassCSP: the page starts as an API answer of the gateway (whose CSP is `default-src 'none'`).
    const page = await browser.newPage({ bypassCSP: true });
    const outside: string[] = [];
    // The installed package's files are served from the scratch project, under a path of the
    // gateway's origin; everything else goes to the real gateway.
    const served = `${gatewayUrl}/__consumer/`;
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(served)) {
        const file = join(consumer.dir, new URL(url).pathname.slice("/__consumer/".length));
        return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file, "utf8") });
      }
      if (url.startsWith(gatewayUrl)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    const [phoneA, phoneB] = TEST_NUMBER_PAIRS.sdkBrowser;
    // A document loaded from the gateway itself: Chromium's local-network-access checks refuse
    // loopback sockets from a page it did not load over the network. Then the consumer's page.
    await page.goto(`${gatewayUrl}/api/v1/health`);
    await page.setContent(readFileSync(join(consumer.dir, "page.html"), "utf8"));
    await page.waitForFunction(() => document.title === "ready", undefined, { timeout: 10_000 });
    const report = await page.evaluate(
      ({ phoneA, phoneB, code }) =>
        (window as unknown as { runFlow: (input: object) => Promise<Record<string, unknown>> }).runFlow({
          baseUrl: location.origin,
          phoneA,
          phoneB,
          code,
          runtime: "chromium",
        }),
      { phoneA, phoneB, code },
    );
    expect(report).toMatchObject(expectedReport("chromium"));
    expect(outside).toEqual([]);
    await page.close();
  }, 60_000);
});
