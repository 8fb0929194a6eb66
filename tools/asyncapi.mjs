// Builds the AsyncAPI 3.0 document of the realtime WebSocket from the same zod schemas the server
// validates frames with (openapi/realtime-frames.ts). Written by tools/generate-asyncapi.mjs.
import { OpenAPIHono } from "@hono/zod-openapi";
import { API_VERSION } from "../openapi/document.ts";
import {
  BEARER_PROTOCOL_PREFIX,
  CLOSE_CODES,
  ClientFrameSchema,
  REALTIME_PATH,
  REALTIME_PROTOCOL,
  ServerFrameSchema,
} from "../openapi/realtime-frames.ts";
import { TELEGRAM_UPDATES_PROTOCOL, TelegramUpdateEventSchema } from "../openapi/telegram-updates.ts";

/** The Telegram proxy's updates socket (GET /api/telegram-proxy/updates/ws): server → client only. */
const TELEGRAM_UPDATES_PATH = "/api/telegram-proxy/updates/ws";

/** OpenAPI 3.1 schema keywords → AsyncAPI Schema (JSON Schema draft 07 + a string discriminator). */
function toAsyncApiSchema(value) {
  if (Array.isArray(value)) return value.map(toAsyncApiSchema);
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === "discriminator" && inner && typeof inner === "object") out.discriminator = inner.propertyName;
    else if (key === "example") out.examples = [toAsyncApiSchema(inner)];
    else out[key] = toAsyncApiSchema(inner);
  }
  return out;
}

/** The frame schemas as named components, with refs to each other (`#/components/schemas/...`). */
function frameSchemas() {
  const app = new OpenAPIHono();
  app.openAPIRegistry.register("ClientFrame", ClientFrameSchema);
  app.openAPIRegistry.register("ServerFrame", ServerFrameSchema);
  app.openAPIRegistry.register("TelegramUpdateEvent", TelegramUpdateEventSchema);
  const document = app.getOpenAPI31Document({ openapi: "3.1.0", info: { title: "frames", version: API_VERSION } });
  return toAsyncApiSchema(document.components?.schemas ?? {});
}

/** `{ "#/components/schemas/SyncFrame": "sync", … }` for one union: message name per frame type. */
function framesOf(schemas, union) {
  const mapping = schemas[union]?.oneOf ?? [];
  return mapping.map((ref) => {
    const name = ref.$ref.split("/").pop();
    const type = schemas[name]?.properties?.type?.enum?.[0];
    return { name, type };
  });
}

/** One message per Telegram update event type (the union's options are inline: the REST contract names only the union). */
function telegramUpdateMessages(schemas) {
  const options = schemas.TelegramUpdateEvent?.oneOf ?? [];
  return Object.fromEntries(
    options.map((option, index) => {
      const type = option.properties?.type?.enum?.[0];
      const name = `TelegramUpdate_${type.replace(/\./g, "_")}`;
      return [
        name,
        {
          name: type,
          title: name,
          summary: `\`${type}\` (server → client, Telegram updates socket)`,
          contentType: "application/json",
          payload: { $ref: `#/components/schemas/TelegramUpdateEvent/oneOf/${index}` },
        },
      ];
    }),
  );
}

