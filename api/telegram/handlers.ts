import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { parseChatId } from "../../durable/telegram-chat-id.ts";
import type { SessionCallConfig } from "../../durable/telegram-config.ts";
import type { ProxyResult } from "../../durable/telegram-errors.ts";
import {
  createSessionRoute,
  deleteSessionRoute,
  listSessionsRoute,
  passwordRoute,
  pollMessagesRoute,
  sendCodeRoute,
  sendMessageRoute,
  sessionStatusRoute,
  verifyCodeRoute,
} from "../../openapi/telegram-proxy.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";

/** A key may hold this many sessions (each one is a Durable Object and possibly a socket). */
export const MAX_SESSIONS_PER_KEY = 50;

type Ctx = Context<AppEnv>;

/** Throws the DO's error answer as an ApiError (429 keeps Telegram's wait as Retry-After). */
function unwrap<T>(result: ProxyResult<T>): T {
  if (result.ok) return result.data;
  const { status, code, message, retryAfter } = result.error;
  throw new ApiError(status, code, message, retryAfter === undefined ? {} : { retryAfter, details: { retryAfter } });
}

function callConfig(c: Ctx): SessionCallConfig {
  const config = c.var.config;
  return { telegram: config.telegram, sessionSecret: config.sessionSecret };
}

/** The session's object, after checking that the calling key owns it (others get 404). */
async function ownedSession(c: Ctx, sessionId: string) {
  const row = await c.env.DB.prepare("SELECT id FROM telegram_sessions WHERE id = ? AND api_key_id = ?")
    .bind(sessionId, c.var.apiKeyId)
    .first<{ id: string }>();
  if (!row) throw ApiError.notFound("No such session");
  return c.env.TELEGRAM_SESSIONS.get(c.env.TELEGRAM_SESSIONS.idFromName(sessionId));
}

function chatRef(chatId: string) {
  const chat = parseChatId(chatId);
  if (!chat) throw ApiError.badRequest("chatId must be `me`, `@username` or a numeric user id");
  return chat;
}

export function registerTelegramRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createSessionRoute, async (c) => {
    const apiKeyId = c.var.apiKeyId;
    const sessionId = crypto.randomUUID();
    // The row is claimed first, in one statement that also checks the cap, so racing creates
    // cannot all pass a count read before any of them inserted.
    const claimed = await c.env.DB.prepare(
      `INSERT INTO telegram_sessions (id, api_key_id, created_at)
       SELECT ?1, ?2, ?3 WHERE (SELECT COUNT(*) FROM telegram_sessions WHERE api_key_id = ?2) < ?4
       RETURNING id`,
    )
      .bind(sessionId, apiKeyId, Date.now(), MAX_SESSIONS_PER_KEY)
      .first<{ id: string }>();
    if (!claimed) {
      throw ApiError.conflict(
        `An API key can hold ${MAX_SESSIONS_PER_KEY} sessions: delete one first`,
        "SESSION_LIMIT_REACHED",
      );
    }
    const stub = c.env.TELEGRAM_SESSIONS.get(c.env.TELEGRAM_SESSIONS.idFromName(sessionId));
    try {
      unwrap(await stub.create(sessionId, apiKeyId));
    } catch (error) {
      await c.env.DB.prepare("DELETE FROM telegram_sessions WHERE id = ?").bind(sessionId).run();
      throw error;
    }
    return c.json({ success: true as const, data: { sessionId } }, 201);
  });

  app.openapi(listSessionsRoute, async (c) => {
    const { results } = await c.env.DB.prepare(
      "SELECT id, created_at FROM telegram_sessions WHERE api_key_id = ? ORDER BY created_at, id",
    )
      .bind(c.var.apiKeyId)
      .all<{ id: string; created_at: number }>();
    const sessions = results.map((row) => ({ sessionId: row.id, createdAt: new Date(row.created_at).toISOString() }));
    return c.json({ success: true as const, data: { sessions } }, 200);
  });

  app.openapi(sessionStatusRoute, async (c) => {
    const { sessionId } = c.req.valid("param");
    const stub = await ownedSession(c, sessionId);
    return c.json({ success: true as const, data: unwrap(await stub.status(c.var.apiKeyId)) }, 200);
  });

  app.openapi(deleteSessionRoute, async (c) => {
    const { sessionId } = c.req.valid("param");
    const stub = await ownedSession(c, sessionId);
    const { loggedOut } = unwrap(await stub.destroy(callConfig(c), c.var.apiKeyId));
    await c.env.DB.prepare("DELETE FROM telegram_sessions WHERE id = ?").bind(sessionId).run();
    return c.json({ success: true as const, data: { sessionId, loggedOut } }, 200);
  });

  app.openapi(sendCodeRoute, async (c) => {
    const { sessionId, phoneNumber } = c.req.valid("json");
    const stub = await ownedSession(c, sessionId);
    return c.json(
      { success: true as const, data: unwrap(await stub.sendCode(callConfig(c), c.var.apiKeyId, phoneNumber)) },
      200,
    );
  });

  app.openapi(verifyCodeRoute, async (c) => {
    const { sessionId, ...input } = c.req.valid("json");
    const stub = await ownedSession(c, sessionId);
    return c.json(
      { success: true as const, data: unwrap(await stub.verifyCode(callConfig(c), c.var.apiKeyId, input)) },
      200,
    );
  });

  app.openapi(passwordRoute, async (c) => {
    const { sessionId, password } = c.req.valid("json");
    const stub = await ownedSession(c, sessionId);
    return c.json(
      { success: true as const, data: unwrap(await stub.checkPassword(callConfig(c), c.var.apiKeyId, password)) },
      200,
    );
  });

  app.openapi(pollMessagesRoute, async (c) => {
    const { chatId } = c.req.valid("param");
    const { limit, cursor } = c.req.valid("query");
    const stub = await ownedSession(c, c.req.valid("header")["x-session-id"]);
    const page = unwrap(await stub.poll(callConfig(c), c.var.apiKeyId, chatRef(chatId), limit, cursor));
    return c.json({ success: true as const, data: page }, 200);
  });

  app.openapi(sendMessageRoute, async (c) => {
    const { chatId } = c.req.valid("param");
    const { message, clientMessageId } = c.req.valid("json");
    const stub = await ownedSession(c, c.req.valid("header")["x-session-id"]);
    const sent = unwrap(await stub.send(callConfig(c), c.var.apiKeyId, chatRef(chatId), message, clientMessageId));
    return c.json({ success: true as const, data: sent }, 200);
  });
}
