import type { MiddlewareHandler } from "hono";

/**
 * Every API answer is personal or a secret in transit (tokens, codes, sessions, messages): no
 * browser, proxy or CDN may keep one. Routes that want caching set their own Cache-Control.
 */
export const noStoreForApi: MiddlewareHandler = async (c, next) => {
  await next();
  // 101: the WebSocket upgrade answer carries the socket itself and must stay as it is.
  if (!c.req.path.startsWith("/api/") || c.res.status === 101 || c.res.headers.has("cache-control")) return;
  try {
    c.res.headers.set("cache-control", "no-store");
  } catch {
    // Headers of an answer passed through from elsewhere (a fetch) are immutable: copy it.
    c.res = new Response(c.res.body, c.res);
    c.res.headers.set("cache-control", "no-store");
  }
};