export function buildAsyncApiDocument() {
  const schemas = frameSchemas();
  const clientFrames = framesOf(schemas, "ClientFrame");
  const serverFrames = framesOf(schemas, "ServerFrame");
  const message = ({ name, type }, direction) => ({
    name: type,
    title: name,
    summary: `\`${type}\` (${direction})`,
    contentType: "application/json",
    payload: { $ref: `#/components/schemas/${name}` },
  });
  const messages = {};
  for (const frame of clientFrames) messages[frame.name] = message(frame, "client → server");
  for (const frame of serverFrames) messages[frame.name] = message(frame, "server → client");
  const channelMessages = Object.fromEntries(
    Object.keys(messages).map((name) => [name, { $ref: `#/components/messages/${name}` }]),
  );
  const refs = (frames) => frames.map(({ name }) => ({ $ref: `#/channels/realtime/messages/${name}` }));
  const telegramMessages = telegramUpdateMessages(schemas);
  const telegramSecurity = [
    { $ref: "#/components/securitySchemes/apiKeySubprotocol" },
    { $ref: "#/components/securitySchemes/apiKeyHeader" },
    { $ref: "#/components/securitySchemes/apiKeyQuery" },
  ];
  const security = [
    { $ref: "#/components/securitySchemes/subprotocolToken" },
    { $ref: "#/components/securitySchemes/bearerHeader" },
    { $ref: "#/components/securitySchemes/queryToken" },
  ];
  return {
    asyncapi: "3.0.0",
    info: {
      title: "BIG Gateway realtime",
      version: API_VERSION,
      description: [
        `The realtime WebSocket of BIG Messenger at \`${REALTIME_PATH}\`: one JSON object per text message, each with a \`type\`.`,
        `Ask for the subprotocol \`${REALTIME_PROTOCOL}\` (the server answers it). After connecting, send \`sync\` with the last pts you have: the missed updates follow in order, then \`synced\`, then live updates.`,
        `Close codes: ${CLOSE_CODES.replaced} replaced by a newer connection of the same device (do not reconnect); ${CLOSE_CODES.sessionRevoked} the device was signed out; ${CLOSE_CODES.flooding} too many frames (reconnect after a pause).`,
        `The Telegram proxy's updates socket at \`${TELEGRAM_UPDATES_PATH}\` (channel \`telegramUpdates\`): one \`TelegramUpdateEvent\` per text message, server to client only. Authenticate with an API key and name the session (\`X-Session-ID\` or \`?sessionId=\`); ask for the subprotocol \`${TELEGRAM_UPDATES_PROTOCOL}\`. Delivery is at least once: deduplicate by \`id\`. The guide is docs-site/guides/40-telegram-proxy.md.`,
        "Generated from openapi/realtime-frames.ts and openapi/telegram-updates.ts by `npm run asyncapi`; the guide is docs-site/guides/60-realtime.md.",
      ].join("\n\n"),
    },
    defaultContentType: "application/json",
    servers: {
      local: { host: "localhost:8787", protocol: "ws", description: "Local (`npm start`)", security },
      production: { host: "api.iambig.ai", protocol: "wss", description: "Production", security },
    },
    channels: {
      realtime: {
        address: REALTIME_PATH,
        title: "Your realtime socket",
        description:
          "Updates of your log with their pts, presence and typing of your peers; your sync, ack and typing.",
        messages: channelMessages,
        bindings: { ws: { method: "GET", bindingVersion: "0.1.0" } },
      },
      telegramUpdates: {
        address: TELEGRAM_UPDATES_PATH,
        title: "A Telegram session's updates",
        description:
          "New, edited and deleted messages of a signed-in Telegram session (private chats, basic groups, supergroups, channels), the same JSON its webhook receives. Anything the client sends is ignored.",
        messages: Object.fromEntries(
          Object.keys(telegramMessages).map((name) => [name, { $ref: `#/components/messages/${name}` }]),
        ),
        bindings: { ws: { method: "GET", bindingVersion: "0.1.0" } },
      },
    },
    operations: {
      sendFrame: {
        action: "send",
        title: "Client frames",
        summary: "sync, ack, typing, ping",
        channel: { $ref: "#/channels/realtime" },
        messages: refs(clientFrames),
      },
      receiveFrame: {
        action: "receive",
        title: "Server frames",
        summary: "updates (with pts), synced, tooLong, presence, typing, pong, error",
        channel: { $ref: "#/channels/realtime" },
        messages: refs(serverFrames),
      },
      receiveTelegramUpdate: {
        action: "receive",
        title: "Telegram updates",
        summary: "message.new, message.edited, message.deleted, updates.gap (each with a stable id)",
        channel: { $ref: "#/channels/telegramUpdates" },
        messages: Object.keys(telegramMessages).map((name) => ({
          $ref: `#/channels/telegramUpdates/messages/${name}`,
        })),
        security: telegramSecurity,
      },
    },
    components: {
      schemas,
      messages: { ...messages, ...telegramMessages },
      securitySchemes: {
        subprotocolToken: {
          type: "httpApiKey",
          in: "header",
          name: "Sec-WebSocket-Protocol",
          description: `The access token as a second subprotocol: \`${REALTIME_PROTOCOL}, ${BEARER_PROTOCOL_PREFIX}<accessToken>\` (for browsers).`,
        },
        bearerHeader: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description: "`Authorization: Bearer <accessToken>`",
        },
        apiKeySubprotocol: {
          type: "httpApiKey",
          in: "header",
          name: "Sec-WebSocket-Protocol",
          description: `A Telegram proxy API key as a second subprotocol: \`${TELEGRAM_UPDATES_PROTOCOL}, bearer.<apiKey>\` (for browsers).`,
        },
        apiKeyHeader: {
          type: "http",
          scheme: "bearer",
          description: "`Authorization: Bearer <apiKey>` (a Telegram proxy API key)",
        },
        apiKeyQuery: {
          type: "httpApiKey",
          in: "query",
          name: "token",
          description: "`?token=<apiKey>` (may end up in proxy logs)",
        },
        queryToken: {
          type: "httpApiKey",
          in: "query",
          name: "token",
          description: "`?token=<accessToken>` (may end up in proxy logs)",
        },
      },
    },
  };
}
