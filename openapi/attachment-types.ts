import { z } from "@hono/zod-openapi";

// Wire types of attachments, shared by the REST routes (openapi/attachments.ts), the messages that
// carry them (openapi/messaging-types.ts) and the ChatDO that stores their metadata with a message.

/** `att_` + 32 hex digits as minted by the upload; the send route accepts the same shape. */
export const ATTACHMENT_ID_PATTERN = /^att_[A-Za-z0-9]{8,64}$/;

export const AttachmentIdSchema = z
  .string()
  .regex(ATTACHMENT_ID_PATTERN, "must be an attachment id (att_…)")
  .openapi({ example: "att_9b8c7d6e5f4a40c1a2b3c4d5e6f70812" });

export const AttachmentSchema = z
  .object({
    id: AttachmentIdSchema,
    name: z.string().openapi({ example: "beach.jpg", description: "The file name given at upload" }),
    size: z.number().int().min(0).openapi({ example: 482_133, description: "Bytes" }),
    mimeType: z.string().openapi({
      example: "image/jpeg",
      description:
        "The type found in the file's first bytes; `application/octet-stream` when it could not be recognised or disagreed with the declared type",
    }),
    sha256: z.string().openapi({ example: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }),
  })
  .openapi("Attachment");

export type Attachment = z.infer<typeof AttachmentSchema>;
