// The Telegram proxy's routes, as data. Every route needs an API key (`security: apiKey`) except
// the health route in openapi/health.ts. Paths and the envelope are the ones existing callers use.
import { createRoute, z } from "@hono/zod-openapi";
import { API_KEY } from "./document.ts";
import { errors, jsonBody, jsonSuccess } from "./envelope.ts";
import { WEBSOCKET_UPGRADE_EXTENSION } from "./realtime.ts";
import { CHAT_ID_PATTERN } from "./telegram-chat-id.ts";
import {
  CreatedSessionSchema,
  DeletedSessionSchema,
  DialogPageSchema,
  MessagePageSchema,
  PasswordBodySchema,
  SendCodeBodySchema,
  SendMessageBodySchema,
  SentCodeSchema,
  SessionIdSchema,
  SessionListSchema,
  SessionStatusSchema,
  TelegramAccountSchema,
  TelegramMessageSchema,
  VerifyCodeBodySchema,
  VerifyCodeResultSchema,
} from "./telegram-schemas.ts";
import { TelegramUpdateEventSchema, WebhookBodySchema, WebhookStateSchema } from "./telegram-updates.ts";

const TAGS = ["Telegram proxy"];
const security = [{ [API_KEY]: [] }];
const BASE = "/api/telegram-proxy";

const SessionParams = z.object({
  sessionId: SessionIdSchema.openapi({ param: { name: "sessionId", in: "path" } }),
});

const ChatParams = z.object({
  chatId: z
    .string()
    .regex(CHAT_ID_PATTERN, "must be `me`, `@username` or a numeric chat id")
    .openapi({
      param: { name: "chatId", in: "path" },
      description:
        "`me` (Saved Messages), `@username` (a user or a public channel), or a numeric chat id from the dialogs: a user's id, a group's (negative), a channel's or supergroup's (-100…)",
      example: "@alice",
    }),
});

const SessionHeader = z.object({
  // Header names are case-insensitive; Hono validates them lowercased.
  "x-session-id": SessionIdSchema.openapi({
    param: { name: "x-session-id", in: "header" },
    description: "`X-Session-ID`: the session to act for (one of the calling key's sessions)",
  }),
});

export const createSessionRoute = createRoute({
  method: "post",
  path: `${BASE}/sessions`,
  operationId: "telegramCreateSession",
  summary: "Create a Telegram session",
  description:
    "Makes an empty session (a Durable Object that will hold one Telegram login) owned by the calling API key. Sign it in with send-code and verify-code. No request body.",
  tags: TAGS,
  security,
  responses: {
    201: jsonSuccess("The new session", CreatedSessionSchema),
    ...errors(401, 409),
  },
});

export const listSessionsRoute = createRoute({
  method: "get",
  path: `${BASE}/sessions`,
  operationId: "telegramListSessions",
  summary: "List your sessions",
  description: "The sessions made with the calling API key, oldest first. Other keys' sessions never appear.",
  tags: TAGS,
  security,
  responses: {
    200: jsonSuccess("The caller's sessions", SessionListSchema),
    ...errors(401),
  },
});

export const sessionStatusRoute = createRoute({
  method: "get",
  path: `${BASE}/sessions/{sessionId}`,
  operationId: "telegramSessionStatus",
  summary: "Session status",
  description:
    "Whether the session has an open MTProto connection and a signed-in account. A signed-in session asks Telegram (`updates.getState`, at most 5 s) whether the login still holds, so a login Telegram dropped shows `authorized: false` and `reloginRequired: true` here; an unreachable Telegram leaves the last known state. A session of another API key answers 404.",
  tags: TAGS,
  security,
  request: { params: SessionParams },
  responses: {
    200: jsonSuccess("The session's status", SessionStatusSchema),
    ...errors(400, 401, 404),
  },
});

export const deleteSessionRoute = createRoute({
  method: "delete",
  path: `${BASE}/sessions/{sessionId}`,
  operationId: "telegramDeleteSession",
  summary: "Log out and delete a session",
  description:
    "Calls `auth.logOut` on Telegram when the session is signed in, then wipes the session's storage (auth key included).",
  tags: TAGS,
  security,
  request: { params: SessionParams },
  responses: {
    200: jsonSuccess("The session is gone", DeletedSessionSchema),
    ...errors(400, 401, 404),
  },
});

export const sendCodeRoute = createRoute({
  method: "post",
  path: `${BASE}/auth/send-code`,
  operationId: "telegramSendCode",
  summary: "Send a login code",
  description:
    "Asks Telegram to send a login code to the number (`auth.sendCode`). On the loopback DC (`npm start`), numbers 99966XYYYY get the code X repeated five times.",
  tags: TAGS,
  security,
  request: { body: jsonBody(SendCodeBodySchema) },
  responses: {
    200: jsonSuccess("The code was sent", SentCodeSchema),
    ...errors(400, 401, 404, 409, 413, 415, 429, 503),
  },
});

