import { createRoute, z } from "@hono/zod-openapi";
import { AttachmentIdSchema, AttachmentSchema } from "./attachment-types.ts";
import { declaredFileFields } from "./attachment-uploads.ts";
import { AttachmentPathSchema } from "./attachments.ts";
import { errors, jsonBody, jsonSuccess } from "./envelope.ts";

// Presigned uploads (experimental): the client PUTs the file straight to the bucket's S3 API with a
// short-lived signed URL, then asks the API to check what arrived. The streaming upload through the
// Worker (POST /api/v1/attachments) stays the default way in.

const BEARER = [{ bearerJwt: [] }];

/** How long a presigned PUT URL works (an upload must start before then). */
export const PRESIGNED_UPLOAD_SECONDS = 900;

export const CreatePresignedUploadBodySchema = z
  .object({
    ...declaredFileFields,
    size: z
      .number()
      .int()
      .min(1)
      .max(Number.MAX_SAFE_INTEGER)
      .openapi({ example: 73_400_320, description: "The file's exact size in bytes (signed into the URL)" }),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits")
      .optional()
      .openapi({
        example: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        description: "The file's SHA-256 (hex), if you know it: completing checks it",
      }),
  })
  .strict()
  .openapi("CreatePresignedUploadRequest");

export const PresignedUploadSchema = z
  .object({
    id: AttachmentIdSchema,
    method: z.literal("PUT"),
    url: z.string().openapi({
      example:
        "https://ACCOUNT.r2.cloudflarestorage.com/big-gateway-attachments/att_9b8c…?X-Amz-Algorithm=AWS4-HMAC-SHA256&…",
      description: "Send the file's bytes here, with exactly `headers`; no access token",
    }),
    headers: z.record(z.string(), z.string()).openapi({
      example: { "content-length": "73400320", "if-none-match": "*" },
      description:
        "Headers the signature covers: send each with this value (`if-none-match: *` keeps the URL from overwriting a file already there)",
    }),
    expiresAt: z.number().int().openapi({ example: 1_795_000_900_000, description: "Unix ms: start the PUT before" }),
  })
  .openapi("PresignedUpload");

export const createPresignedUploadRoute = createRoute({
  method: "post",
  path: "/api/v1/attachments/presigned",
  operationId: "createPresignedUpload",
  summary: "Start a presigned upload straight to storage (experimental)",
  description: `Experimental: the streaming upload (\`uploadAttachment\`) stays the default. Answers a presigned S3 PUT URL for the bucket (valid ${PRESIGNED_UPLOAD_SECONDS} s) and the headers it is signed with; the file's \`size\` counts against your quota from now (413/429 as for an upload; at most \`ATTACHMENT_MAX_BYTES_MULTIPART\`). PUT the bytes to the URL, then call \`completePresignedUpload\`. 503 \`PRESIGNED_UPLOADS_UNAVAILABLE\` when the server has no S3 credentials for its bucket.`,
  tags: ["Attachments"],
  security: BEARER,
  request: { body: jsonBody(CreatePresignedUploadBodySchema) },
  responses: { 201: jsonSuccess("Started", PresignedUploadSchema), ...errors(400, 401, 413, 415, 429, 503) },
});

export const completePresignedUploadRoute = createRoute({
  method: "post",
  path: "/api/v1/attachments/presigned/{attachmentId}/complete",
  operationId: "completePresignedUpload",
  summary: "Check a presigned upload and make it an attachment (experimental)",
  description:
    "The server reads what arrived once: its size must be the declared one and its SHA-256 the declared one (if given), or the bytes are deleted and the upload closed (`400 UPLOAD_SIZE_MISMATCH` / `UPLOAD_SHA256_MISMATCH`: start a new one). Its type is checked from its first bytes as for a streamed upload. `409 UPLOAD_NOT_RECEIVED` while nothing has arrived and the URL still works (PUT, then complete again); `409 UPLOAD_EXPIRED` once it has stopped working with nothing received (the upload is closed and its quota freed). Someone else's upload, or one already completed, is 404.",
  tags: ["Attachments"],
  security: BEARER,
  request: { params: AttachmentPathSchema },
  responses: { 201: jsonSuccess("Stored", AttachmentSchema), ...errors(400, 401, 404, 409) },
});
