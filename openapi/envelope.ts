import { z } from "@hono/zod-openapi";

/** `{"success": false, "error": {code, message, details?}}`: every error of the API. */
export const ErrorEnvelopeSchema = z
  .object({
    success: z.literal(false),
    error: z.object({
      code: z.string().openapi({ example: "VALIDATION_FAILED" }),
      message: z.string().openapi({ example: "Request validation failed" }),
      details: z.unknown().optional(),
      requestId: z
        .string()
        .optional()
        .openapi({ description: "Present on 5xx answers; quote it when reporting a problem." }),
    }),
  })
  .openapi("ErrorEnvelope");

/** `{"success": true, "data": …}`: every successful JSON answer. */
export function successEnvelope<T extends z.ZodType>(data: T) {
  return z.object({ success: z.literal(true), data });
}

const errorContent = { "application/json": { schema: ErrorEnvelopeSchema } };

/** Standard error responses, by status. Routes pick the ones they can produce. */
export const errorResponses = {
  400: { description: "Validation failed or malformed JSON", content: errorContent },
  401: { description: "Missing or invalid credentials", content: errorContent },
  403: { description: "Not allowed", content: errorContent },
  404: { description: "Not found", content: errorContent },
  409: { description: "Conflict", content: errorContent },
  411: { description: "Content-Length is required", content: errorContent },
  413: { description: "Request body too large", content: errorContent },
  415: { description: "Content-Type is not application/json", content: errorContent },
  416: {
    description: "The Range cannot be satisfied",
    content: errorContent,
    headers: {
      "Content-Range": {
        description: "`bytes */<size>`: the file's size in bytes",
        schema: { type: "string" as const },
      },
    },
  },
  426: { description: "Only a WebSocket upgrade is accepted here", content: errorContent },
  429: {
    description: "Rate limited; retry after the number of seconds in `Retry-After`",
    content: errorContent,
    headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" as const } } },
  },
  503: { description: "A dependency is unavailable", content: errorContent },
} as const;

type ErrorStatus = keyof typeof errorResponses;

export function errors<S extends ErrorStatus>(...statuses: S[]): Pick<typeof errorResponses, S> {
  return Object.fromEntries(statuses.map((s) => [s, errorResponses[s]])) as Pick<typeof errorResponses, S>;
}

/** A success response whose body is the envelope around `schema`. */
export function jsonSuccess<T extends z.ZodType>(description: string, schema: T) {
  return { description, content: { "application/json": { schema: successEnvelope(schema) } } };
}

/** A required JSON request body (so a missing body is a 400/415, never a silent `{}`). */
export function jsonBody<T extends z.ZodType>(schema: T, description?: string) {
  return { required: true, description, content: { "application/json": { schema } } };
}
