import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";

// A JSON string may hold a lone UTF-16 surrogate ("\ud800"): not a character, so it cannot be
// stored or shown faithfully, and it makes length limits (counted in UTF-16 units) disagree with
// what a user sees. Every JSON body is checked once here, before any route validates lengths.
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

export const wellFormedText: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = c.req.header("content-type") ?? "";
  if (c.req.method !== "GET" && c.req.method !== "HEAD" && type.includes("json")) {
    let body: unknown;
    try {
      // A clone: handlers that read the raw request themselves (chanfana's admin routes) still find
      // its body unread.
      body = JSON.parse(await c.req.raw.clone().text());
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
  }
  return next();
};
