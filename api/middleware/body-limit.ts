import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { uploadAttachmentRoute } from "../../openapi/attachments.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";

/**
 * Refuses bodies over `MAX_BODY_BYTES` with 413, before anything reads them. An upload streams its
 * body to storage and enforces its own, larger limit (ATTACHMENT_MAX_BYTES) the same way.
 */
export const bodyLimitMiddleware: MiddlewareHandler<AppEnv> = (c, next) => {
  if (c.req.method === "POST" && c.req.path === uploadAttachmentRoute.path) return next();
  const maxSize = c.var.config.maxBodyBytes;
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new ApiError(413, "PAYLOAD_TOO_LARGE", `Request body exceeds ${maxSize} bytes`, {
        details: { maxBytes: maxSize },
      });
    },
  })(c, next);
};
