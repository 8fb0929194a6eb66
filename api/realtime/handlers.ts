import type { OpenAPIHono } from "@hono/zod-openapi";
import { SOCKET_SESSION_HEADER, SOCKET_USER_HEADER } from "../../durable/index.ts";
import { connectRealtimeRoute } from "../../openapi/realtime.ts";
import { REALTIME_PROTOCOL } from "../../openapi/realtime-frames.ts";
import { isWebSocketUpgrade, offeredProtocols } from "../auth/websocket-credential.ts";
import { userObject } from "../chats/objects.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";

export function registerRealtimeRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(connectRealtimeRoute, async (c) => {
    if (!isWebSocketUpgrade(c)) {
      throw new ApiError(426, "UPGRADE_REQUIRED", "Connect with a WebSocket (Upgrade: websocket)");
    }
    const { userId, sessionId } = c.get("auth");
    // The socket lives in the user's UserDO (hibernation API): it accepts it and answers 101.
    const answer = await userObject(c.env, userId).fetch("https://user-do.internal/ws", {
      headers: { upgrade: "websocket", [SOCKET_USER_HEADER]: userId, [SOCKET_SESSION_HEADER]: sessionId },
    });
    const webSocket = answer.webSocket;
    if (answer.status !== 101 || !webSocket) throw new ApiError(500, "INTERNAL_ERROR", "The socket was not accepted");
    // Answer the subprotocol the client asked for (never the bearer one: it holds the token).
    const headers = new Headers();
    if (offeredProtocols(c).includes(REALTIME_PROTOCOL)) headers.set("sec-websocket-protocol", REALTIME_PROTOCOL);
    return new Response(null, { status: 101, webSocket, headers });
  });
}
