import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { type Outcome, TELEGRAM_OWNER_HEADER } from "../../durable/index.ts";
import { parseChatId } from "../../openapi/telegram-chat-id.ts";
import {
  createSessionRoute,
  deleteSessionRoute,
  deleteWebhookRoute,
  getWebhookRoute,
  listDialogsRoute,
  listSessionsRoute,
  passwordRoute,
  pollMessagesRoute,
  putWebhookRoute,
  sendCodeRoute,
  sendMessageRoute,
  sessionStatusRoute,
  telegramUpdateWebhook,
  updatesSocketRoute,
  verifyCodeRoute,
} from "../../openapi/telegram-proxy.ts";
import { TELEGRAM_UPDATES_PROTOCOL } from "../../openapi/telegram-updates.ts";
import { isWebSocketUpgrade, offeredProtocols } from "../auth/websocket-credential.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { unwrap } from "../objects/unwrap.ts";
import { claimSession, deleteSession, listSessions, MAX_SESSIONS_PER_KEY, ownsSession } from "./store.ts";

type Ctx = Context<AppEnv>;

function sessionObject(c: Ctx, sessionId: string) {
  return c.env.TELEGRAM_SESSIONS.get(c.env.TELEGRAM_SESSIONS.idFromName(sessionId));
}

/** The session's object, after checking that the calling key owns it (others get 404). */
async function ownedSession(c: Ctx, sessionId: string) {
  if (!(await ownsSession(c.env.DB, sessionId, c.get("apiKeyId")))) throw ApiError.notFound("No such session");
  return sessionObject(c, sessionId);
}

/**
 * The owned session, for a call that talks to Telegram. The object checks its own settings too;
 * the Worker has validated the same vars already, so an unconfigured app is refused here without
 * waking an object.
 */
async function telegramSession(c: Ctx, sessionId: string) {
  const stub = await ownedSession(c, sessionId);
  if (!c.get("config").telegram.api) {
    throw new ApiError(503, "TELEGRAM_NOT_CONFIGURED", "TELEGRAM_API_ID and TELEGRAM_API_HASH are not set");
  }
  return stub;
}

function chatRef(chatId: string) {
  const chat = parseChatId(chatId);
  if (!chat) throw ApiError.badRequest("chatId must be `me`, `@username` or a numeric chat id");
  return chat;
}

