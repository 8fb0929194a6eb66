import { createRoute, z } from "@hono/zod-openapi";
import { errors, jsonBody, jsonSuccess } from "./envelope.ts";
import {
  ChatIdSchema,
  ChatInfoSchema,
  ChatListItemSchema,
  MemberRoleSchema,
  MemberSchema,
  TimestampSchema,
  UserIdSchema,
} from "./messaging-types.ts";

const BEARER = [{ bearerJwt: [] }];

export const ChatPathSchema = z.object({
  chatId: ChatIdSchema.openapi({ param: { name: "chatId", in: "path" } }),
});

export const ChatDetailsSchema = z
  .object({
    chat: ChatInfoSchema,
    myRole: MemberRoleSchema,
    lastSeq: z.number().int().min(0).openapi({ example: 120 }),
    readSeq: z.number().int().min(0).openapi({ example: 118, description: "Your read marker" }),
    deliveredSeq: z.number().int().min(0).openapi({ example: 120, description: "Your delivered marker" }),
    unreadCount: z.number().int().min(0).openapi({ example: 2 }),
    members: z.array(MemberSchema).openapi({ description: "Every member (a dialog has two, Saved messages one)" }),
  })
  .openapi("ChatDetails");

export const ChatListSchema = z
  .object({
    chats: z.array(ChatListItemSchema),
    nextCursor: z.string().nullable().openapi({ description: "Pass as `cursor` for the next page; null at the end" }),
  })
  .openapi("ChatList");

export const ChatListQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(50)
    .openapi({ param: { name: "limit", in: "query" }, example: 50 }),
  cursor: z
    .string()
    .max(200)
    .optional()
    .openapi({ param: { name: "cursor", in: "query" }, description: "`nextCursor` of the previous page" }),
});

export const OpenDialogBodySchema = z
  .object({ userId: UserIdSchema.openapi({ description: "The other person; your own id opens Saved messages" }) })
  .strict()
  .openapi("OpenDialogRequest", { example: { userId: "usr_7f3a9c2e1b" } });

export const ChatSettingsBodySchema = z
  .object({
    muted: z.boolean().optional(),
    mutedUntil: TimestampSchema.nullable().optional().openapi({ description: "Unix ms; implies muted. null: no end" }),
    pinned: z.boolean().optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: "Give at least one of muted, mutedUntil, pinned" })
  .openapi("ChatSettingsRequest", { example: { muted: true, mutedUntil: 1_795_000_000_000 } });

export const listChatsRoute = createRoute({
  method: "get",
  path: "/api/v1/chats",
  operationId: "listChats",
  summary: "Your chat list",
  description:
    "Your dialogs and groups, pinned ones first, then by latest activity, each with a preview of its last message, your unread count and your muted/pinned flags. Paged with an opaque cursor.",
  tags: ["Chats"],
  security: BEARER,
  request: { query: ChatListQuerySchema },
  responses: { 200: jsonSuccess("A page of the chat list", ChatListSchema), ...errors(400, 401) },
});

export const openDialogRoute = createRoute({
  method: "post",
  path: "/api/v1/chats/dialogs",
  operationId: "openDialog",
  summary: "Open the dialog with a user",
  description:
    "Returns the dialog between you and `userId`, creating it the first time. The same two people always get the same chat id. Your own id opens Saved messages. The other person sees the dialog in their list once it has a message, or once they open it.",
  tags: ["Chats"],
  security: BEARER,
  request: { body: jsonBody(OpenDialogBodySchema) },
  responses: {
    200: jsonSuccess("The dialog already existed", ChatDetailsSchema),
    201: jsonSuccess("The dialog was created", ChatDetailsSchema),
    ...errors(400, 401, 404, 413, 415),
  },
});

export const getChatRoute = createRoute({
  method: "get",
  path: "/api/v1/chats/{chatId}",
  operationId: "getChat",
  summary: "A chat's details",
  description: "The chat, its members, your role, markers and unread count. 404 unless you are a member.",
  tags: ["Chats"],
  security: BEARER,
  request: { params: ChatPathSchema },
  responses: { 200: jsonSuccess("The chat", ChatDetailsSchema), ...errors(400, 401, 404) },
});

export const updateChatSettingsRoute = createRoute({
  method: "patch",
  path: "/api/v1/chats/{chatId}/settings",
  operationId: "updateChatSettings",
  summary: "Mute or pin a chat (for yourself)",
  description:
    "Your own settings for a chat: `muted` (optionally `mutedUntil`, unix ms) and `pinned`. Other members are not told; your other devices get a `chatUpdated` update.",
  tags: ["Chats"],
  security: BEARER,
  request: { params: ChatPathSchema, body: jsonBody(ChatSettingsBodySchema) },
  responses: {
    200: jsonSuccess("The chat-list entry with its new settings", ChatListItemSchema),
    ...errors(400, 401, 404, 413, 415),
  },
});
