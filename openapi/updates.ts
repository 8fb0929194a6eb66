import { createRoute, z } from "@hono/zod-openapi";
import { errors, jsonBody, jsonSuccess } from "./envelope.ts";
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
    "Your update log after `since`, in order: newMessage, messageEdited, messageDeleted, reaction, read, delivered, chatUpdated, memberAdded, memberRemoved, draftUpdated. Each carries its `pts`. When `since` is older than the retained window (UPDATE_LOG_RETENTION updates), the answer is `{tooLong: true, pts}`: reload the chat list and histories, then continue from that pts.",
  tags: ["Updates"],
  security: [{ bearerJwt: [] }],
  request: { query: UpdatesQuerySchema },
  responses: { 200: jsonSuccess("Updates, or tooLong", UpdatesPageSchema), ...errors(400, 401) },
});

export const AckBodySchema = z
  .object({
    pts: z
      .number()
      .int()
      .min(1)
      .max(Number.MAX_SAFE_INTEGER)
      .openapi({ example: 42, description: "The last pts your device has" }),
  })
  .strict()
  .openapi("AckRequest", { example: { pts: 42 } });

export const AckSchema = z
  .object({ pts: z.number().int().openapi({ description: "Everything up to this pts is acknowledged" }) })
  .openapi("Ack");

export const ackUpdatesRoute = createRoute({
  method: "post",
  path: "/api/v1/updates/ack",
  operationId: "ackUpdates",
  summary: "Acknowledge updates (marks messages delivered)",
  description:
    "Tells the server your device has every update up to `pts`. The messages of newMessage updates in that range count as delivered to you: their authors get a `delivered` update and see the status `delivered`. Forward-only and idempotent (a pts beyond your log is capped). The realtime WebSocket's `ack` frame does the same.",
  tags: ["Updates"],
  security: [{ bearerJwt: [] }],
  request: { body: jsonBody(AckBodySchema) },
  responses: { 200: jsonSuccess("Acknowledged", AckSchema), ...errors(400, 401, 413, 415) },
});
