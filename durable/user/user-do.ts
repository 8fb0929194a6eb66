import { DurableObject } from "cloudflare:workers";
import type { ChatInfo } from "../../openapi/messaging-types.ts";
import { CLOSE_CODES, type PresenceFrame, type TypingFrame } from "../../openapi/realtime-frames.ts";
import type { ChatEvent } from "../chat/rpc.ts";
import { type Clock, systemClock } from "../clock.ts";
import { messagingLimits } from "../config.ts";
import { type Outcome, outcome, outcomeOf } from "../outcome.ts";
import { acknowledgeUpdates } from "./acknowledge.ts";
import { COUNTERS_SCHEMA, countInWindow } from "./counters.ts";
import { FloodGate, parseClientFrame, TypingThrottle } from "./frames.ts";
import { PresenceKeeper } from "./presence-keeper.ts";
import { presencePeers, relayTo, relayTyping } from "./relay.ts";
import { type ChatListCursor, SOCKET_SESSION_HEADER, SOCKET_USER_HEADER } from "./rpc.ts";
import { USER_SCHEMA } from "./schema.ts";
import { attachmentOf, closeSocket, type SocketAttachment, sendFrame, sessionTag } from "./sockets.ts";
import { type SettingsPatch, UserStore } from "./store.ts";
import { broadcastUpdates, SYNC_PAGE, syncSocket } from "./sync.ts";

const PING = JSON.stringify({ type: "ping" });
const PONG = JSON.stringify({ type: "pong" });

type Gates = { flood: FloodGate; typing: TypingThrottle };

/**
 * One user: their chat list, their update log with its monotonically increasing pts, and their
 * devices' WebSockets (hibernation API: an idle user's object leaves memory while the sockets
 * stay open). Chats deliver events here through their outboxes; each applied update goes out to
 * the sockets that are synced. The alarm is used only for going offline after the grace period.
 * Thin: the log is UserStore, catch-up and broadcast are sync.ts, presence is PresenceKeeper,
 * typing and presence frames travel by relay.ts.
 */
