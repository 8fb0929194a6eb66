import { z } from "@hono/zod-openapi";
import {
  ChatIdSchema,
  ChatInfoSchema,
  ChatSettingsSchema,
  MemberRoleSchema,
  MessagePreviewSchema,
  MessageSchema,
  ReactionCountSchema,
  SeqSchema,
  TimestampSchema,
  UserIdSchema,
} from "./messaging-types.ts";
import type { UPDATE_TYPES } from "./realtime-protocol.ts";

// The updates of a user's update log. `GET /api/v1/updates` returns them, and the realtime
// WebSocket sends the same objects as frames: one schema, so both stay in step. Each update says
// which chat it concerns and when it happened; `pts` is its position in the user's own log.

const base = {
  pts: z.number().int().min(1).openapi({ example: 17, description: "Position in the caller's update log" }),
  chatId: ChatIdSchema,
  date: TimestampSchema,
};

export const NewMessageUpdateSchema = z
  .object({ type: z.literal("newMessage"), ...base, message: MessageSchema })
  .openapi("NewMessageUpdate");

export const MessageEditedUpdateSchema = z
  .object({ type: z.literal("messageEdited"), ...base, message: MessageSchema })
  .openapi("MessageEditedUpdate");

export const MessageDeletedUpdateSchema = z
  .object({
    type: z.literal("messageDeleted"),
    ...base,
    seq: SeqSchema,
    senderId: UserIdSchema,
    forEveryone: z.boolean().openapi({ description: "false: deleted only for you (on your other devices)" }),
    lastMessage: MessagePreviewSchema.nullable().openapi({ description: "The chat's preview after the deletion" }),
  })
  .openapi("MessageDeletedUpdate");

export const ReactionUpdateSchema = z
  .object({
    type: z.literal("reaction"),
    ...base,
    seq: SeqSchema,
    userId: UserIdSchema,
    emoji: z.string().openapi({ example: "👍" }),
    added: z.boolean(),
    reactions: z.array(ReactionCountSchema).openapi({ description: "The message's counts after the change" }),
  })
  .openapi("ReactionUpdate");

export const ReadUpdateSchema = z
  .object({
    type: z.literal("read"),
    ...base,
    userId: UserIdSchema.openapi({ description: "Who read" }),
    upToSeq: z.number().int().min(0),
    unreadCount: z
      .number()
      .int()
      .optional()
      .openapi({ description: "Present when you are the reader: your unread count in this chat now" }),
  })
  .openapi("ReadUpdate");

export const DeliveredUpdateSchema = z
  .object({
    type: z.literal("delivered"),
    ...base,
    userId: UserIdSchema.openapi({ description: "Who received" }),
    upToSeq: z.number().int().min(0),
  })
  .openapi("DeliveredUpdate");

export const ChatUpdatedUpdateSchema = z
  .object({
    type: z.literal("chatUpdated"),
    ...base,
    chat: ChatInfoSchema.optional().openapi({ description: "The chat's details, when they changed" }),
    member: z
      .object({ userId: UserIdSchema, role: MemberRoleSchema })
      .optional()
      .openapi({ description: "A member whose role changed" }),
    settings: ChatSettingsSchema.optional().openapi({
      description: "Your own settings for the chat, when you changed them",
    }),
    pinnedMessage: z
      .object({ seq: SeqSchema, pinned: z.boolean(), by: UserIdSchema })
      .optional()
      .openapi({ description: "A message was pinned or unpinned (GET /chats/{chatId}/pinned has the list)" }),
  })
  .openapi("ChatUpdatedUpdate");

export const MemberAddedUpdateSchema = z
  .object({
    type: z.literal("memberAdded"),
    ...base,
    userIds: z.array(UserIdSchema),
    addedBy: UserIdSchema,
    chat: ChatInfoSchema,
    lastSeq: z
      .number()
      .int()
      .min(0)
      .openapi({ description: "The chat's last seq: new members start reading after it" }),
    lastMessage: MessagePreviewSchema.nullable().openapi({
      description: "The chat's preview, for the new members' lists",
    }),
  })
  .openapi("MemberAddedUpdate");

export const MemberRemovedUpdateSchema = z
  .object({
    type: z.literal("memberRemoved"),
    ...base,
    userId: UserIdSchema,
    removedBy: UserIdSchema.openapi({ description: "Equals userId when the member left" }),
    chat: ChatInfoSchema,
  })
  .openapi("MemberRemovedUpdate");

export const DraftUpdatedUpdateSchema = z
  .object({
    type: z.literal("draftUpdated"),
    ...base,
    draft: z
      .object({ text: z.string(), replyToSeq: z.number().int().nullable(), updatedAt: TimestampSchema })
      .nullable()
      .openapi({ description: "Your draft for the chat as saved on one of your devices; null: cleared" }),
  })
  .openapi("DraftUpdatedUpdate");

export const UpdateSchema = z
  .discriminatedUnion("type", [
    NewMessageUpdateSchema,
    MessageEditedUpdateSchema,
    MessageDeletedUpdateSchema,
    ReactionUpdateSchema,
    ReadUpdateSchema,
    DeliveredUpdateSchema,
    ChatUpdatedUpdateSchema,
    MemberAddedUpdateSchema,
    MemberRemovedUpdateSchema,
    DraftUpdatedUpdateSchema,
  ])
  .openapi("Update");

export type Update = z.infer<typeof UpdateSchema>;
export type UpdateType = Update["type"];

/** An update before it has a place in a user's log (what a chat emits). */
export type UpdateBody = Update extends infer U ? (U extends { pts: number } ? Omit<U, "pts"> : never) : never;

export { UPDATE_TYPES } from "./realtime-protocol.ts";

// The protocol's list and the schema's union must name the same types, both ways.
type SameMembers<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const updateTypesMatchSchema: SameMembers<(typeof UPDATE_TYPES)[number], UpdateType> = true;
void updateTypesMatchSchema;
