import type { Context } from "hono";
import sharedScalarConfig from "../../openapi/scalar-config.json" with { type: "json" };
import type { AppEnv } from "../env.ts";

// Scalar is loaded from the Worker's own static assets (tools/prepare-assets.mjs copies it),
// with default fonts, proxy, AI agent and MCP off (openapi/scalar-config.json, shared with
// docs-site/), so the page fetches nothing from outside. Its
// Content-Security-Policy (same origin only) is set in api/middleware/security-headers.ts.
const scalarConfig = { ...sharedScalarConfig, url: "/openapi.json" };

const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>BIG Gateway API reference</title>
  </head>
  <body>
    <div id="app"></div>
    <script src="/docs/assets/scalar.js"></script>
    <script src="/docs/assets/init.js"></script>
  </body>
</html>`;

const initScript = `Scalar.createApiReference("#app", ${JSON.stringify(scalarConfig)});`;

export function docsPage(c: Context<AppEnv>) {
  return c.html(html);
}

export function docsInitScript(c: Context<AppEnv>) {
  c.header("Content-Type", "text/javascript; charset=utf-8");
  return c.body(initScript);
}

/** Scalar's bundle, from the Worker's static assets. */
export function docsAsset(c: Context<AppEnv>) {
  return c.env.ASSETS.fetch(new Request(new URL("/docs/assets/scalar.js", c.req.url)));
}
