import { z } from "@hono/zod-openapi";
import { AttachmentSchema } from "./attachment-types.ts";

// Wire types of messaging, shared by the REST routes (openapi/chats.ts, groups.ts, messages.ts,
// updates.ts), the Durable Objects (durable/) and the realtime frames (openapi/realtime-types.ts).

/** A user id as minted by sign-in (`usr_…`). Only its shape is checked here; existence is checked in D1. */
export const UserIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "must be a user id")
  .openapi({ example: "usr_7f3a9c2e1b" });

/** `dlg_…` for a dialog (derived from its two members), `grp_…` for a group (random). */
export const ChatIdSchema = z
  .string()
  .regex(/^(dlg|grp)_[0-9a-f]{32}$/, "must be a chat id (dlg_… or grp_…)")
  .openapi({ example: "grp_4b1d6f0e9a2c4e7f8d3b5a6c7e8f9012" });

export const SeqSchema = z.number().int().min(1).openapi({ example: 42 });

/** Unix milliseconds. */
export const TimestampSchema = z.number().int().openapi({ example: 1_795_000_000_000 });

// One emoji (with skin tones, ZWJ sequences, keycaps and flags), not arbitrary text: a pictograph
// with its modifiers, further pictographs only when joined to it by a ZWJ, a keycap, or one flag
// (a pair of regional indicators). A run of separate emoji ("👍👍") is text.
const PICTOGRAPH = String.raw`\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F){0,2}`;
const EMOJI = new RegExp(
  String.raw`^(?:${PICTOGRAPH}(?:\u200D${PICTOGRAPH}){0,7}|\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3)$`,
  "u",
);

export function isEmoji(value: string): boolean {
  return value.length > 0 && value.length <= 32 && EMOJI.test(value);
}

export const MESSAGE_TEXT_MAX = 4096;
export const TITLE_MAX = 128;
export const ABOUT_MAX = 1024;

export const ChatKindSchema = z.enum(["dialog", "group"]).openapi({ example: "group" });
export const MemberRoleSchema = z.enum(["owner", "admin", "member"]).openapi({ example: "member" });

export const ReactionCountSchema = z
  .object({
    emoji: z.string().openapi({ example: "👍" }),
    count: z.number().int().min(1).openapi({ example: 2 }),
    /** Whether the caller is one of them (only in answers addressed to one user). */
    mine: z.boolean().optional(),
  })
  .openapi("ReactionCount");

export const ForwardedFromSchema = z
  .object({
    senderId: UserIdSchema.openapi({ description: "The original author" }),
    sentAt: TimestampSchema,
  })
  .openapi("ForwardedFrom");

export const MessageStatusSchema = z
  .enum(["sent", "delivered", "read"])
  .openapi({ description: "Only on the caller's own messages: derived from the other members' markers" });

export const AI_REPLY_STATES = ["streaming", "complete", "cancelled", "interrupted", "failed"] as const;

export const AiReplySchema = z
  .object({
    state: z.enum(AI_REPLY_STATES).openapi({
      description:
        "streaming: text is still arriving (aiDelta frames); complete; cancelled (stopped by a member, partial text kept); interrupted (the server restarted mid-reply); failed (see error)",
    }),
    error: z.string().nullable().openapi({ example: null, description: "Why a failed reply failed" }),
  })
  .openapi("AiReply");
/** How a call ended (openapi/call-types.ts uses the same list). */
export const CALL_END_REASONS = ["declined", "missed", "busy", "hangup", "failed"] as const;

export const MessageCallSchema = z
  .object({
    callId: z.string().openapi({ example: "call_0d4c1f6e2b7a49c8a3e5f1b2c3d4e5f6" }),
    video: z.boolean(),
    reason: z.enum(CALL_END_REASONS).openapi({ description: "`hangup`: it took place; otherwise why it did not" }),
    durationSeconds: z
      .number()
      .int()
      .min(0)
      .nullable()
      .openapi({ example: 65, description: "From the answer to the end; null when nobody answered" }),
  })
  .openapi("MessageCall", {
    description: "A call's history message: its sender started the call; `text` says the same for chat lists and push",
  });

