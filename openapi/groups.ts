import { createRoute, z } from "@hono/zod-openapi";
import { ChatDetailsSchema, ChatPathSchema } from "./chats.ts";
import { errors, jsonBody, jsonSuccess } from "./envelope.ts";
import { ABOUT_MAX, TITLE_MAX, UserIdSchema } from "./messaging-types.ts";

const BEARER = [{ bearerJwt: [] }];

/** Most user ids one request may add (the group's own limit is GROUP_MEMBER_LIMIT). */
export const MAX_USER_IDS_PER_REQUEST = 200;

const TitleSchema = z.string().trim().min(1).max(TITLE_MAX).openapi({ example: "Weekend trip" });

export const CreateGroupBodySchema = z
  .object({
    title: TitleSchema,
    memberIds: z
      .array(UserIdSchema)
      .max(MAX_USER_IDS_PER_REQUEST)
      .optional()
      .openapi({ description: "Other members; you are added as the owner" }),
  })
  .strict()
  .openapi("CreateGroupRequest", {
    example: { title: "Weekend trip", memberIds: ["usr_7f3a9c2e1b", "usr_0c4d2a9b7e"] },
  });

export const UpdateGroupBodySchema = z
  .object({
    title: TitleSchema.optional(),
    about: z.string().max(ABOUT_MAX).optional().openapi({ example: "Planning the hike" }),
  })
  .strict()
  .refine((body) => body.title !== undefined || body.about !== undefined, { message: "Give title or about" })
  .openapi("UpdateGroupRequest", { example: { title: "Weekend trip (Sat)", about: "Planning the hike" } });

export const AddMembersBodySchema = z
  .object({ userIds: z.array(UserIdSchema).min(1).max(MAX_USER_IDS_PER_REQUEST) })
  .strict()
  .openapi("AddMembersRequest", { example: { userIds: ["usr_5e8f1a2b3c"] } });

export const SetRoleBodySchema = z
  .object({ role: z.enum(["admin", "member"]).openapi({ description: "The owner is not assignable here" }) })
  .strict()
  .openapi("SetRoleRequest", { example: { role: "admin" } });

export const MemberPathSchema = ChatPathSchema.extend({
  userId: UserIdSchema.openapi({ param: { name: "userId", in: "path" } }),
});

export const RemovedMemberSchema = z
  .object({
    chatId: z.string(),
    userId: UserIdSchema,
    left: z.boolean().openapi({ description: "true when you left" }),
  })
  .openapi("RemovedMember");

/**
 * A group after members were put in it: some may have been invited instead (their privacy setting).
 * Spelled out as ChatDetails' fields plus one (not `.extend`, which the document renders as an
 * allOf): clients of the released contract read the same object they always did.
 */
export const GroupChangeSchema = z
  .object({
    ...ChatDetailsSchema.shape,
    invitedUserIds: z.array(UserIdSchema).openapi({
      description:
        "Users who were not added but invited, since their `addToGroups` setting does not admit you; they join if they accept",
    }),
  })
  .openapi("GroupChange");

export const createGroupRoute = createRoute({
  method: "post",
  path: "/api/v1/groups",
  operationId: "createGroup",
  summary: "Create a group",
  description: `A new group with you as its owner and \`memberIds\` as members (at most GROUP_MEMBER_LIMIT in all, 1,000 by default; ${MAX_USER_IDS_PER_REQUEST} ids per request). Every id must be a user. Users whose \`addToGroups\` privacy setting does not admit you are invited instead (\`invitedUserIds\`). Rate-limited per user: GROUP_CREATE_HOURLY_LIMIT groups and GROUP_ADD_HOURLY_LIMIT users added or invited per hour (429 + \`Retry-After\`).`,
  tags: ["Groups"],
  security: BEARER,
  request: { body: jsonBody(CreateGroupBodySchema) },
  responses: {
    201: jsonSuccess("The group", GroupChangeSchema),
    ...errors(400, 401, 409, 413, 415, 429),
  },
});

export const updateGroupRoute = createRoute({
  method: "patch",
  path: "/api/v1/groups/{chatId}",
  operationId: "updateGroup",
  summary: "Rename a group or change its about",
  description: "Owner and admins only (403 for other members, 404 for non-members). Members get `chatUpdated`.",
  tags: ["Groups"],
  security: BEARER,
  request: { params: ChatPathSchema, body: jsonBody(UpdateGroupBodySchema) },
  responses: { 200: jsonSuccess("The group", ChatDetailsSchema), ...errors(400, 401, 403, 404, 413, 415) },
});

export const addMembersRoute = createRoute({
  method: "post",
  path: "/api/v1/groups/{chatId}/members",
  operationId: "addGroupMembers",
  summary: "Add members",
  description:
    "Owner and admins add users (existing members are skipped). Users whose `addToGroups` privacy setting does not admit you are invited instead (`invitedUserIds`). 409 `MEMBER_LIMIT_REACHED` past the limit; 429 past GROUP_ADD_HOURLY_LIMIT users added or invited per hour. Everyone gets `memberAdded`.",
  tags: ["Groups"],
  security: BEARER,
  request: { params: ChatPathSchema, body: jsonBody(AddMembersBodySchema) },
  responses: { 200: jsonSuccess("The group", GroupChangeSchema), ...errors(400, 401, 403, 404, 409, 413, 415, 429) },
});

export const removeMemberRoute = createRoute({
  method: "delete",
  path: "/api/v1/groups/{chatId}/members/{userId}",
  operationId: "removeGroupMember",
  summary: "Remove a member, or leave",
  description:
    "Your own id leaves the group (an owner who leaves hands the group to the longest-serving admin, else member). The owner removes anyone; admins remove plain members. Everyone, including the removed member, gets `memberRemoved`.",
  tags: ["Groups"],
  security: BEARER,
  request: { params: MemberPathSchema },
  responses: { 200: jsonSuccess("Removed", RemovedMemberSchema), ...errors(400, 401, 403, 404) },
});

export const setMemberRoleRoute = createRoute({
  method: "patch",
  path: "/api/v1/groups/{chatId}/members/{userId}",
  operationId: "setGroupMemberRole",
  summary: "Make a member an admin, or not",
  description: "Owner only. Members get `chatUpdated` with the member's new role.",
  tags: ["Groups"],
  security: BEARER,
  request: { params: MemberPathSchema, body: jsonBody(SetRoleBodySchema) },
  responses: { 200: jsonSuccess("The group", ChatDetailsSchema), ...errors(400, 401, 403, 404, 409, 413, 415) },
});