export function registerTelegramRoutes(app: OpenAPIHono<AppEnv>) {
  // What a subscribed webhook receives: documented, not served (OpenAPI 3.1 `webhooks`).
  app.openAPIRegistry.registerWebhook(telegramUpdateWebhook);

  app.openapi(createSessionRoute, async (c) => {
    const apiKeyId = c.get("apiKeyId");
    const sessionId = crypto.randomUUID();
    // The row is claimed first, with the cap, so racing creates cannot exceed it.
    if (!(await claimSession(c.env.DB, sessionId, apiKeyId, Date.now()))) {
      throw ApiError.conflict(
        `An API key can hold ${MAX_SESSIONS_PER_KEY} sessions: delete one first`,
        "SESSION_LIMIT_REACHED",
      );
    }
    try {
      unwrap(await sessionObject(c, sessionId).create(sessionId, apiKeyId));
    } catch (error) {
      await deleteSession(c.env.DB, sessionId);
      throw error;
    }
    return c.json({ success: true as const, data: { sessionId } }, 201);
  });

  app.openapi(listSessionsRoute, async (c) => {
    const sessions = await listSessions(c.env.DB, c.get("apiKeyId"));
    return c.json({ success: true as const, data: { sessions } }, 200);
  });

  app.openapi(sessionStatusRoute, async (c) => {
    const { sessionId } = c.req.valid("param");
    const stub = await ownedSession(c, sessionId);
    return c.json({ success: true as const, data: unwrap(await stub.status(c.get("apiKeyId"))) }, 200);
  });

  app.openapi(deleteSessionRoute, async (c) => {
    const { sessionId } = c.req.valid("param");
    const stub = await ownedSession(c, sessionId);
    const { loggedOut } = unwrap(await stub.destroy(c.get("apiKeyId")));
    await deleteSession(c.env.DB, sessionId);
    return c.json({ success: true as const, data: { sessionId, loggedOut } }, 200);
  });

  app.openapi(sendCodeRoute, async (c) => {
    const { sessionId, phoneNumber } = c.req.valid("json");
    const stub = await telegramSession(c, sessionId);
    return c.json({ success: true as const, data: unwrap(await stub.sendCode(c.get("apiKeyId"), phoneNumber)) }, 200);
  });

  app.openapi(verifyCodeRoute, async (c) => {
    const { sessionId, ...input } = c.req.valid("json");
    const stub = await telegramSession(c, sessionId);
    return c.json({ success: true as const, data: unwrap(await stub.verifyCode(c.get("apiKeyId"), input)) }, 200);
  });

  app.openapi(passwordRoute, async (c) => {
    const { sessionId, password } = c.req.valid("json");
    const stub = await telegramSession(c, sessionId);
    return c.json({ success: true as const, data: unwrap(await stub.checkPassword(c.get("apiKeyId"), password)) }, 200);
  });

  app.openapi(listDialogsRoute, async (c) => {
    const { limit, cursor } = c.req.valid("query");
    const stub = await telegramSession(c, c.req.valid("header")["x-session-id"]);
    return c.json({ success: true as const, data: unwrap(await stub.dialogs(c.get("apiKeyId"), limit, cursor)) }, 200);
  });

  app.openapi(pollMessagesRoute, async (c) => {
    const { chatId } = c.req.valid("param");
    const { limit, cursor } = c.req.valid("query");
    const stub = await telegramSession(c, c.req.valid("header")["x-session-id"]);
    const page = unwrap(await stub.poll(c.get("apiKeyId"), chatRef(chatId), limit, cursor));
    return c.json({ success: true as const, data: page }, 200);
  });

  app.openapi(sendMessageRoute, async (c) => {
    const { chatId } = c.req.valid("param");
    const { message, clientMessageId } = c.req.valid("json");
    const stub = await telegramSession(c, c.req.valid("header")["x-session-id"]);
    const sent = unwrap(await stub.send(c.get("apiKeyId"), chatRef(chatId), message, clientMessageId));
    return c.json({ success: true as const, data: sent }, 200);
  });

  app.openapi(putWebhookRoute, async (c) => {
    const { sessionId } = c.req.valid("param");
    const webhook = c.req.valid("json");
    // The secret and every update travel to this URL: production posts over TLS only.
    if (c.get("config").isProduction && !webhook.url.startsWith("https://")) {
      throw ApiError.badRequest("url must be https", {
        target: "body",
        issues: [{ path: "url", message: "must be https" }],
      });
    }
    const stub = await telegramSession(c, sessionId);
    return c.json({ success: true as const, data: unwrap(await stub.setWebhook(c.get("apiKeyId"), webhook)) }, 200);
  });

  app.openapi(getWebhookRoute, async (c) => {
    const stub = await ownedSession(c, c.req.valid("param").sessionId);
    return c.json({ success: true as const, data: unwrap(await stub.webhook(c.get("apiKeyId"))) }, 200);
  });

  app.openapi(deleteWebhookRoute, async (c) => {
    const stub = await ownedSession(c, c.req.valid("param").sessionId);
    return c.json({ success: true as const, data: unwrap(await stub.deleteWebhook(c.get("apiKeyId"))) }, 200);
  });

  app.openapi(updatesSocketRoute, async (c) => {
    if (!isWebSocketUpgrade(c)) {
      throw new ApiError(426, "UPGRADE_REQUIRED", "Connect with a WebSocket (Upgrade: websocket)");
    }
    const sessionId = c.req.valid("header")["x-session-id"] ?? c.req.valid("query").sessionId;
    if (!sessionId) throw ApiError.badRequest("Name the session with X-Session-ID or ?sessionId=");
    const stub = await telegramSession(c, sessionId);
    const answer = await stub.fetch("https://telegram-session.internal/updates", {
      headers: { upgrade: "websocket", [TELEGRAM_OWNER_HEADER]: c.get("apiKeyId") },
    });
    const webSocket = answer.webSocket;
    if (answer.status !== 101 || !webSocket) {
      unwrap((await answer.json()) as Outcome<never>);
      throw new ApiError(500, "INTERNAL_ERROR", "The socket was not accepted");
    }
    // Answer the subprotocol the client asked for (never the bearer one: it holds the key).
    const headers = new Headers();
    if (offeredProtocols(c).includes(TELEGRAM_UPDATES_PROTOCOL)) {
      headers.set("sec-websocket-protocol", TELEGRAM_UPDATES_PROTOCOL);
    }
    return new Response(null, { status: 101, webSocket, headers });
  });
}
