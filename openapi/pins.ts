import { createRoute, z } from "@hono/zod-openapi";
import { ChatPathSchema } from "./chats.ts";
import { errors, jsonSuccess } from "./envelope.ts";
import { MessagePathSchema } from "./messages.ts";
import { MessageSchema, TimestampSchema, UserIdSchema } from "./messaging-types.ts";

const BEARER = [{ bearerJwt: [] }];

export const MAX_PINNED_MESSAGES = 50;

export const PinnedMessageSchema = z
  .object({ message: MessageSchema, pinnedBy: UserIdSchema, pinnedAt: TimestampSchema })
  .openapi("PinnedMessage");

export const PinnedListSchema = z
  .object({ pinned: z.array(PinnedMessageSchema).openapi({ description: "Latest pin first" }) })
  .openapi("PinnedList");

export type PinnedMessage = z.infer<typeof PinnedMessageSchema>;

export const listPinnedRoute = createRoute({
  method: "get",
  path: "/api/v1/chats/{chatId}/pinned",
  operationId: "listPinned",
  summary: "The chat's pinned messages",
  description: "Pinned messages you can see (one deleted for you is left out; one deleted for everyone is unpinned).",
  tags: ["Messages"],
  security: BEARER,
  request: { params: ChatPathSchema },
  responses: { 200: jsonSuccess("Pinned messages", PinnedListSchema), ...errors(401, 404) },
});

export const pinMessageRoute = createRoute({
  method: "put",
  path: "/api/v1/chats/{chatId}/pinned/{seq}",
  operationId: "pinMessage",
  summary: "Pin a message",
  description: `Dialogs: either member. Groups: the owner and admins (403 otherwise). At most ${MAX_PINNED_MESSAGES} per chat (409 PIN_LIMIT_REACHED). A repeat changes nothing. Members get \`chatUpdated\` with \`pinnedMessage\`.`,
  tags: ["Messages"],
  security: BEARER,
  request: { params: MessagePathSchema },
  responses: { 200: jsonSuccess("The chat's pinned messages", PinnedListSchema), ...errors(400, 401, 403, 404, 409) },
});

export const unpinMessageRoute = createRoute({
  method: "delete",
  path: "/api/v1/chats/{chatId}/pinned/{seq}",
  operationId: "unpinMessage",
  summary: "Unpin a message",
  description: "Who may pin may unpin. Unpinning a message that is not pinned changes nothing.",
  tags: ["Messages"],
  security: BEARER,
  request: { params: MessagePathSchema },
  responses: { 200: jsonSuccess("The chat's pinned messages", PinnedListSchema), ...errors(400, 401, 403, 404) },
});
