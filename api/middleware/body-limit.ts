import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { uploadAttachmentRoute } from "../../openapi/attachments.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";

/** uploadPartRoute's path (openapi/attachment-uploads.ts). */
const UPLOAD_PART_PATH = /^\/api\/v1\/attachments\/uploads\/[^/]+\/parts\/[^/]+$/;

/**
 * Refuses bodies over `MAX_BODY_BYTES` with 413, before anything reads them. An upload (and a part
 * of a multipart upload) streams its body to storage and checks its own, larger limit the same way.
 */
// Built once per limit, not per request (the /me profile showed the per-request construction).
const limiters = new Map<number, MiddlewareHandler>();

function limiterFor(maxSize: number): MiddlewareHandler {
  let limiter = limiters.get(maxSize);
  if (!limiter) {
    limiter = bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError(413, "PAYLOAD_TOO_LARGE", `Request body exceeds ${maxSize} bytes`, {
          details: { maxBytes: maxSize },
        });
      },
    });
    limiters.set(maxSize, limiter);
  }
  return limiter;
}

export const bodyLimitMiddleware: MiddlewareHandler<AppEnv> = (c, next) => {
  if (c.req.method === "POST" && c.req.path === uploadAttachmentRoute.path) return next();
  if (c.req.method === "PUT" && UPLOAD_PART_PATH.test(c.req.path)) return next();
  return limiterFor(c.get("config").maxBodyBytes)(c, next);
};
