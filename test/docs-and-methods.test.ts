import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

describe("the API's own pages", () => {
  it("serves the reference at /docs and /docs/ from the Worker's bundle, its inline script allowed by nonce only", async () => {
    for (const path of ["/docs", "/docs/"]) {
      const res = await SELF.fetch(`https://gateway.test${path}`);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html).toContain('<script src="/docs/assets/scalar.js"');
      // Nothing on the page points off the origin (no CDN, no fonts).
      expect(html).not.toMatch(/(src|href)="https?:/);
      const nonce = html.match(/<script type="text\/javascript" nonce="([^"]+)"/)?.[1];
      expect(nonce).toBeTruthy();
      expect(res.headers.get("Content-Security-Policy")).toContain(`script-src 'self' 'nonce-${nonce}'`);
    }
  });

  it("sends / to /docs and answers a favicon", async () => {
    const root = await SELF.fetch("https://gateway.test/", { redirect: "manual" });
    expect(root.status).toBe(302);
    expect(root.headers.get("Location")).toBe("/docs");
    const icon = await SELF.fetch("https://gateway.test/favicon.ico");
    expect(icon.status).toBe(200);
    expect(icon.headers.get("Content-Type")).toBe("image/svg+xml");
    expect(await icon.text()).toMatch(/^<svg /);
  });
});

describe("a wrong method on a known path", () => {
  it.each([
    ["DELETE", "/api/v1/me", "GET, HEAD, PATCH"],
    ["POST", "/api/v1/health", "GET, HEAD"],
    ["PUT", "/api/v1/chats/dlg_0123456789abcdef/messages", "GET, HEAD, POST"],
    ["GET", "/api/v1/auth/logout", "POST"],
  ])("%s %s answers 405 with Allow: %s, in the envelope", async (method, path, allow) => {
    const res = await SELF.fetch(`https://gateway.test${path}`, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toBe(allow);
    const body = (await res.json()) as { success: boolean; error: { code: string } };
    expect(body).toMatchObject({ success: false, error: { code: "METHOD_NOT_ALLOWED" } });
  });

  it("an unknown path stays 404", async () => {
    const res = await SELF.fetch("https://gateway.test/api/v1/no-such-thing", { method: "DELETE" });
    expect(res.status).toBe(404);
    expect(res.headers.get("Allow")).toBeNull();
  });
});
