import { createRoute, z } from "@hono/zod-openapi";
import { ChatDetailsSchema } from "./chats.ts";
import { BEARER_JWT } from "./document.ts";
import { errors, jsonBody, jsonSuccess } from "./envelope.ts";
import { MessagePathSchema } from "./messages.ts";
import { UserIdSchema } from "./messaging-types.ts";

// Privacy settings, blocks, group invitations and message reports (issue 16).

const bearer = [{ [BEARER_JWT]: [] }];
const TAG = "Privacy and safety";

/** Who a setting admits. "contacts": users whose number is in your phone book. */
export const AUDIENCES = ["everyone", "contacts", "nobody"] as const;
const AudienceSchema = z.enum(AUDIENCES).openapi({ example: "contacts" });

export const PrivacySettingsSchema = z
  .object({
    addToGroups: AudienceSchema.openapi({
      description: "Who may add you to groups. Anyone else sends you an invitation to accept or decline.",
    }),
    presence: AudienceSchema.openapi({
      description:
        "Who sees whether you are online, when you were last seen and that you are typing. With `nobody` you see no one's either.",
    }),
  })
  .openapi("PrivacySettings");

export const PrivacyPatchSchema = z
  .object({ addToGroups: AudienceSchema.optional(), presence: AudienceSchema.optional() })
  .strict()
  .refine((body) => body.addToGroups !== undefined || body.presence !== undefined, {
    message: "Give addToGroups or presence",
  })
  .openapi("PrivacyPatch", { example: { addToGroups: "contacts", presence: "contacts" } });

export const getPrivacyRoute = createRoute({
  method: "get",
  path: "/api/v1/me/privacy",
  operationId: "getPrivacy",
  summary: "Your privacy settings",
  tags: [TAG],
  security: bearer,
  responses: { 200: jsonSuccess("Your settings", PrivacySettingsSchema), ...errors(401) },
});

export const updatePrivacyRoute = createRoute({
  method: "patch",
  path: "/api/v1/me/privacy",
  operationId: "updatePrivacy",
  summary: "Change who may add you to groups and who sees your presence",
  tags: [TAG],
  security: bearer,
  request: { body: jsonBody(PrivacyPatchSchema) },
  responses: { 200: jsonSuccess("Your settings", PrivacySettingsSchema), ...errors(400, 401, 413, 415) },
});

export const BlockedPathSchema = z.object({
  userId: UserIdSchema.openapi({ param: { name: "userId", in: "path" } }),
});

export const BlockedUserSchema = z
  .object({
    userId: UserIdSchema,
    blockedAt: z.iso.datetime().openapi({ example: "2026-12-01T10:00:00.000Z" }),
  })
  .openapi("BlockedUser");

export const BlockStateSchema = z.object({ userId: UserIdSchema, blocked: z.boolean() }).openapi("BlockState");

export const listBlockedRoute = createRoute({
  method: "get",
  path: "/api/v1/me/blocked",
  operationId: "listBlockedUsers",
  summary: "The users you blocked",
  tags: [TAG],
  security: bearer,
  responses: {
    200: jsonSuccess("Newest first", z.object({ users: z.array(BlockedUserSchema) })),
    ...errors(401),
  },
});

export const blockUserRoute = createRoute({
  method: "put",
  path: "/api/v1/me/blocked/{userId}",
  operationId: "blockUser",
  summary: "Block a user",
  description:
    "Idempotent. A blocked user cannot send you messages in your dialog (403 `BLOCKED`), add or invite you to groups (silently: they are not told), call you, or see your presence; you no longer see theirs. In a group you share, what they write is not delivered to you (no update, no push, not unread) and is left out of your history, search and unread counts; the other members still see it. Unblocking delivers what they write next and shows the rest in your history again. 404 for an unknown user, 400 for yourself.",
  tags: [TAG],
  security: bearer,
  request: { params: BlockedPathSchema },
  responses: { 200: jsonSuccess("Blocked", BlockStateSchema), ...errors(400, 401, 404) },
});

export const unblockUserRoute = createRoute({
  method: "delete",
  path: "/api/v1/me/blocked/{userId}",
  operationId: "unblockUser",
  summary: "Unblock a user",
  description: "Idempotent: unblocking someone not blocked answers the same.",
  tags: [TAG],
  security: bearer,
  request: { params: BlockedPathSchema },
  responses: { 200: jsonSuccess("Not blocked", BlockStateSchema), ...errors(400, 401) },
});

export const GroupInvitationSchema = z
  .object({
    id: z.string().openapi({ example: "inv_6c1f0e2d3b4a59687f0e1d2c3b4a5968" }),
    chatId: z.string().openapi({ example: "grp_9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d" }),
    title: z.string().openapi({ example: "Weekend trip", description: "The group's title when you were invited" }),
    inviterId: UserIdSchema,
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
  })
  .openapi("GroupInvitation");

export const InvitationPathSchema = z.object({
  invitationId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "invitationId", in: "path" }, example: "inv_6c1f0e2d3b4a59687f0e1d2c3b4a5968" }),
});

export const listInvitationsRoute = createRoute({
  method: "get",
  path: "/api/v1/me/group-invitations",
  operationId: "listGroupInvitations",
  summary: "Group invitations waiting for your answer",
  description:
    "Made when someone your `addToGroups` setting does not admit puts you in a group. They expire after 7 days.",
  tags: [TAG],
  security: bearer,
  responses: {
    200: jsonSuccess("Newest first", z.object({ invitations: z.array(GroupInvitationSchema) })),
    ...errors(401),
  },
});

export const acceptInvitationRoute = createRoute({
  method: "post",
  path: "/api/v1/me/group-invitations/{invitationId}/accept",
  operationId: "acceptGroupInvitation",
  summary: "Join the group you were invited to",
  description:
    "You become a member if the inviter may still add members (else 404 `INVITATION_EXPIRED`, and the invitation is gone).",
  tags: [TAG],
  security: bearer,
  request: { params: InvitationPathSchema },
  responses: { 200: jsonSuccess("The group", ChatDetailsSchema), ...errors(401, 404, 409) },
});

export const declineInvitationRoute = createRoute({
  method: "delete",
  path: "/api/v1/me/group-invitations/{invitationId}",
  operationId: "declineGroupInvitation",
  summary: "Decline a group invitation",
  tags: [TAG],
  security: bearer,
  request: { params: InvitationPathSchema },
  responses: {
    200: jsonSuccess("Declined", z.object({ id: z.string(), declined: z.literal(true) })),
    ...errors(401, 404),
  },
});

export const ReportBodySchema = z
  .object({
    reason: z.enum(["spam", "abuse", "other"]),
    comment: z.string().max(1000).optional(),
  })
  .strict()
  .openapi("ReportRequest", { example: { reason: "spam" } });

export const reportMessageRoute = createRoute({
  method: "post",
  path: "/api/v1/chats/{chatId}/messages/{seq}/report",
  operationId: "reportMessage",
  summary: "Report a message for moderation",
  description:
    "Stores a copy of the message as you see it for the moderators. Reporting the same message again answers the first report. Rate-limited per user (429 + `Retry-After`); 404 for chats you are not in and messages you cannot see.",
  tags: [TAG],
  security: bearer,
  request: { params: MessagePathSchema, body: jsonBody(ReportBodySchema) },
  responses: {
    200: jsonSuccess("Reported", z.object({ reportId: z.string() }).openapi("MessageReport")),
    ...errors(400, 401, 404, 413, 415, 429),
  },
});
