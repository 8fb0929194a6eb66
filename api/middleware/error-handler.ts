import type { ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../env.ts";
import { ApiError, type ErrorCode } from "../errors.ts";

// Hono and @hono/zod-openapi raise HTTPException for protocol-level failures.
const codeByStatus: Record<number, ErrorCode> = {
  400: "MALFORMED_JSON",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  429: "RATE_LIMITED",
};

function toApiError(err: unknown): ApiError | undefined {
  if (err instanceof ApiError) return err;
  if (err instanceof HTTPException && err.status < 500) {
    const status = err.status as ContentfulStatusCode;
    const message = err.status === 415 ? "Content-Type must be application/json" : err.message || "Bad request";
    return new ApiError(status, codeByStatus[status] ?? "BAD_REQUEST", message);
  }
  return undefined;
}

/**
 * The one error handler: every failure leaves the Worker in the envelope, without a stack. It
 * does not log: the request's one log line (middleware/logger.ts) carries the code and cause.
 */
export const onError: ErrorHandler<AppEnv> = (err, c) => {
  const apiError = toApiError(err);
  if (apiError?.retryAfter !== undefined) c.header("Retry-After", String(apiError.retryAfter));
  for (const [name, value] of Object.entries(apiError?.headers ?? {})) c.header(name, value);
  if (apiError && apiError.status < 500) {
    const { code, message, details } = apiError;
    c.set("failure", { code });
    return c.json(
      { success: false as const, error: { code, message, ...(details === undefined ? {} : { details }) } },
      apiError.status,
    );
  }
  // 5xx: the caller gets a request id to quote; the log line gets the cause (never the stack).
  const code = apiError?.code ?? "INTERNAL_ERROR";
  const cause = apiError ? apiError.message : err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  c.set("failure", { code, cause });
  return c.json(
    {
      success: false as const,
      error: {
        code,
        message: apiError?.message ?? "Internal server error",
        ...(apiError?.details === undefined ? {} : { details: apiError.details }),
        requestId: c.get("requestId"),
      },
    },
    apiError?.status ?? 500,
  );
};

/** No route matched: 405 with `Allow` when the path is served with other methods, else 404. */
export function notFound(allowedMethods: (path: string) => string[]): NotFoundHandler<AppEnv> {
  return (c) => {
    const allowed = allowedMethods(c.req.path);
    if (allowed.length > 0) {
      c.header("Allow", allowed.join(", "));
      c.set("failure", { code: "METHOD_NOT_ALLOWED" });
      return c.json(
        {
          success: false as const,
          error: {
            code: "METHOD_NOT_ALLOWED",
            message: `${c.req.method} is not served on ${c.req.path}; use ${allowed.join(", ")}`,
          },
        },
        405,
      );
    }
    c.set("failure", { code: "NOT_FOUND" });
    return c.json(
      { success: false as const, error: { code: "NOT_FOUND", message: `No route for ${c.req.method} ${c.req.path}` } },
      404,
    );
  };
}