export const verifyCodeRoute = createRoute({
  method: "post",
  path: `${BASE}/auth/verify-code`,
  operationId: "telegramVerifyCode",
  summary: "Sign in with the login code",
  description:
    "Signs the session in (`auth.signIn`). Accounts with two-step verification answer `passwordRequired: true`: finish with `POST /auth/password`. A wrong code is 400 `PHONE_CODE_INVALID`, an expired one 400 `PHONE_CODE_EXPIRED`.",
  tags: TAGS,
  security,
  request: { body: jsonBody(VerifyCodeBodySchema) },
  responses: {
    200: jsonSuccess("Signed in, or a 2FA password is needed", VerifyCodeResultSchema),
    ...errors(400, 401, 404, 409, 413, 415, 429, 503),
  },
});

export const passwordRoute = createRoute({
  method: "post",
  path: `${BASE}/auth/password`,
  operationId: "telegramCheckPassword",
  summary: "Finish sign-in with the 2FA password",
  description:
    "Proves the two-step-verification password with SRP (`account.getPassword` + `auth.checkPassword`); the password itself is never sent to Telegram. A wrong password is 400 `PASSWORD_HASH_INVALID`.",
  tags: TAGS,
  security,
  request: { body: jsonBody(PasswordBodySchema) },
  responses: {
    200: jsonSuccess("Signed in", TelegramAccountSchema),
    ...errors(400, 401, 404, 409, 413, 415, 429, 503),
  },
});

/** `limit` and `cursor` of the paged reads (poll, dialogs). */
const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ example: 20 }),
  cursor: z.string().min(1).max(128).optional().openapi({ example: "bTo0MQ" }),
});

export const listDialogsRoute = createRoute({
  method: "get",
  path: `${BASE}/dialogs`,
  operationId: "telegramListDialogs",
  summary: "List the session's chats",
  description:
    "The account's dialogs (`messages.getDialogs`): private chats, groups, supergroups and channels, most recent activity first, each with the `chatId` poll and send take, its title, unread count and last message. Pass `nextCursor` back as `cursor` for the next page. The session comes from the `X-Session-ID` header.",
  tags: TAGS,
  security,
  request: { headers: SessionHeader, query: PageQuery },
  responses: {
    200: jsonSuccess("Dialogs, most recent first", DialogPageSchema),
    ...errors(400, 401, 404, 429, 503),
  },
});

export const pollMessagesRoute = createRoute({
  method: "get",
  path: `${BASE}/messages/poll/{chatId}`,
  operationId: "telegramPollMessages",
  summary: "Read a chat's messages",
  description:
    "A page of the chat's history (`messages.getHistory`): a private chat, group, supergroup or channel, newest first. Pass `nextCursor` back as `cursor` for older messages (a message id, as the seed's clients pass, works too). The session comes from the `X-Session-ID` header.",
  tags: TAGS,
  security,
  request: {
    params: ChatParams,
    headers: SessionHeader,
    query: PageQuery,
  },
  responses: {
    200: jsonSuccess("Messages, newest first", MessagePageSchema),
    ...errors(400, 401, 403, 404, 429, 503),
  },
});

export const sendMessageRoute = createRoute({
  method: "post",
  path: `${BASE}/messages/send/{chatId}`,
  operationId: "telegramSendMessage",
  summary: "Send a text message",
  description:
    "Sends a text message to a private chat, group, supergroup or channel (`messages.sendMessage`; a broadcast channel takes posts from its admins only: 403 `CHAT_WRITE_FORBIDDEN`). With `clientMessageId`, a repeated call within 24 hours returns the first message instead of sending twice (the same id with another chat or text: 409 `CLIENT_MESSAGE_ID_REUSED`). The session comes from the `X-Session-ID` header.",
  tags: TAGS,
  security,
  request: { params: ChatParams, headers: SessionHeader, body: jsonBody(SendMessageBodySchema) },
  responses: {
    200: jsonSuccess("The sent message", TelegramMessageSchema),
    ...errors(400, 401, 403, 404, 409, 413, 415, 429, 503),
  },
});

export const putWebhookRoute = createRoute({
  method: "put",
  path: `${BASE}/sessions/{sessionId}/webhook`,
  operationId: "telegramPutWebhook",
  summary: "Subscribe a webhook to the session's updates",
  description:
    "From now on each new, edited or deleted message of the signed-in account is POSTed to `url` as a `TelegramUpdateEvent`, signed with `X-Signature: sha256=<hex HMAC-SHA256(secret, body)>`. A failed post is retried with backoff; after `WEBHOOK_MAX_ATTEMPTS` failures the webhook is marked failing and gets nothing more until it is PUT again. While subscribed, the session keeps its MTProto connection open and catches up after a reconnect with `updates.getDifference` (private chats and basic groups) and `updates.getChannelDifference` (each supergroup and channel, from its own pts). Production takes https URLs only.",
  tags: TAGS,
  security,
  request: { params: SessionParams, body: jsonBody(WebhookBodySchema) },
  responses: {
    200: jsonSuccess("The webhook", WebhookStateSchema),
    ...errors(400, 401, 404, 413, 415, 429, 503),
  },
});

