import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";
import { corsHeaders, corsPreflight } from "./cors.ts";
import { docsSecurityHeaders, type HeaderKind, securityHeadersOf } from "./security-headers.ts";

type Header = [string, string];

/**
 * Every API answer is personal or a secret in transit (tokens, codes, sessions, messages): no
 * browser, proxy or CDN may keep one. Routes that want caching set their own Cache-Control.
 */
const NO_STORE: Header = ["Cache-Control", "no-store"];
/**
 * Set (by CORS) on every answer made from the prepared headers: its absence marks an answer a
 * handler built itself.
 */
const MARK = "access-control-expose-headers";
/** `Vary` names a list: a route's own entries stay beside ours. */
const appends = (name: string) => name === "Vary";

/**
 * The headers every answer carries (CORS, security, `Cache-Control: no-store` on the API), set
 * with `c.header()` before the handler runs, so they go into the handler's answer as it is made.
 * Hono's cors and secureHeaders write them on `c.res` instead, which made the context build a
 * placeholder Response first and copy every header into each later one: measured on
 * `/api/telegram-proxy/health`, those three middlewares cost 0.3 ms of CPU per request
 * (1.69 → 1.38 ms, the bare hello 1.26-1.34). A handler's own header of the same name wins, as a
 * route's own Cache-Control must; an answer a handler built itself (a download, a passthrough)
 * gets them afterwards. The docs pages' policy carries a nonce per request: Hono's secureHeaders
 * sets it, after the handler.
 */
export const responseHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method === "OPTIONS") return corsPreflight(c, next);
  const path = c.req.path;
  const docs = path === "/docs" || path.startsWith("/docs/");
  const api = path.startsWith("/api/");
  const kind: HeaderKind = path.startsWith("/api/v1/attachments/") ? "attachment" : "api";
  const headers = docs ? corsHeaders(c) : [...corsHeaders(c), ...(await securityHeadersOf(kind))];
  for (const [name, value] of headers) c.header(name, value, { append: appends(name) });
  if (api) c.header(...NO_STORE);
  const answer = async () => {
    await next();
    dressOwnAnswer(c, headers, api);
  };
  return docs ? docsSecurityHeaders(c, answer) : answer();
};

/** Gives an answer the handler built itself the headers it did not take from the context. */
function dressOwnAnswer(c: Context<AppEnv>, headers: Header[], api: boolean) {
  // 101: the WebSocket upgrade answer carries the socket itself and must stay as it is.
  if (c.res.status === 101 || c.res.headers.has(MARK)) return;
  // The request id (hono/request-id) was a prepared header too.
  const all: Header[] = [...headers, ["X-Request-Id", c.get("requestId")]];
  try {
    dress(c.res.headers, all, api);
  } catch {
    // Headers of an answer passed through from elsewhere (a fetch, ASSETS) are immutable: copy it.
    c.res = new Response(c.res.body, c.res);
    dress(c.res.headers, all, api);
  }
}

function dress(target: Headers, headers: Header[], api: boolean) {
  for (const [name, value] of headers) {
    if (appends(name)) target.append(name, value);
    else target.set(name, value);
  }
  if (api && !target.has(NO_STORE[0])) target.set(...NO_STORE);
}
