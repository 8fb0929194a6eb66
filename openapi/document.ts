import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Env } from "hono";

export const API_VERSION = "0.3.0";

/** Security scheme names, used by routes as `security: [{ [BEARER_JWT]: [] }]`. */
export const BEARER_JWT = "bearerJwt";
export const API_KEY = "apiKey";
export const ADMIN_TOKEN = "adminToken";

export const documentConfig = {
  openapi: "3.1.0",
  info: {
    title: "BIG Gateway",
    version: API_VERSION,
    description:
      "The public API of BIG Messenger (`/api/v1`) and of its Telegram proxy (`/api/telegram-proxy`).\n\n" +
      'Every JSON answer is an envelope: `{"success": true, "data": …}` or ' +
      '`{"success": false, "error": {"code", "message", "details"?}}` with the matching HTTP status. ' +
      "Rate-limited calls answer 429 with `Retry-After` in seconds. Every answer carries `X-Request-Id`.",
    contact: { name: "BIG Gateway", url: "https://docs.iambig.ai" },
  },
  servers: [
    { url: "http://localhost:8787", description: "Local (`npm start`)" },
    { url: "https://api.iambig.ai", description: "Production" },
  ],
  tags: [
    { name: "Health", description: "Liveness and binding checks" },
    {
      name: "Sign-in",
      description:
        "Sign in with a code sent by SMS: `POST /auth/code`, then `POST /auth/verify` for an access token (~15 min) and a one-time refresh token; `POST /auth/refresh` rotates them.",
    },
    { name: "Users", description: "Your profile and devices (sessions), and other users' public profiles" },
    {
      name: "Contacts",
      description: "Your phone book: upload it to see which contacts use BIG Messenger",
    },
    {
      name: "Chats",
      description:
        "Your chat list, dialogs (one per pair of people; Saved messages with yourself) and per-chat settings",
    },
    { name: "Groups", description: "Groups: members, roles (owner, admin, member), title and about" },
    {
      name: "Messages",
      description:
        "History paged by seq, sending (idempotent by clientMessageId), edits, deletes, reactions, read markers",
    },
    {
      name: "Attachments",
      description: "Files streamed to storage, sent in messages, downloadable by the chat's members only",
    },
    { name: "Updates", description: "Your update log: everything that happened in your chats, in pts order" },
    {
      name: "Realtime",
      description:
        "The realtime WebSocket: live updates with their pts, catch-up after a reconnect, delivered/read, presence and typing",
    },
    { name: "Telegram proxy", description: "A REST API over a Telegram user account; callers use an API key" },
    {
      name: "Assistant",
      description: "A dialog with the built-in AI assistant: replies stream live (aiDelta frames), one turn at a time",
    },
    {
      name: "Push",
      description: "Push notifications: each session's APNs, FCM or Web Push target, and your push settings",
    },
    {
      name: "Calls",
      description:
        "Voice and video calls in dialogs and groups: start one here, then answer, signal (SDP, ICE) and hang up over the realtime socket",
    },
    {
      name: "Privacy and safety",
      description:
        "Who may add you to groups and see your presence, blocking users, group invitations, reporting messages",
    },
    { name: "Search", description: "Full-text search of one chat, or of the top of your chat list" },
    { name: "Admin", description: "Operator API: Telegram-proxy API keys and their usage; needs the `ADMIN_TOKEN`" },
  ],
};

/** Registers the security schemes once on the app's registry. */
export function registerSecuritySchemes<E extends Env>(app: OpenAPIHono<E>) {
  app.openAPIRegistry.registerComponent("securitySchemes", BEARER_JWT, {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "An access token from `POST /api/v1/auth/verify` or `POST /api/v1/auth/refresh` (valid ~15 minutes).",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", API_KEY, {
    type: "http",
    scheme: "bearer",
    description: "A Telegram-proxy API key made with `POST /api/admin/api-keys` or `npm run apikey -- create <name>`.",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", ADMIN_TOKEN, {
    type: "http",
    scheme: "bearer",
    description: "The operator token: the `ADMIN_TOKEN` secret (the admin API is off while it is unset).",
  });
}
