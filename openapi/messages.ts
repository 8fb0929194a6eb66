import { createRoute, z } from "@hono/zod-openapi";
import { AttachmentIdSchema } from "./attachment-types.ts";
import { ChatPathSchema } from "./chats.ts";
import { errors, jsonBody, jsonSuccess } from "./envelope.ts";
import {
  ChatIdSchema,
  isEmoji,
  MESSAGE_TEXT_MAX,
  MessageSchema,
  SeqSchema,
  TimestampSchema,
} from "./messaging-types.ts";
import { ScheduledMessageSchema } from "./scheduled.ts";

const BEARER = [{ bearerJwt: [] }];

export const MAX_PAGE = 100;
export const MAX_ATTACHMENTS = 10;

const seqParam = (name: string, description: string, min = 1) =>
  z.coerce
    .number()
    .int()
    .min(min)
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .openapi({ param: { name, in: "query" }, description });

export const MessagePageQuerySchema = z
  .object({
    before: seqParam("before", "Messages with seq below this"),
    after: seqParam("after", "Messages with seq above this", 0),
    around: seqParam("around", "Messages around this seq (it included)"),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_PAGE)
      .default(50)
      .openapi({ param: { name: "limit", in: "query" }, example: 50 }),
  })
  .refine((q) => [q.before, q.after, q.around].filter((v) => v !== undefined).length <= 1, {
    message: "Give at most one of before, after, around",
  });

export const MessagePageSchema = z
  .object({
    messages: z.array(MessageSchema).openapi({ description: "Oldest first" }),
    hasOlder: z.boolean(),
    hasNewer: z.boolean(),
  })
  .openapi("MessagePage");

export const MessagePathSchema = ChatPathSchema.extend({
  seq: z.coerce
    .number()
    .int()
    .min(1)
    .max(Number.MAX_SAFE_INTEGER)
    .openapi({ param: { name: "seq", in: "path" }, example: 42 }),
});

export const ReactionPathSchema = MessagePathSchema.extend({
  emoji: z
    .string()
    .refine(isEmoji, "must be one emoji")
    .openapi({ param: { name: "emoji", in: "path" }, example: "👍", description: "One emoji, URL-encoded" }),
});

const TextSchema = z.string().max(MESSAGE_TEXT_MAX);

export const SendMessageBodySchema = z
  .object({
    clientMessageId: z
      .string()
      .min(1)
      .max(64)
      .regex(/^[A-Za-z0-9._:-]+$/, "letters, digits and . _ : - only")
      .openapi({
        example: "3f1c9a7e-0b2d-4c51-9e8f-6a7b8c9d0e1f",
        description: "Chosen by the client, unique per sender: a repeat returns the original message",
      }),
    // Optional rather than defaulted, so SDK callers need not send what they do not use.
    text: TextSchema.optional().openapi({ example: "See you at 8?" }),
    replyToSeq: SeqSchema.optional(),
    forward: z
      .object({ chatId: ChatIdSchema, seq: SeqSchema })
      .strict()
      .optional()
      .openapi({ description: "Forward this message (you must be able to read it); its original author is kept" }),
    attachmentIds: z
      .array(AttachmentIdSchema)
      .max(MAX_ATTACHMENTS)
      .refine((ids) => new Set(ids).size === ids.length, "must not repeat an attachment")
      .optional()
      .openapi({
        description:
          "Ids of ready attachments (POST /api/v1/attachments) that you uploaded, or that are in a message you can read",
      }),
    sendAt: TimestampSchema.optional().openapi({
      description:
        "Send later: unix ms in the future (at most a year ahead). The message is scheduled (202) and gets its seq when it is sent",
    }),
  })
  .strict()
  .refine((b) => (b.text ?? "").trim().length > 0 || b.forward !== undefined || (b.attachmentIds ?? []).length > 0, {
    message: "A message needs text, a forward or attachments",
    path: ["text"],
  })
  // A forward carries exactly what its author wrote, under their name: a comment is a message of its own.
  .refine((b) => b.forward === undefined || (!b.text && !b.attachmentIds?.length), {
    message: "A forward takes no text or attachments of its own",
    path: ["forward"],
  })
  .refine((b) => b.sendAt === undefined || b.forward === undefined, {
    message: "A forward cannot be scheduled",
    path: ["sendAt"],
  })
  .openapi("SendMessageRequest", {
    example: { clientMessageId: "3f1c9a7e-0b2d-4c51-9e8f-6a7b8c9d0e1f", text: "See you at 8?" },
  });

export const EditMessageBodySchema = z
  .object({
    text: TextSchema.refine((t) => t.trim().length > 0, "must not be empty").openapi({ example: "See you at 9?" }),
  })
  .strict()
  .openapi("EditMessageRequest", { example: { text: "See you at 9?" } });

export const DeleteMessageQuerySchema = z.object({
  forEveryone: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true")
    .openapi({
      param: { name: "forEveryone", in: "query" },
      description: "true: for every member (author, or group admin)",
    }),
});

export const DeletedMessageSchema = z.object({ seq: SeqSchema, forEveryone: z.boolean() }).openapi("DeletedMessage");

