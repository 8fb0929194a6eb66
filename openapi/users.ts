import { createRoute, z } from "@hono/zod-openapi";
import { BEARER_JWT } from "./document.ts";
import { errors, jsonBody, jsonSuccess } from "./envelope.ts";

const bearer = [{ [BEARER_JWT]: [] }];

export const UserIdSchema = z.string().min(1).max(64).openapi({ example: "usr_3f9a0c1d2e4b5a6978c0" });

/** Telegram-style: starts with a letter, then letters, digits or underscores; 5–32 in all. */
export const UsernameSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{4,31}$/, "5–32 letters, digits or underscores, starting with a letter")
  .openapi({ example: "ada_l" });

export const MeSchema = z
  .object({
    id: UserIdSchema,
    phone: z.string().openapi({ example: "+12015550123", description: "E.164" }),
    firstName: z.string().openapi({ example: "Ada" }),
    lastName: z.string().openapi({ example: "Lovelace" }),
    username: z.string().nullable().openapi({ example: "ada_l" }),
    bio: z.string().openapi({ example: "Analytical engines" }),
    createdAt: z.iso.datetime().openapi({ example: "2026-11-21T10:00:00.000Z" }),
    updatedAt: z.iso.datetime().openapi({ example: "2026-11-21T10:00:00.000Z" }),
  })
  .openapi("Me");

export const PublicUserSchema = z
  .object({
    id: UserIdSchema,
    firstName: z.string().openapi({ example: "Ada" }),
    lastName: z.string().openapi({ example: "Lovelace" }),
    username: z.string().nullable().openapi({ example: "ada_l" }),
    bio: z.string().openapi({ example: "Analytical engines" }),
    phone: z.string().nullable().openapi({
      example: "+12015550123",
      description: "Only when the caller has this number in their phone book (or it is the caller); otherwise null.",
    }),
  })
  .openapi("PublicUser");

export const UserProfileSchema = PublicUserSchema.extend({
  online: z.boolean().openapi({ description: "Connected on at least one device (or left less than ~10 s ago)" }),
  lastSeen: z.number().int().nullable().openapi({
    example: 1763719200000,
    description: "When they were last online (unix ms): now while online, null if never connected",
  }),
}).openapi("UserProfile");

export const UpdateMeSchema = z
  .object({
    firstName: z.string().trim().min(1).max(64).optional().openapi({ example: "Ada" }),
    lastName: z.string().trim().max(64).optional().openapi({ example: "Lovelace" }),
    username: UsernameSchema.nullable().optional().openapi({
      description: "Unique, compared case-insensitively; null removes it.",
      example: "ada_l",
    }),
    bio: z.string().max(300).optional().openapi({ example: "Analytical engines" }),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: "Send at least one field to change" })
  .openapi("UpdateMe");

export const SessionSchema = z
  .object({
    id: z.string().openapi({ example: "ses_5b2c9e0a1f3d4c6b7a80" }),
    deviceName: z.string().openapi({ example: "Ada's iPhone" }),
    platform: z.string().openapi({ example: "ios" }),
    createdAt: z.iso.datetime().openapi({ example: "2026-11-21T10:00:00.000Z" }),
    lastUsedAt: z.iso.datetime().openapi({ example: "2026-11-21T10:05:00.000Z" }),
    current: z.boolean().openapi({ description: "The session the calling access token belongs to" }),
  })
  .openapi("Session");

export const getMeRoute = createRoute({
  method: "get",
  path: "/api/v1/me",
  operationId: "getMe",
  summary: "Your profile",
  description: "The signed-in user's own profile, phone number included.",
  tags: ["Users"],
  security: bearer,
  responses: { 200: jsonSuccess("Your profile", MeSchema), ...errors(401) },
});

export const updateMeRoute = createRoute({
  method: "patch",
  path: "/api/v1/me",
  operationId: "updateMe",
  summary: "Change your profile",
  description:
    "Changes any of first name, last name, username and bio; fields you leave out stay as they are. A username is unique regardless of case: one already taken answers 409 `USERNAME_TAKEN`.",
  tags: ["Users"],
  security: bearer,
  request: { body: jsonBody(UpdateMeSchema, "The fields to change") },
  responses: { 200: jsonSuccess("The updated profile", MeSchema), ...errors(400, 401, 409, 413, 415) },
});

export const getUserRoute = createRoute({
  method: "get",
  path: "/api/v1/users/{userId}",
  operationId: "getUser",
  summary: "A user's public profile",
  description:
    "Name, username, bio and presence (online, last seen) of any user. The phone number is included only if the caller has it in their phone book. Presence follows the user's `presence` privacy setting: hidden (a setting that does not admit you, a block either way, or your own setting `nobody`) it reads `online: false, lastSeen: null`.",
  tags: ["Users"],
  security: bearer,
  request: { params: z.object({ userId: UserIdSchema }) },
  responses: { 200: jsonSuccess("The profile", UserProfileSchema), ...errors(400, 401, 404) },
});

export const findUsersRoute = createRoute({
  method: "get",
  path: "/api/v1/users",
  operationId: "findUsers",
  summary: "Find a user by username",
  description: "Exact, case-insensitive username lookup. Answers a list with the one match, or an empty list.",
  tags: ["Users"],
  security: bearer,
  request: {
    query: z.object({
      username: z
        .string()
        .min(1)
        .max(64)
        .openapi({ example: "ada_l", param: { description: "The username to find" } }),
    }),
  },
  responses: {
    200: jsonSuccess("Matching users", z.object({ users: z.array(PublicUserSchema) })),
    ...errors(400, 401),
  },
});

export const listSessionsRoute = createRoute({
  method: "get",
  path: "/api/v1/me/sessions",
  operationId: "listSessions",
  summary: "Your signed-in devices",
  description:
    "Every live sign-in of your account (one per device that verified a code), newest first, with the one making this call marked `current`.",
  tags: ["Users"],
  security: bearer,
  responses: { 200: jsonSuccess("Your sessions", z.object({ sessions: z.array(SessionSchema) })), ...errors(401) },
});

export const revokeSessionRoute = createRoute({
  method: "delete",
  path: "/api/v1/me/sessions/{sessionId}",
  operationId: "revokeSession",
  summary: "Sign a device out",
  description:
    "Revokes that sign-in: its refresh token stops working at once and so do its access tokens. Another user's session answers 404.",
  tags: ["Users"],
  security: bearer,
  request: {
    params: z.object({ sessionId: z.string().min(1).max(64).openapi({ example: "ses_5b2c9e0a1f3d4c6b7a80" }) }),
  },
  responses: {
    200: jsonSuccess("Revoked", z.object({ sessionId: z.string(), revoked: z.literal(true) })),
    ...errors(400, 401, 404),
  },
});
