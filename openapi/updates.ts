import { createRoute, z } from "@hono/zod-openapi";
import { errors, jsonSuccess } from "./envelope.ts";
import { UpdateSchema } from "./realtime-types.ts";

export const MAX_UPDATES_PAGE = 1000;

export const UpdatesQuerySchema = z.object({
  since: z.coerce
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .openapi({ param: { name: "since", in: "query" }, example: 0, description: "The last pts you have (0 at first)" }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_UPDATES_PAGE)
    .default(100)
    .openapi({ param: { name: "limit", in: "query" }, example: 100 }),
});

export const UpdatesPageSchema = z
  .discriminatedUnion("tooLong", [
    z.object({
      tooLong: z.literal(false),
      updates: z.array(UpdateSchema).openapi({ description: "In pts order" }),
      pts: z.number().int().openapi({ description: "Pass as `since` next time" }),
      hasMore: z.boolean().openapi({ description: "More updates follow: ask again right away" }),
    }),
    z.object({
      tooLong: z.literal(true),
      pts: z.number().int().openapi({ description: "The current pts: refetch your chats, then continue from here" }),
    }),
  ])
  .openapi("UpdatesPage");

export const getUpdatesRoute = createRoute({
  method: "get",
  path: "/api/v1/updates",
  operationId: "getUpdates",
  summary: "Your updates since a pts",
  description:
    "Your update log after `since`, in order: newMessage, messageEdited, messageDeleted, reaction, read, delivered, chatUpdated, memberAdded, memberRemoved. Each carries its `pts`. When `since` is older than the retained window (UPDATE_LOG_RETENTION updates), the answer is `{tooLong: true, pts}`: reload the chat list and histories, then continue from that pts.",
  tags: ["Updates"],
  security: [{ bearerJwt: [] }],
  request: { query: UpdatesQuerySchema },
  responses: { 200: jsonSuccess("Updates, or tooLong", UpdatesPageSchema), ...errors(400, 401) },
});
