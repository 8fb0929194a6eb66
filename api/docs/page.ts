import { Scalar } from "@scalar/hono-api-reference";
import type { Context } from "hono";
import sharedScalarConfig from "../../openapi/scalar-config.json" with { type: "json" };
import type { AppEnv } from "../env.ts";

// The API reference at /docs, rendered by @scalar/hono-api-reference. Its `cdn` is Scalar's
// bundle in the Worker's own static assets (tools/prepare-assets.mjs copies it), and default
// fonts, proxy, AI agent and MCP are off (openapi/scalar-config.json, shared with docs-site/), so
// the page fetches nothing from outside. Its inline start-up script carries the nonce of the
// page's Content-Security-Policy (api/middleware/security-headers.ts).
export const SCALAR_BUNDLE_PATH = "/docs/assets/scalar.js";

export const docsPage = Scalar<AppEnv>((c) => ({
  ...sharedScalarConfig,
  showDeveloperTools: "never",
  url: "/openapi.json",
  cdn: SCALAR_BUNDLE_PATH,
  pageTitle: "BIG Gateway API reference",
  favicon: "/favicon.svg",
  nonce: c.get("secureHeadersNonce"),
}));

/** Scalar's bundle, from the Worker's static assets. */
export function docsAsset(c: Context<AppEnv>) {
  return c.env.ASSETS.fetch(new Request(new URL(SCALAR_BUNDLE_PATH, c.req.url)));
}

/** The icon browsers ask for (the same one as the docs portal's), an SVG. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#1c1e21"/><text x="32" y="43" font-family="system-ui,sans-serif" font-size="28" font-weight="700" fill="#fff" text-anchor="middle">BIG</text></svg>`;

export function favicon(c: Context<AppEnv>) {
  c.header("Content-Type", "image/svg+xml");
  c.header("Cache-Control", "public, max-age=86400");
  return c.body(FAVICON_SVG);
}
