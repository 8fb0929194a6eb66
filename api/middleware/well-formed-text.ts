import type { OpenAPIHono } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import { ADMIN_API_KEYS_PATH } from "../../openapi/admin-api-keys.ts";
import { declaredRoute } from "../declared-route.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";

// A JSON string may hold a lone UTF-16 surrogate ("\ud800"): not a character, so it cannot be
// stored or shown faithfully, and it makes length limits (counted in UTF-16 units) disagree with
// what a user sees. Every JSON body is checked here, before any route validates lengths.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path ("text", "contacts.3.firstName") of the first string (or key) holding a lone surrogate. */
export function loneSurrogateAt(value: unknown, path: string[] = []): string | null {
  if (typeof value === "string") return LONE_SURROGATE.test(value) ? path.join(".") : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = loneSurrogateAt(item, [...path, String(index)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (LONE_SURROGATE.test(key)) return [...path, key].join(".");
      const found = loneSurrogateAt(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * Whether JSON text may hold a lone surrogate. A body is decoded from UTF-8, which cannot carry
 * one (invalid bytes become U+FFFD), so one can only arrive as a `\uD800`-style escape: a body
 * without any surrogate escape (nearly all of them: JSON.stringify writes emoji as UTF-8) is
 * accepted from its text alone, without a JSON parse of its own.
 */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/** chanfana's admin routes read the raw request themselves: it must reach them unread. */
const readsRawRequest = (path: string) => path.startsWith(ADMIN_API_KEYS_PATH);

/**
 * Checks the body of every route that declares a JSON body (the registry says which, as the
 * security guard reads it). A route whose body is a file (an upload of a `.json` file is still
 * `application/json`) streams it untouched: those bytes are the user's file, not API text.
 */
export function wellFormedText(app: OpenAPIHono<AppEnv>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const type = c.req.header("content-type") ?? "";
    if (c.req.method === "GET" || c.req.method === "HEAD" || !type.includes("json")) return next();
    if (!declaredRoute(app, c)?.jsonBody) return next();
    // c.req.text() is cached on the request: the route's validator parses that same text, once.
    const text = readsRawRequest(c.req.path) ? await c.req.raw.clone().text() : await c.req.text();
    if (!SURROGATE_ESCAPE.test(text)) return next();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      // Malformed JSON: the route's validation answers it (400 MALFORMED_JSON).
      return next();
    }
    const at = loneSurrogateAt(body);
    if (at !== null) {
      throw ApiError.badRequest("Text must not contain lone UTF-16 surrogates", {
        target: "body",
        issues: [{ path: at, message: "contains a lone surrogate (not a character)", code: "invalid_text" }],
      });
    }
    return next();
  };
}
