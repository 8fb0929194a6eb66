// The reference for `npm run bench`: a bare Hono "hello" and a WebSocket echo on the same
// workerd as the gateway, so the gateway's figures can be read as ratios of the platform's.
import { Hono } from "hono";

const app = new Hono();

app.get("/hello", (c) => c.text("hello"));

app.get("/echo", (c) => {
  if (c.req.header("upgrade") !== "websocket") return c.text("expected a WebSocket upgrade", 426);
  const [client, server] = Object.values(new WebSocketPair()) as [WebSocket, WebSocket];
  server.accept();
  server.addEventListener("message", (event) => server.send(event.data));
  return new Response(null, { status: 101, webSocket: client });
});

export default app;
