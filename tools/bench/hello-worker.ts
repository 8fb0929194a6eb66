// The references for `npm run bench`: bare Workers code on the same workerd as the gateway, so the
// gateway's figures can be read as ratios of the platform's.
//   GET /hello                  a bare Hono hello
//   GET /hello/read             the same plus one D1 read by primary key: the least a request
//                               pays to ask the database anything (the gateway's session check)
//   GET /hello/rpc              the same hello plus one RPC to a Durable Object answering from its
//                               memory: the least a request pays to ask an object (a user's own)
//   GET /echo                   a WebSocket echo
//   GET /inbox/:user/ws         a hibernated socket held by that user's Inbox object
//   POST /rooms/:room/send      the delivery path's shape without the product: the Room object
//                               writes one row in SQLite, answers, then calls each recipient's
//                               Inbox over RPC, which sends the row on its hibernated sockets
import { DurableObject } from "cloudflare:workers";
import { Hono } from "hono";

type Env = { ROOM: DurableObjectNamespace<Room>; INBOX: DurableObjectNamespace<Inbox>; DB: D1Database };
type Delivery = { seq: number; clientMessageId: string; text: string };

export class Room extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec(
      "CREATE TABLE IF NOT EXISTS messages (seq INTEGER PRIMARY KEY AUTOINCREMENT, client_message_id TEXT UNIQUE, text TEXT)",
    );
  }

  send(clientMessageId: string, text: string, recipients: string[]): Delivery {
    const { seq } = this.ctx.storage.sql
      .exec<{ seq: number }>(
        "INSERT INTO messages (client_message_id, text) VALUES (?, ?) RETURNING seq",
        clientMessageId,
        text,
      )
      .one();
    const delivery = { seq, clientMessageId, text };
    this.ctx.waitUntil(
      Promise.all(recipients.map((id) => this.env.INBOX.get(this.env.INBOX.idFromName(id)).deliver(delivery))),
    );
    return delivery;
  }
}

export class Inbox extends DurableObject<Env> {
  override fetch(): Response {
    const [client, server] = Object.values(new WebSocketPair()) as [WebSocket, WebSocket];
    this.ctx.acceptWebSocket(server);
    return new Response(null, { status: 101, webSocket: client });
  }

  deliver(delivery: Delivery) {
    const frame = JSON.stringify({ type: "newMessage", message: delivery });
    for (const ws of this.ctx.getWebSockets()) ws.send(frame);
  }

  /** What an object answers from memory, for /hello/rpc. */
  hello(): { value: string } {
    return { value: "hello" };
  }

  override webSocketMessage() {}
}

const app = new Hono<{ Bindings: Env }>();

app.get("/hello", (c) => c.text("hello"));

// The table is made once per isolate, before the first read.
let table: Promise<unknown> | null = null;
app.get("/hello/read", async (c) => {
  table ??= c.env.DB.batch([
    c.env.DB.prepare("CREATE TABLE IF NOT EXISTS rows (id TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    c.env.DB.prepare("INSERT OR IGNORE INTO rows (id, value) VALUES ('hello', 'hello')"),
  ]);
  await table;
  const row = await c.env.DB.prepare("SELECT value FROM rows WHERE id = ?").bind("hello").first<{ value: string }>();
  return c.text(row?.value ?? "missing");
});

app.get("/hello/rpc", async (c) => {
  const { value } = await c.env.INBOX.get(c.env.INBOX.idFromName("hello")).hello();
  return c.text(value);
});

app.get("/echo", (c) => {
  if (c.req.header("upgrade") !== "websocket") return c.text("expected a WebSocket upgrade", 426);
  const [client, server] = Object.values(new WebSocketPair()) as [WebSocket, WebSocket];
  server.accept();
  server.addEventListener("message", (event) => server.send(event.data));
  return new Response(null, { status: 101, webSocket: client });
});

app.get("/inbox/:user/ws", (c) => {
  if (c.req.header("upgrade") !== "websocket") return c.text("expected a WebSocket upgrade", 426);
  return c.env.INBOX.get(c.env.INBOX.idFromName(c.req.param("user"))).fetch(c.req.raw);
});

app.post("/rooms/:room/send", async (c) => {
  const body = await c.req.json<{ clientMessageId: string; text: string; recipients: string[] }>();
  const room = c.env.ROOM.get(c.env.ROOM.idFromName(c.req.param("room")));
  const delivery = await room.send(body.clientMessageId, body.text, body.recipients);
  return c.json({ success: true, data: delivery }, 201);
});

export default app;