export class UserDO extends DurableObject<Env> {
  private readonly clock: Clock = systemClock;
  private readonly store: UserStore;
  private readonly presenceKeeper: PresenceKeeper;
  /** Per-socket counters, in memory only: a socket that floods keeps the object awake anyway. */
  private readonly gates = new Map<string, Gates>();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new UserStore(ctx.storage.sql, this.clock);
    ctx.storage.sql.exec(USER_SCHEMA);
    ctx.storage.sql.exec(COUNTERS_SCHEMA);
    // Keep-alive pings are answered without waking a hibernated object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(PING, PONG));
    this.presenceKeeper = new PresenceKeeper({
      sql: ctx.storage.sql,
      clock: this.clock,
      alarm: ctx.storage,
      openSockets: (except) => this.openSockets(except).length,
      peers: (userId) => presencePeers(env, ctx.storage.sql, userId),
      relay: (userIds, frame) => relayTo(env, userIds, frame),
      waitUntil: (promise) => ctx.waitUntil(promise),
    });
  }

  private get retention() {
    return messagingLimits(this.env).UPDATE_LOG_RETENTION;
  }

  // ---------------------------------------------------------------- RPC: the update log (REST and outboxes)

  /** Called by a ChatDO's outbox drain. Idempotent: repeats of applied events are skipped. */
  applyChatEvents(userId: string, chatId: string, events: ChatEvent[]): { applied: number; pts: number } {
    const result = this.ctx.storage.transactionSync(() => {
      this.store.bindOwner(userId);
      return this.store.applyChatEvents(chatId, events, this.retention);
    });
    broadcastUpdates(this.openSockets(), result.applied);
    return { applied: result.applied.length, pts: result.pts };
  }

  // The methods the Worker's handlers call answer with an Outcome, like every object's RPC.

  /** A per-user rate-limit count (the send limit): see durable/user/counters.ts. */
  countInWindow(userId: string, key: string, windowStart: number, cost: number) {
    return outcome(() => {
      this.store.bindOwner(userId);
      return countInWindow(this.ctx.storage.sql, key, windowStart, cost);
    });
  }

  listChats(userId: string, after: ChatListCursor | null, limit: number) {
    return outcome(() => {
      this.store.bindOwner(userId);
      return this.store.listChats(after, limit);
    });
  }

  updateSettings(userId: string, chat: ChatInfo, patch: SettingsPatch) {
    return outcome(() => {
      const before = this.store.pts();
      const item = this.ctx.storage.transactionSync(() => {
        this.store.bindOwner(userId);
        return this.store.updateSettings(chat, patch, this.retention);
      });
      const page = this.store.updatesSince(before, SYNC_PAGE);
      if (!page.tooLong) broadcastUpdates(this.openSockets(), page.updates);
      return item;
    });
  }

  /** See acknowledgeUpdates: REST `POST /updates/ack` and the `ack` frame both land here. */
  acknowledge(userId: string, pts: number): Promise<Outcome<{ pts: number }>> {
    return outcomeOf(() => acknowledgeUpdates(this.env, this.store, userId, pts));
  }

  getUpdates(userId: string, since: number, limit: number) {
    return outcome(() => {
      this.store.bindOwner(userId);
      return this.store.updatesSince(since, limit);
    });
  }

  // ---------------------------------------------------------------- RPC: realtime

  /** Presence for GET /users/{userId} (self-healing, see PresenceKeeper.current). */
  presence() {
    return outcomeOf(() => this.presenceKeeper.current(this.store.ownerId()));
  }

  /** Presence and typing of others: to every open socket of this user (not logged, not replayed). */
  relay(frame: PresenceFrame | TypingFrame) {
    const json = JSON.stringify(frame);
    for (const ws of this.openSockets()) sendFrame(ws, json);
  }

  /** Closes the sockets of one sign-in session (it was revoked or signed out). */
  disconnectSession(sessionId: string) {
    for (const ws of this.ctx.getWebSockets(sessionTag(sessionId))) {
      closeSocket(ws, CLOSE_CODES.sessionRevoked, "Session revoked");
    }
  }

  // ---------------------------------------------------------------- socket hooks

  /** The Worker hands over an authenticated upgrade (GET /api/v1/ws) here. */
  override async fetch(request: Request): Promise<Response> {
    const userId = request.headers.get(SOCKET_USER_HEADER);
    const sessionId = request.headers.get(SOCKET_SESSION_HEADER);
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket" || !userId || !sessionId) {
      return new Response("expected an authenticated WebSocket upgrade", { status: 400 });
    }
    this.store.bindOwner(userId);
    // One connection per device: a reconnect replaces the socket it left behind.
    for (const old of this.ctx.getWebSockets(sessionTag(sessionId))) {
      closeSocket(old, CLOSE_CODES.replaced, "Replaced by a newer connection of this device");
    }
    const [client, server] = Object.values(new WebSocketPair()) as [WebSocket, WebSocket];
    this.ctx.acceptWebSocket(server, [sessionTag(sessionId)]);
    const attachment: SocketAttachment = {
      socketId: crypto.randomUUID(),
      userId,
      sessionId,
      connectedAt: this.clock(),
      pts: null,
    };
    server.serializeAttachment(attachment);
    await this.presenceKeeper.cameOnline(userId);
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer) {
    const attachment = attachmentOf(ws);
    if (!attachment) return closeSocket(ws, 1011, "Unknown socket");
    const gates = this.gatesOf(attachment.socketId);
    if (!gates.flood.hit(this.clock())) {
      this.gates.delete(attachment.socketId);
      return closeSocket(ws, CLOSE_CODES.flooding, "Too many frames");
    }
    const parsed = parseClientFrame(message);
    if (!parsed.ok) {
      sendFrame(ws, parsed.error);
      return;
    }
    const frame = parsed.frame;
    switch (frame.type) {
      case "ping":
        sendFrame(ws, PONG);
        return;
      case "sync":
        syncSocket(this.store, ws, attachment, frame.pts);
        return;
      case "ack":
        try {
          await acknowledgeUpdates(this.env, this.store, attachment.userId, frame.pts);
        } catch (error) {
          console.error(JSON.stringify({ level: "error", message: "ack failed", error: String(error) }));
          sendFrame(ws, {
            type: "error",
            code: "INTERNAL_ERROR",
            message: "The acknowledgement failed: send it again",
          });
        }
        return;
      case "typing":
        if (!gates.typing.allow(frame.chatId, this.clock())) return;
        if (!(await relayTyping(this.env, this.clock, attachment.userId, frame.chatId))) {
          sendFrame(ws, { type: "error", code: "NOT_FOUND", message: "Chat not found" });
        }
        return;
    }
  }

  override async webSocketClose(ws: WebSocket, code: number, reason: string) {
    // Complete the closing handshake (a no-op where the runtime already answered it).
    closeSocket(ws, code === 1005 || code === 1006 ? 1000 : code, reason);
    await this.socketGone(ws);
  }

  override async webSocketError(ws: WebSocket) {
    await this.socketGone(ws);
  }

  /** The presence grace period ended. */
  override async alarm() {
    this.presenceKeeper.graceOver(this.store.ownerId());
  }

  private async socketGone(ws: WebSocket) {
    const attachment = attachmentOf(ws);
    if (attachment) this.gates.delete(attachment.socketId);
    await this.presenceKeeper.socketGone(ws);
  }

  private gatesOf(socketId: string): Gates {
    let gates = this.gates.get(socketId);
    if (!gates) {
      gates = { flood: new FloodGate(), typing: new TypingThrottle() };
      this.gates.set(socketId, gates);
    }
    return gates;
  }

  private openSockets(except?: WebSocket): WebSocket[] {
    return this.ctx.getWebSockets().filter((ws) => ws !== except && ws.readyState === WebSocket.OPEN);
  }
}
