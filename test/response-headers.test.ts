import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { appWithProbes } from "./helpers/app-with-probe.ts";

// api/middleware/response-headers.ts sets CORS, security and no-store headers before the handler:
// every kind of answer must still carry them, once each, and a route's own Cache-Control wins.
const { app, call } = appWithProbes();
app.get("/api/probe/raw", () => new Response("built by the handler", { headers: { "content-type": "text/plain" } }));
app.get("/api/probe/cached", (c) => c.json({ ok: true }, 200, { "Cache-Control": "private, max-age=60" }));
app.get("/api/probe/passthrough", async () => {
  // A fetched answer's headers are immutable, as when a handler returns what a binding gave it.
  const res = await fetch("data:text/plain,from elsewhere");
  return res;
});

const SECURITY = {
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "cross-origin-resource-policy": "same-site",
  "cross-origin-opener-policy": "same-origin",
  "referrer-policy": "no-referrer",
  "strict-transport-security": "max-age=63072000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "x-permitted-cross-domain-policies": "none",
  "x-xss-protection": "0",
};

function expectDressed(res: Response, cacheControl = "no-store") {
  for (const [name, value] of Object.entries(SECURITY)) expect(res.headers.get(name), name).toBe(value);
  expect(res.headers.get("cache-control")).toBe(cacheControl);
  expect(res.headers.get("access-control-allow-origin")).toBe("*");
  expect(res.headers.get("access-control-expose-headers")).toBe("X-Request-Id,Retry-After");
  expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
}

describe("response headers", () => {
  it("dress a JSON answer, an error, and answers a handler built or passed through", async () => {
    const json = await call("/api/telegram-proxy/health");
    expect(json.status).toBe(200);
    expectDressed(json);
    const refused = await call("/api/v1/me");
    expect(refused.status).toBe(401);
    expectDressed(refused);
    const crashed = await call("/probe/crash");
    expect(crashed.status).toBe(500);
    const raw = await call("/api/probe/raw");
    expect(await raw.text()).toBe("built by the handler");
    expectDressed(raw);
    const passed = await call("/api/probe/passthrough");
    expect(await passed.text()).toBe("from elsewhere");
    expectDressed(passed);
  });

  it("leave a route's own Cache-Control alone", async () => {
    expectDressed(await call("/api/probe/cached"), "private, max-age=60");
  });

  it("name only a listed origin, and say the answer varies by it", async () => {
    const listed = { ...env, CORS_ORIGINS: "https://app.example,https://admin.example" };
    const allowed = await call("/api/telegram-proxy/health", { headers: { origin: "https://admin.example" } }, listed);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://admin.example");
    expect(allowed.headers.get("vary")).toBe("Origin");
    const other = await call("/api/telegram-proxy/health", { headers: { origin: "https://evil.example" } }, listed);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    expect(other.headers.get("vary")).toBe("Origin");
    const preflight = await call(
      "/api/v1/health",
      { method: "OPTIONS", headers: { origin: "https://app.example", "access-control-request-method": "POST" } },
      listed,
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://app.example");
  });

  it("give the docs page its own policy, with a nonce for its start-up script", async () => {
    const docs = await call("/docs");
    expect(docs.status).toBe(200);
    expect(docs.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(docs.headers.get("x-frame-options")).toBe("DENY");
    expect(docs.headers.get("cache-control")).not.toBe("no-store");
    // Scalar's bundle comes from ASSETS with headers of its own that cannot change.
    const bundle = await call("/docs/assets/scalar.js");
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get("content-type")).toContain("javascript");
    expect(bundle.headers.get("x-content-type-options")).toBe("nosniff");
    expect(bundle.headers.get("access-control-allow-origin")).toBe("*");
    expect(bundle.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    await bundle.arrayBuffer();
  });
});
