import { createRoute, z } from "@hono/zod-openapi";
import { ChatPathSchema } from "./chats.ts";
import { errors, jsonBody, jsonSuccess } from "./envelope.ts";
import { ChatIdSchema, MESSAGE_TEXT_MAX, TimestampSchema } from "./messaging-types.ts";

const BEARER = [{ bearerJwt: [] }];

/** How far ahead a message may be scheduled. */
export const SCHEDULE_MAX_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;
/** Scheduled messages one member may have waiting in one chat. */
export const MAX_SCHEDULED_PER_MEMBER = 100;

export const ScheduledMessageSchema = z
  .object({
    id: z.string().openapi({ example: "sch_5e0c1f9a2b3d4c6e7f8a9b0c" }),
    chatId: ChatIdSchema,
    clientMessageId: z.string(),
    text: z.string(),
    replyToSeq: z.number().int().nullable(),
    attachmentIds: z.array(z.string()),
    sendAt: TimestampSchema,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .openapi("ScheduledMessage");

export const ScheduledListSchema = z
  .object({ scheduled: z.array(ScheduledMessageSchema).openapi({ description: "Yours in this chat, soonest first" }) })
  .openapi("ScheduledList");

export const ScheduledPathSchema = ChatPathSchema.extend({
  scheduledId: z
    .string()
    .regex(/^sch_[0-9a-f]{24}$/, "must be a scheduled message id (sch_…)")
    .openapi({ param: { name: "scheduledId", in: "path" }, example: "sch_5e0c1f9a2b3d4c6e7f8a9b0c" }),
});

export const EditScheduledBodySchema = z
  .object({
    text: z
      .string()
      .max(MESSAGE_TEXT_MAX)
      .refine((t) => t.trim().length > 0, "must not be empty")
      .optional(),
    sendAt: TimestampSchema.optional().openapi({ description: "A new time, in the future" }),
  })
  .strict()
  .refine((b) => b.text !== undefined || b.sendAt !== undefined, { message: "Give text, sendAt or both" })
  .openapi("EditScheduledRequest", { example: { sendAt: 1_795_000_000_000 } });

export type ScheduledMessage = z.infer<typeof ScheduledMessageSchema>;

export const listScheduledRoute = createRoute({
  method: "get",
  path: "/api/v1/chats/{chatId}/scheduled",
  operationId: "listScheduled",
  summary: "Your scheduled messages in a chat",
  description:
    "Messages you scheduled with `sendAt` that have not been sent yet. Nobody else sees them until they are sent.",
  tags: ["Messages"],
  security: BEARER,
  request: { params: ChatPathSchema },
  responses: { 200: jsonSuccess("Scheduled messages", ScheduledListSchema), ...errors(401, 404) },
});

export const editScheduledRoute = createRoute({
  method: "patch",
  path: "/api/v1/chats/{chatId}/scheduled/{scheduledId}",
  operationId: "editScheduled",
  summary: "Change a scheduled message",
  description: "New text and/or a new time. 404 once it was sent (it is a message then) or if it is not yours.",
  tags: ["Messages"],
  security: BEARER,
  request: { params: ScheduledPathSchema, body: jsonBody(EditScheduledBodySchema) },
  responses: {
    200: jsonSuccess("The scheduled message", ScheduledMessageSchema),
    ...errors(400, 401, 404, 413, 415),
  },
});

export const cancelScheduledRoute = createRoute({
  method: "delete",
  path: "/api/v1/chats/{chatId}/scheduled/{scheduledId}",
  operationId: "cancelScheduled",
  summary: "Cancel a scheduled message",
  description: "It will not be sent. 404 once it was sent or if it is not yours.",
  tags: ["Messages"],
  security: BEARER,
  request: { params: ScheduledPathSchema },
  responses: {
    200: jsonSuccess("Cancelled", z.object({ id: z.string() }).openapi("CancelledScheduled")),
    ...errors(401, 404),
  },
});
