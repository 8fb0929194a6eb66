import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startWorker } from "../tools/dev-server.mjs";
import { useChromium } from "./chromium.ts";

// The docs portal (docs.iambig.ai) as it is deployed: docs-site/dist served as Workers static
// assets by `wrangler dev --config docs-site/wrangler.toml`, which is what `npm run docs` runs.
const chromiumBrowser = useChromium();
const dist = fileURLToPath(new URL("../docs-site/dist/", import.meta.url));
let portal: { url: string; stop: () => Promise<void> };

beforeAll(async () => {
  execFileSync(process.execPath, ["docs-site/build.mjs"]);
  portal = await startWorker({ port: await freePort(), configPath: "docs-site/wrangler.toml" });
}, 60_000);
afterAll(async () => {
  await portal?.stop();
});

/** Opens a page, refusing (and recording) every request that leaves `origin`. */
async function open(page: Page, url: string, origin: string) {
  const outside: string[] = [];
  const failed: string[] = [];
  await page.route("**/*", (route) => {
    const target = route.request().url();
    if (target.startsWith(origin) || target.startsWith("data:") || target.startsWith("blob:")) return route.continue();
    outside.push(target);
    return route.abort();
  });
  page.on("response", (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  const response = await page.goto(url);
  return { response, outside, failed };
}

/** Every link of the page that stays on the portal, without its #fragment. */
async function siteLinks(page: Page, origin: string): Promise<string[]> {
  const hrefs = await page.$$eval("a[href]", (links) => links.map((link) => (link as HTMLAnchorElement).href));
  return [...new Set(hrefs.filter((href) => href.startsWith(origin)).map((href) => href.split("#")[0] ?? href))];
}

describe("the docs portal served as static assets", () => {
  it("home, a guide and the reference: no broken link, nothing fetched from outside", async (ctx) => {
    const browser = chromiumBrowser();
    if (!browser) return ctx.skip();
    const guidePages = readdirSync(fileURLToPath(new URL("../docs-site/guides/", import.meta.url)))
      .filter((file) => file.endsWith(".md") && !file.startsWith("00-"))
      .map((file) => `${file.replace(/^\d+-/, "").replace(/\.md$/, "")}.html`);
    const links = new Set<string>();

    for (const path of ["/", "/sign-in.html", "/reference.html"]) {
      const page = await browser.newPage();
      const { response, outside, failed } = await open(page, `${portal.url}${path}`, portal.url);
      expect(response?.status(), path).toBe(200);
      if (path === "/reference.html") {
        await page.getByText("Service health").first().waitFor({ state: "visible", timeout: 30_000 });
        expect(await page.content()).not.toContain("could not be loaded");
      }
      const pageLinks = await siteLinks(page, portal.url);
      if (path === "/") {
        // The home lists every guide.
        const linked = pageLinks.map((link) => new URL(link).pathname.slice(1));
        expect(guidePages.filter((guide) => !linked.includes(guide))).toEqual([]);
      }
      // Guides and the reference lead to each other.
      expect(
        pageLinks.some((link) => link.endsWith(path === "/reference.html" ? "/index.html" : "/reference.html")),
      ).toBe(true);
      for (const link of pageLinks) links.add(link);
      expect(outside, path).toEqual([]);
      expect(failed, path).toEqual([]);
      await page.close();
    }

    const broken: string[] = [];
    for (const link of links) {
      const res = await fetch(link);
      if (res.status !== 200) broken.push(`${res.status} ${link}`);
    }
    expect(broken).toEqual([]);
    expect(links.size).toBeGreaterThan(10);
  }, 90_000);

  it("the reference also works opened from disk (the document is inlined)", async (ctx) => {
    const browser = chromiumBrowser();
    if (!browser) return ctx.skip();
    const page = await browser.newPage();
    const { outside } = await open(page, `file://${dist}reference.html`, "file://");
    await page.getByText("Service health").first().waitFor({ state: "visible", timeout: 30_000 });
    expect(await page.content()).not.toContain("could not be loaded");
    expect(outside).toEqual([]);
    await page.close();
  }, 60_000);

  it("answers 404 with the portal's own page for an unknown path", async () => {
    const res = await fetch(`${portal.url}/no-such-page`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('href="index.html"');
  });
});
