import { createRoute, z } from "@hono/zod-openapi";
import { AttachmentIdSchema, AttachmentSchema } from "./attachment-types.ts";
import { errors, jsonSuccess } from "./envelope.ts";

const BEARER = [{ bearerJwt: [] }];

/** Longest file name kept (longer ones are cut); control characters and path separators are replaced. */
export const ATTACHMENT_NAME_MAX = 200;
/** How long a signed download link works: long enough to render a page, short enough not to be shared. */
export const SIGNED_LINK_MAX_SECONDS = 3600;
export const SIGNED_LINK_DEFAULT_SECONDS = 300;
/** A thumbnail's longer side at most, in pixels. */
export const THUMBNAIL_MAX_PIXELS = 320;

export const AttachmentPathSchema = z.object({
  attachmentId: AttachmentIdSchema.openapi({ param: { name: "attachmentId", in: "path" } }),
});

export const UploadQuerySchema = z.object({
  name: z
    .string()
    .min(1)
    .max(1024)
    .optional()
    .openapi({
      param: { name: "name", in: "query" },
      example: "beach.jpg",
      description: "The file name shown to the chat",
    }),
});

const binary = (description: string) => ({
  description,
  content: { "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) } },
});

const downloadHeaders = {
  ETag: { description: "The attachment's sha256, quoted (strong)", schema: { type: "string" as const } },
  "Content-Disposition": {
    description: "`attachment` except for a short list of image, video and audio types shown inline",
    schema: { type: "string" as const },
  },
  "Accept-Ranges": { description: "`bytes`", schema: { type: "string" as const } },
};

export const uploadAttachmentRoute = createRoute({
  method: "post",
  path: "/api/v1/attachments",
  operationId: "uploadAttachment",
  summary: "Upload a file",
  description:
    "The request body is the file itself, streamed to storage as it arrives (never held whole in memory). `Content-Length` is required (411) and checked against `ATTACHMENT_MAX_BYTES` and your quota before a byte is read (413; the daily quota answers 429 + `Retry-After`). `Content-Type` is what you say the file is: the server reads the file's first bytes, and when they say something else (or nothing it recognises, like HTML) the file is stored as `application/octet-stream` and only ever served as a download. The answer's `id` goes into a message's `attachmentIds`; a file never sent is deleted after 24 hours.",
  tags: ["Attachments"],
  security: BEARER,
  request: {
    query: UploadQuerySchema,
    body: { required: true, ...binary("The file's bytes") },
  },
  responses: {
    201: jsonSuccess("Stored", AttachmentSchema),
    ...errors(400, 401, 411, 413, 429, 503),
  },
});

const variant = z
  .enum(["thumb"])
  .optional()
  .openapi({
    param: { name: "variant", in: "query" },
    description: `\`thumb\`: for an image, a WebP at most ${THUMBNAIL_MAX_PIXELS} pixels on its longer side (404 \`NO_THUMBNAIL\` for other files)`,
  });

export const DownloadQuerySchema = z.object({ variant });

export const downloadAttachmentRoute = createRoute({
  method: "get",
  path: "/api/v1/attachments/{attachmentId}",
  operationId: "downloadAttachment",
  summary: "Download a file",
  description:
    "For its uploader and the members of a chat where it was sent (404 for anyone else, a removed member included). Supports one `Range: bytes=…` (206) and `If-None-Match` with the `ETag` (304). Served with `X-Content-Type-Options: nosniff` and a sandboxing CSP; only a short list of image, video and audio types is served inline, everything else as a download (HTML and SVG never with their own type).",
  tags: ["Attachments"],
  security: BEARER,
  request: { params: AttachmentPathSchema, query: DownloadQuerySchema },
  responses: {
    200: { ...binary("The file"), headers: downloadHeaders },
    206: { ...binary("The requested range (`Content-Range`)"), headers: downloadHeaders },
    304: { description: "Not modified (the `If-None-Match` matched)" },
    ...errors(400, 401, 404, 416, 503),
  },
});

export const SignedLinkBodySchema = z
  .object({
    expiresInSeconds: z
      .number()
      .int()
      .min(10)
      .max(SIGNED_LINK_MAX_SECONDS)
      .default(SIGNED_LINK_DEFAULT_SECONDS)
      .openapi({ example: SIGNED_LINK_DEFAULT_SECONDS }),
  })
  .strict()
  .openapi("AttachmentLinkRequest");

export const SignedLinkSchema = z
  .object({
    url: z.string().openapi({
      example:
        "https://api.iambig.ai/api/v1/attachments/att_9b8c7d6e5f4a40c1a2b3c4d5e6f70812/signed?expires=1795000300&signature=…",
      description: "Works without a token until `expiresAt`, e.g. as an `<img src>`",
    }),
    expiresAt: z.number().int().openapi({ example: 1_795_000_300_000, description: "Unix ms" }),
  })
  .openapi("AttachmentLink");

export const createAttachmentLinkRoute = createRoute({
  method: "post",
  path: "/api/v1/attachments/{attachmentId}/link",
  operationId: "createAttachmentLink",
  summary: "A short-lived signed download link",
  description: `For whoever may download the file: a URL that downloads it without an access token until it expires (default ${SIGNED_LINK_DEFAULT_SECONDS} s, at most ${SIGNED_LINK_MAX_SECONDS} s). The URL carries only its expiry and a signature over the attachment id and expiry, never a token.`,
  tags: ["Attachments"],
  security: BEARER,
  request: {
    params: AttachmentPathSchema,
    body: { required: false, content: { "application/json": { schema: SignedLinkBodySchema } } },
  },
  responses: { 200: jsonSuccess("The link", SignedLinkSchema), ...errors(400, 401, 404, 415) },
});

export const SignedDownloadQuerySchema = z.object({
  expires: z.coerce
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .openapi({ param: { name: "expires", in: "query" }, description: "Unix seconds", example: 1_795_000_300 }),
  signature: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, "must be a link signature")
    .openapi({ param: { name: "signature", in: "query" } }),
  variant,
});

export const signedDownloadRoute = createRoute({
  method: "get",
  path: "/api/v1/attachments/{attachmentId}/signed",
  operationId: "downloadAttachmentSigned",
  summary: "Download a file through a signed link",
  description:
    "What `createAttachmentLink` returns; no credentials. Same answers as `downloadAttachment` (Range, ETag, safe headers); an expired or altered link is 404.",
  tags: ["Attachments"],
  security: [],
  request: { params: AttachmentPathSchema, query: SignedDownloadQuerySchema },
  responses: {
    200: { ...binary("The file"), headers: downloadHeaders },
    206: { ...binary("The requested range (`Content-Range`)"), headers: downloadHeaders },
    304: { description: "Not modified (the `If-None-Match` matched)" },
    ...errors(400, 404, 416, 503),
  },
});