export const getWebhookRoute = createRoute({
  method: "get",
  path: `${BASE}/sessions/{sessionId}/webhook`,
  operationId: "telegramGetWebhook",
  summary: "The session's webhook",
  description: "The subscribed URL and whether it is failing (the secret is never shown), or `webhook: null`.",
  tags: TAGS,
  security,
  request: { params: SessionParams },
  responses: {
    200: jsonSuccess("The webhook, or null", WebhookStateSchema),
    ...errors(400, 401, 404),
  },
});

export const deleteWebhookRoute = createRoute({
  method: "delete",
  path: `${BASE}/sessions/{sessionId}/webhook`,
  operationId: "telegramDeleteWebhook",
  summary: "Unsubscribe the webhook",
  description: "No more posts. With no WebSocket open either, the session goes back to closing its idle connection.",
  tags: TAGS,
  security,
  request: { params: SessionParams },
  responses: {
    200: jsonSuccess("No webhook", WebhookStateSchema),
    ...errors(400, 401, 404),
  },
});

export const updatesSocketRoute = createRoute({
  method: "get",
  path: `${BASE}/updates/ws`,
  operationId: "telegramUpdatesSocket",
  summary: "Stream the session's updates over a WebSocket",
  description: [
    "Upgrades to a WebSocket on which the session sends each new, edited or deleted message as a `TelegramUpdateEvent` (JSON text frames) as it arrives. The server sends; anything the client sends is ignored.",
    "Authenticate with the API key (`Authorization: Bearer <key>`, or the subprotocol `bearer.<key>`, or the `token` query parameter) and name the session with `X-Session-ID` or the `sessionId` query parameter. The session must be signed in.",
    "While a socket (or a webhook) is subscribed the session keeps its MTProto connection open; updates missed during a reconnect are caught up with `updates.getDifference` and, per supergroup and channel, `updates.getChannelDifference`. Delivery is at least once: deduplicate by the event's `id`. The frames are described in the AsyncAPI document (channel `telegramUpdates`).",
  ].join("\n\n"),
  tags: TAGS,
  security,
  [WEBSOCKET_UPGRADE_EXTENSION]: true,
  request: {
    query: z.object({
      sessionId: SessionIdSchema.optional().openapi({
        param: { name: "sessionId", in: "query" },
        description: "The session, for clients that cannot set X-Session-ID",
      }),
      token: z
        .string()
        .max(256)
        .optional()
        .openapi({
          param: { name: "token", in: "query" },
          description: "The API key, for clients that can set no header",
        }),
    }),
    headers: z.object({
      "x-session-id": SessionIdSchema.optional().openapi({ param: { name: "x-session-id", in: "header" } }),
    }),
  },
  responses: {
    101: { description: "Switching Protocols: the WebSocket is open" },
    ...errors(400, 401, 404, 426),
  },
});

/** The post a webhook receives (OpenAPI 3.1 `webhooks`): one TelegramUpdateEvent per request. */
export const telegramUpdateWebhook = {
  method: "post" as const,
  path: "telegramUpdate",
  operationId: "telegramUpdateWebhook",
  summary: "A live update of a subscribed session",
  description:
    "What `PUT /sessions/{sessionId}/webhook` subscribes your URL to: one event per POST. Check `X-Signature` (`sha256=` + hex HMAC-SHA256 of the raw body with your secret) before trusting it; `X-Delivery-Id` is `<sessionId>:<seq>`, the same for a retried post; `X-Update-Id` is the event's `id`, the same for every delivery of one Telegram update (a retry, or a replay after the session restarted): delivery is at least once, so deduplicate by it. Answer 2xx within 10 s, or the post is retried.",
  tags: TAGS,
  // Your receiver checks the signature; the gateway's own credentials play no part.
  security: [],
  request: {
    headers: z.object({
      "x-signature": z
        .string()
        .openapi({ example: "sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" }),
      "x-delivery-id": z.string().openapi({ example: "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f:7" }),
      "x-update-id": z.string().openapi({
        description: "The event's stable `id`: deduplicate by it",
        example: "new:-1000002000001:17",
      }),
    }),
    body: jsonBody(TelegramUpdateEventSchema),
  },
  responses: { 200: { description: "Received (any 2xx)" } },
};
