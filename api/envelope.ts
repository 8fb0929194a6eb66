import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The success half of the API's one envelope: `{"success": true, "data": …}`. */
export function ok<T, S extends ContentfulStatusCode = 200>(c: Context, data: T, status?: S) {
  return c.json({ success: true as const, data }, status ?? (200 as S));
}
