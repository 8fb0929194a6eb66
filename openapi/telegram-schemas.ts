// Wire types of the Telegram proxy: REST bodies and answers, shared by api/ and durable/.
import { z } from "@hono/zod-openapi";

export const SessionIdSchema = z.uuid().openapi({
  description: "A session made by `POST /api/telegram-proxy/sessions`",
  example: "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
});

/** +, then 5–15 digits (E.164 without separators). */
export const PhoneNumberSchema = z
  .string()
  .regex(/^\+?[1-9][0-9]{4,14}$/, "must be an international phone number, e.g. +9996621234")
  .openapi({ example: "+9996621234" });

export const CreatedSessionSchema = z.object({ sessionId: SessionIdSchema }).openapi("TelegramCreatedSession");

export const SessionSummarySchema = z
  .object({
    sessionId: SessionIdSchema,
    createdAt: z.iso.datetime().openapi({ example: "2026-11-21T10:00:00.000Z" }),
  })
  .openapi("TelegramSessionSummary");

export const SessionListSchema = z.object({ sessions: z.array(SessionSummarySchema) }).openapi("TelegramSessionList");

export const SessionStatusSchema = z
  .object({
    sessionId: SessionIdSchema,
    connected: z.boolean().openapi({ description: "An MTProto connection is open right now", example: true }),
    authorized: z.boolean().openapi({
      description: "Signed in to a Telegram account (checked with Telegram when the session was signed in)",
      example: true,
    }),
    reloginRequired: z.boolean().openapi({
      description: "Telegram signed this session out (see signedOutReason): sign in again with send-code",
      example: false,
    }),
    signedOutReason: z.string().nullable().openapi({
      description:
        "Telegram's reason, when it signed the session out: AUTH_KEY_UNREGISTERED (logged out elsewhere, or the DC forgot the key), AUTH_KEY_INVALID, AUTH_KEY_DUPLICATED (the session was used from two places), SESSION_REVOKED",
      example: null,
    }),
    lastActivity: z.iso.datetime().nullable().openapi({ example: "2026-11-21T10:05:00.000Z" }),
    userId: z.string().nullable().openapi({ description: "Telegram user id", example: "5000001" }),
    username: z.string().nullable().openapi({ example: "test9996621234" }),
  })
  .openapi("TelegramSessionStatus");

export const DeletedSessionSchema = z
  .object({
    sessionId: SessionIdSchema,
    loggedOut: z.boolean().openapi({ description: "auth.logOut reached Telegram", example: true }),
  })
  .openapi("TelegramDeletedSession");

export const SendCodeBodySchema = z
  .object({ sessionId: SessionIdSchema, phoneNumber: PhoneNumberSchema })
  .openapi("TelegramSendCodeBody", {
    example: { sessionId: "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", phoneNumber: "+9996621234" },
  });

export const SentCodeSchema = z
  .object({
    phoneCodeHash: z.string().openapi({ example: "5c9a1f0e2b7d4a6c38" }),
    isCodeViaApp: z
      .boolean()
      .openapi({ description: "The code went to the user's Telegram apps, not SMS", example: true }),
    timeout: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "Seconds before another code may be requested", example: 300 }),
  })
  .openapi("TelegramSentCode");

export const VerifyCodeBodySchema = z
  .object({
    sessionId: SessionIdSchema,
    phoneNumber: PhoneNumberSchema,
    phoneCodeHash: z.string().min(1).max(255).openapi({ example: "5c9a1f0e2b7d4a6c38" }),
    code: z
      .string()
      .regex(/^[0-9]{4,8}$/, "must be the 4–8 digit login code")
      .openapi({ example: "22222" }),
  })
  .openapi("TelegramVerifyCodeBody", {
    example: {
      sessionId: "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
      phoneNumber: "+9996621234",
      phoneCodeHash: "5c9a1f0e2b7d4a6c38",
      code: "22222",
    },
  });

export const TelegramAccountSchema = z
  .object({
    userId: z.string().openapi({ example: "5000001" }),
    firstName: z.string().openapi({ example: "Test" }),
    lastName: z.string().nullable().openapi({ example: "User 1234" }),
    username: z.string().nullable().openapi({ example: "test9996621234" }),
  })
  .openapi("TelegramAccount");

