import { Scalar } from "@scalar/hono-api-reference";
import type { Context } from "hono";
import sharedScalarConfig from "../../openapi/scalar-config.json" with { type: "json" };
import type { AppEnv } from "../env.ts";
import { FAVICON_SVG } from "./favicon.ts";

// The API reference at /docs, rendered by @scalar/hono-api-reference. Its `cdn` is Scalar's
// bundle served at this Worker's own origin from the Worker of static assets behind the ASSETS
// service binding (docs-assets/wrangler.toml; tools/prepare-assets.mjs copies it), and default
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

/** Scalar's bundle, from the docs-assets Worker (ASSETS). */
export function docsAsset(c: Context<AppEnv>) {
  return c.env.ASSETS.fetch(new Request(new URL(SCALAR_BUNDLE_PATH, c.req.url)));
}

/** The icon browsers ask for (the docs portal ships the same one). */
export function favicon(c: Context<AppEnv>) {
  c.header("Content-Type", "image/svg+xml");
  c.header("Cache-Control", "public, max-age=86400");
  return c.body(FAVICON_SVG);
}
