import { describe, expect, inject, it } from "vitest";
import { useChromium } from "./chromium.ts";

const gatewayUrl = inject("gatewayUrl");
const chromiumBrowser = useChromium();

describe("GET /docs in headless Chromium", () => {
  it("renders the API reference with the health operation, fetching nothing from outside", async (ctx) => {
    const browser = chromiumBrowser();
    if (!browser) return ctx.skip();
    const page = await browser.newPage();
    const outside: string[] = [];
    const pageErrors: string[] = [];
    // Any request that leaves the gateway's origin is recorded and refused.
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(gatewayUrl) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      outside.push(url);
      return route.abort();
    });
    page.on("pageerror", (error) => pageErrors.push(error.message));

    const response = await page.goto(`${gatewayUrl}/docs`);
    expect(response?.status()).toBe(200);
    await expect.poll(async () => (await page.content()).includes("Service health"), { timeout: 30_000 }).toBe(true);
    await page.getByText("Service health").first().waitFor({ state: "visible", timeout: 10_000 });

    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: "test-browser/.last-docs.png" });
    await page.close();
  });
});