export const ReadBodySchema = z
  .object({ upToSeq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).openapi({ example: 120 }) })
  .strict()
  .openapi("ReadRequest", { example: { upToSeq: 120 } });

export const ReadStateSchema = z
  .object({
    readSeq: z.number().int().min(0).openapi({ description: "Your read marker (never moves back)" }),
    unreadCount: z.number().int().min(0),
  })
  .openapi("ReadState");

export const listMessagesRoute = createRoute({
  method: "get",
  path: "/api/v1/chats/{chatId}/messages",
  operationId: "listMessages",
  summary: "A page of a chat's history",
  description: `Messages by \`seq\`, oldest first: the latest ones, or \`before\`, \`after\` or \`around\` a seq (at most one), at most ${MAX_PAGE}. Deleted messages are left out. A page costs the same however long the history is.`,
  tags: ["Messages"],
  security: BEARER,
  request: { params: ChatPathSchema, query: MessagePageQuerySchema },
  responses: { 200: jsonSuccess("A page", MessagePageSchema), ...errors(400, 401, 404) },
});

export const sendMessageRoute = createRoute({
  method: "post",
  path: "/api/v1/chats/{chatId}/messages",
  operationId: "sendMessage",
  summary: "Send a message",
  description:
    "Stores the message with the chat's next gap-free `seq` and delivers it to every member's update log. A repeat of the same `clientMessageId` by the same sender returns the original message (200) instead of a second one, even when the repeats race. Rate-limited per user (429 + `Retry-After`). In an assistant chat a message starts the assistant's reply: 409 `AI_TURN_IN_PROGRESS` while one is streaming, 429 `AI_BUDGET_EXHAUSTED` (+ `Retry-After`) beyond your daily token budget, 503 `AI_NOT_CONFIGURED`. With `sendAt` the message is scheduled instead (202): see the scheduled messages.",
  tags: ["Messages"],
  security: BEARER,
  request: { params: ChatPathSchema, body: jsonBody(SendMessageBodySchema) },
  responses: {
    201: jsonSuccess("Sent", MessageSchema),
    200: jsonSuccess("A repeat: the original message", MessageSchema),
    202: jsonSuccess("Scheduled (with `sendAt`; a repeat answers the same scheduled message)", ScheduledMessageSchema),
    ...errors(400, 401, 404, 409, 413, 415, 429, 503),
  },
});

export const editMessageRoute = createRoute({
  method: "patch",
  path: "/api/v1/chats/{chatId}/messages/{seq}",
  operationId: "editMessage",
  summary: "Edit your message",
  description:
    "Only the author edits (403 otherwise), and not a forwarded message. Sets `editedAt`; members get `messageEdited`.",
  tags: ["Messages"],
  security: BEARER,
  request: { params: MessagePathSchema, body: jsonBody(EditMessageBodySchema) },
  responses: { 200: jsonSuccess("The edited message", MessageSchema), ...errors(400, 401, 403, 404, 413, 415) },
});

export const deleteMessageRoute = createRoute({
  method: "delete",
  path: "/api/v1/chats/{chatId}/messages/{seq}",
  operationId: "deleteMessage",
  summary: "Delete a message, for you or for everyone",
  description:
    "Without `forEveryone` the message disappears from your history only. With `forEveryone=true` (the author, or a group's owner/admins) its text and attachments are erased and it disappears for every member, previews included.",
  tags: ["Messages"],
  security: BEARER,
  request: { params: MessagePathSchema, query: DeleteMessageQuerySchema },
  responses: { 200: jsonSuccess("Deleted", DeletedMessageSchema), ...errors(400, 401, 403, 404) },
});

export const addReactionRoute = createRoute({
  method: "put",
  path: "/api/v1/chats/{chatId}/messages/{seq}/reactions/{emoji}",
  operationId: "addReaction",
  summary: "React to a message",
  description: "One reaction per user and emoji: a repeat changes nothing. Members get `reaction` with the new counts.",
  tags: ["Messages"],
  security: BEARER,
  request: { params: ReactionPathSchema },
  responses: { 200: jsonSuccess("The message with its reactions", MessageSchema), ...errors(400, 401, 404, 409) },
});

export const removeReactionRoute = createRoute({
  method: "delete",
  path: "/api/v1/chats/{chatId}/messages/{seq}/reactions/{emoji}",
  operationId: "removeReaction",
  summary: "Take back a reaction",
  description: "Removing a reaction you do not have changes nothing.",
  tags: ["Messages"],
  security: BEARER,
  request: { params: ReactionPathSchema },
  responses: { 200: jsonSuccess("The message with its reactions", MessageSchema), ...errors(400, 401, 404) },
});

export const markReadRoute = createRoute({
  method: "post",
  path: "/api/v1/chats/{chatId}/read",
  operationId: "markRead",
  summary: "Mark messages read",
  description:
    "Moves your read marker to `upToSeq` (capped at the last message). It never moves back: a lower value changes nothing. The authors of the messages read get a `read` update; your devices get yours with your new unread count.",
  tags: ["Messages"],
  security: BEARER,
  request: { params: ChatPathSchema, body: jsonBody(ReadBodySchema) },
  responses: { 200: jsonSuccess("Your read state", ReadStateSchema), ...errors(400, 401, 404, 413, 415) },
});