export const MessageSchema = z
  .object({
    chatId: ChatIdSchema,
    seq: SeqSchema,
    senderId: UserIdSchema,
    clientMessageId: z.string().openapi({ example: "a1b2c3d4-0001" }),
    text: z.string().openapi({ example: "See you at 8?" }),
    replyToSeq: z.number().int().nullable().openapi({ example: null }),
    forwardedFrom: ForwardedFromSchema.nullable(),
    attachmentIds: z.array(z.string()).openapi({ example: [] }),
    attachments: z
      .array(AttachmentSchema)
      .openapi({ example: [], description: "The metadata of each attachment, in the order of attachmentIds" }),
    createdAt: TimestampSchema,
    editedAt: TimestampSchema.nullable(),
    reactions: z.array(ReactionCountSchema),
    status: MessageStatusSchema.optional(),
    ai: AiReplySchema.optional().openapi({ description: "Only on the assistant's replies: the state of its turn" }),
    call: MessageCallSchema.optional().openapi({ description: "Only on a call's history message" }),
  })
  .openapi("Message");

export const MessagePreviewSchema = z
  .object({
    seq: SeqSchema,
    senderId: UserIdSchema,
    text: z.string().openapi({ example: "See you at 8?", description: "At most 120 characters" }),
    hasAttachments: z.boolean(),
    createdAt: TimestampSchema,
  })
  .openapi("MessagePreview");

export const ChatInfoSchema = z
  .object({
    id: ChatIdSchema,
    kind: ChatKindSchema,
    title: z.string().nullable().openapi({
      example: "Weekend trip",
      description: 'Groups: their title. Dialogs: null, except "Saved messages" (the dialog with oneself)',
    }),
    about: z.string().openapi({ example: "" }),
    peerId: UserIdSchema.nullable().openapi({ description: "Dialogs: the other member (oneself for Saved messages)" }),
    memberCount: z.number().int().openapi({ example: 3 }),
    createdBy: UserIdSchema,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  .openapi("ChatInfo");

export const ChatSettingsSchema = z
  .object({
    muted: z.boolean(),
    mutedUntil: TimestampSchema.nullable().openapi({ description: "Muted until then (unix ms); null = no end" }),
    pinned: z.boolean(),
  })
  .openapi("ChatSettings");

export const MemberSchema = z
  .object({
    userId: UserIdSchema,
    role: MemberRoleSchema,
    joinedAt: TimestampSchema,
  })
  .openapi("Member");

export type UserId = z.infer<typeof UserIdSchema>;
export type ChatId = z.infer<typeof ChatIdSchema>;
export type ChatKind = z.infer<typeof ChatKindSchema>;
export type MemberRole = z.infer<typeof MemberRoleSchema>;
export type Message = z.infer<typeof MessageSchema>;
export type MessageCall = z.infer<typeof MessageCallSchema>;
export type MessagePreview = z.infer<typeof MessagePreviewSchema>;
export type ChatInfo = z.infer<typeof ChatInfoSchema>;
export type ChatSettings = z.infer<typeof ChatSettingsSchema>;
export type Member = z.infer<typeof MemberSchema>;
export type ReactionCount = z.infer<typeof ReactionCountSchema>;
export type MessageStatus = z.infer<typeof MessageStatusSchema>;
export type AiReply = z.infer<typeof AiReplySchema>;

/** One row of the caller's chat list (kept by their UserDO). */
export const ChatListItemSchema = z
  .object({
    chatId: ChatIdSchema,
    kind: ChatKindSchema,
    title: z.string().nullable().openapi({ example: "Weekend trip" }),
    peerId: UserIdSchema.nullable(),
    lastMessage: MessagePreviewSchema.nullable(),
    lastActivityAt: TimestampSchema,
    lastSeq: z.number().int().min(0),
    readSeq: z.number().int().min(0).openapi({ description: "Your read marker" }),
    unreadCount: z.number().int().min(0),
    muted: z.boolean().openapi({ description: "Muted now (false once mutedUntil has passed)" }),
    mutedUntil: TimestampSchema.nullable(),
    pinned: z.boolean(),
  })
  .openapi("ChatListItem");

export type ChatListItem = z.infer<typeof ChatListItemSchema>;