export const SignedInSchema = TelegramAccountSchema.extend({
  authorized: z.literal(true),
  passwordRequired: z.literal(false),
}).openapi("TelegramSignedIn");

export const PasswordRequiredSchema = z
  .object({
    authorized: z.literal(false),
    passwordRequired: z.literal(true),
    passwordHint: z.string().nullable().openapi({ example: "the loopback 2FA password" }),
  })
  .openapi("TelegramPasswordRequired");

export const VerifyCodeResultSchema = z
  .discriminatedUnion("authorized", [SignedInSchema, PasswordRequiredSchema])
  .openapi("TelegramVerifyCodeResult");

export const PasswordBodySchema = z
  .object({ sessionId: SessionIdSchema, password: z.string().min(1).max(256).openapi({ example: "loopback-2fa" }) })
  .openapi("TelegramPasswordBody", {
    example: { sessionId: "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", password: "loopback-2fa" },
  });

export const TelegramMessageSchema = z
  .object({
    id: z.number().int().openapi({ example: 42 }),
    chatId: z.string().openapi({
      description:
        "The chat, as a numeric id usable as `chatId`: the other side of a private chat (your own id for Saved Messages), a group (negative), a channel or supergroup (-100…)",
      example: "5000001",
    }),
    fromId: z
      .string()
      .nullable()
      .openapi({ description: "The sender; for a broadcast channel's posts, the channel", example: "5000001" }),
    out: z.boolean().openapi({ description: "Sent by this account", example: true }),
    text: z.string().openapi({ example: "Hello from BIG Gateway" }),
    date: z.iso.datetime().openapi({ example: "2026-11-21T10:05:00.000Z" }),
  })
  .openapi("TelegramMessage");

export const MessagePageSchema = z
  .object({
    messages: z.array(TelegramMessageSchema).openapi({ description: "Newest first" }),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: "Pass as `cursor` for older messages; null at the end", example: "bTo0MQ" }),
  })
  .openapi("TelegramMessagePage");

export const SendMessageBodySchema = z
  .object({
    message: z.string().min(1).max(4096).openapi({ example: "Hello from BIG Gateway" }),
    clientMessageId: z.string().min(1).max(64).optional().openapi({
      description:
        "Your id for this send: repeating it (within 24 h) returns the first message instead of sending again",
      example: "c5f1e7a2-1",
    }),
  })
  .openapi("TelegramSendMessageBody", {
    example: { message: "Hello from BIG Gateway", clientMessageId: "c5f1e7a2-1" },
  });

export const DialogTypeSchema = z.enum(["user", "group", "supergroup", "channel"]).openapi("TelegramDialogType", {
  description:
    "`user`: a private chat (a bot too); `group`: a basic group; `supergroup`; `channel`: a broadcast channel",
});

export const TelegramDialogSchema = z
  .object({
    chatId: z.string().openapi({ description: "Use it as `chatId` in poll and send", example: "-1000002000001" }),
    type: DialogTypeSchema,
    title: z.string().openapi({ description: "The chat's title, or the user's name", example: "Loopback News" }),
    username: z.string().nullable().openapi({ example: "loopback_news" }),
    unreadCount: z.number().int().min(0).openapi({ example: 2 }),
    // A union, not .nullable().openapi(): that would make the named TelegramMessage itself nullable.
    lastMessage: z
      .union([TelegramMessageSchema, z.null()])
      .openapi({ description: "null for a chat with no messages yet" }),
  })
  .openapi("TelegramDialog");

export const DialogPageSchema = z
  .object({
    dialogs: z.array(TelegramDialogSchema).openapi({ description: "Most recent activity first" }),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: "Pass as `cursor` for the next page; null at the end", example: "ZDoxNzAw" }),
  })
  .openapi("TelegramDialogPage");

export type SessionStatus = z.infer<typeof SessionStatusSchema>;
export type SentCode = z.infer<typeof SentCodeSchema>;
export type VerifyCodeResult = z.infer<typeof VerifyCodeResultSchema>;
export type TelegramAccount = z.infer<typeof TelegramAccountSchema>;
export type TelegramMessage = z.infer<typeof TelegramMessageSchema>;
export type MessagePage = z.infer<typeof MessagePageSchema>;
export type TelegramDialog = z.infer<typeof TelegramDialogSchema>;
export type DialogPage = z.infer<typeof DialogPageSchema>;
