import type { ContentfulStatusCode } from "hono/utils/http-status";

/** Machine-readable error codes. Clients branch on these, never on messages. */
export type ErrorCode =
  | "VALIDATION_FAILED"
  | "MALFORMED_JSON"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "METHOD_NOT_ALLOWED"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "RATE_LIMITED"
  | "SERVICE_UNAVAILABLE"
  | "CONFIG_INVALID"
  | "INTERNAL_ERROR"
  | (string & {});

/**
 * The one typed error of the API. Handlers and middleware throw it; the global error handler
 * turns it into the envelope `{success: false, error: {code, message, details?}}`.
 */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: ErrorCode;
  readonly details: unknown;
  /** Seconds; sent as `Retry-After` with 429 and 503. */
  readonly retryAfter: number | undefined;
  /** Further headers the answer must carry (e.g. a 416's `Content-Range`). */
  readonly headers: Record<string, string> | undefined;

  constructor(
    status: ContentfulStatusCode,
    code: ErrorCode,
    message: string,
    options: { details?: unknown; retryAfter?: number; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = options.details;
    this.retryAfter = options.retryAfter;
    this.headers = options.headers;
  }

  static badRequest(message: string, details?: unknown, code: ErrorCode = "VALIDATION_FAILED") {
    return new ApiError(400, code, message, { details });
  }
  static unauthorized(message = "Authentication required", code: ErrorCode = "UNAUTHORIZED") {
    return new ApiError(401, code, message);
  }
  static forbidden(message = "Not allowed", code: ErrorCode = "FORBIDDEN") {
    return new ApiError(403, code, message);
  }
  static notFound(message = "Not found", code: ErrorCode = "NOT_FOUND") {
    return new ApiError(404, code, message);
  }
  static conflict(message: string, code: ErrorCode = "CONFLICT") {
    return new ApiError(409, code, message);
  }
  static tooManyRequests(retryAfterSeconds: number, message = "Too many requests") {
    const retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
    return new ApiError(429, "RATE_LIMITED", message, { retryAfter, details: { retryAfter } });
  }
}
