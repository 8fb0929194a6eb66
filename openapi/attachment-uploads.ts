import { createRoute, z } from "@hono/zod-openapi";
import { AttachmentIdSchema, AttachmentSchema } from "./attachment-types.ts";
import { AttachmentPathSchema } from "./attachments.ts";
import { errors, jsonBody, jsonSuccess } from "./envelope.ts";

// Multipart uploads of large files through the Worker: create → parts (any order, resent parts
// replace) → complete, or abort. Resumable: GET the upload to see which parts arrived.

const BEARER = [{ bearerJwt: [] }];

/** Every part but the last has exactly this size (R2's minimum part size is 5 MiB). */
export const MULTIPART_PART_BYTES = 5 * 1_048_576;

/** What a client says of a file it is about to send in pieces or straight to storage. */
export const declaredFileFields = {
  name: z.string().min(1).max(1024).openapi({ example: "holiday.mp4" }),
  mimeType: z.string().min(1).max(255).openapi({ example: "video/mp4", description: "What you say the file is" }),
};

export const CreateUploadBodySchema = z
  .object({
    ...declaredFileFields,
    size: z
      .number()
      .int()
      .min(1)
      .max(Number.MAX_SAFE_INTEGER)
      .openapi({ example: 734_003_200, description: "The whole file's size in bytes" }),
  })
  .strict()
  .openapi("CreateUploadRequest");

export const UploadStateSchema = z
  .object({
    id: AttachmentIdSchema,
    size: z.number().int(),
    partSize: z.number().int().openapi({ example: MULTIPART_PART_BYTES }),
    partCount: z.number().int().openapi({ example: 140 }),
    receivedParts: z.array(z.number().int()).openapi({ example: [1, 2, 3], description: "Part numbers stored so far" }),
  })
  .openapi("UploadState");

export const PartPathSchema = AttachmentPathSchema.extend({
  partNumber: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .openapi({ param: { name: "partNumber", in: "path" }, example: 1 }),
});

export const createUploadRoute = createRoute({
  method: "post",
  path: "/api/v1/attachments/uploads",
  operationId: "createAttachmentUpload",
  summary: "Start a multipart upload of a large file",
  description: `For files up to \`ATTACHMENT_MAX_BYTES_MULTIPART\` (2 GiB by default; 413 beyond). The size counts against your quota from now (413/429). Then send each part (${MULTIPART_PART_BYTES} bytes, the last one the rest) and complete. An upload not completed within 24 hours is aborted.`,
  tags: ["Attachments"],
  security: BEARER,
  request: { body: jsonBody(CreateUploadBodySchema) },
  responses: { 201: jsonSuccess("Started", UploadStateSchema), ...errors(400, 401, 413, 415, 429) },
});

export const getUploadRoute = createRoute({
  method: "get",
  path: "/api/v1/attachments/uploads/{attachmentId}",
  operationId: "getAttachmentUpload",
  summary: "Which parts of an upload arrived (to resume it)",
  tags: ["Attachments"],
  security: BEARER,
  request: { params: AttachmentPathSchema },
  responses: { 200: jsonSuccess("The upload", UploadStateSchema), ...errors(400, 401, 404) },
});

export const uploadPartRoute = createRoute({
  method: "put",
  path: "/api/v1/attachments/uploads/{attachmentId}/parts/{partNumber}",
  operationId: "uploadAttachmentPart",
  summary: "Send one part",
  description:
    "The body is the part's bytes, streamed to storage. `Content-Length` must be the part's size (`partSize`, the last part the rest: 400 otherwise). Sending a part again replaces it.",
  tags: ["Attachments"],
  security: BEARER,
  request: {
    params: PartPathSchema,
    body: {
      required: true,
      content: { "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) } },
    },
  },
  responses: {
    200: jsonSuccess("Stored", z.object({ partNumber: z.number().int(), size: z.number().int() })),
    ...errors(400, 401, 404, 411, 503),
  },
});

export const completeUploadRoute = createRoute({
  method: "post",
  path: "/api/v1/attachments/uploads/{attachmentId}/complete",
  operationId: "completeAttachmentUpload",
  summary: "Finish a multipart upload",
  description:
    "Every part must have arrived (409 `PARTS_MISSING` names the missing ones). The file is assembled, hashed and its type checked as for a single upload; the answer is the attachment.",
  tags: ["Attachments"],
  security: BEARER,
  request: { params: AttachmentPathSchema },
  responses: { 201: jsonSuccess("Stored", AttachmentSchema), ...errors(400, 401, 404, 409) },
});

export const abortUploadRoute = createRoute({
  method: "delete",
  path: "/api/v1/attachments/uploads/{attachmentId}",
  operationId: "abortAttachmentUpload",
  summary: "Abandon a multipart upload",
  description: "Its parts are dropped and its size no longer counts against your quota.",
  tags: ["Attachments"],
  security: BEARER,
  request: { params: AttachmentPathSchema },
  responses: { 200: jsonSuccess("Aborted", z.object({ id: AttachmentIdSchema })), ...errors(400, 401, 404) },
});
