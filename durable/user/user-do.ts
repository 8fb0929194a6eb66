import { DurableObject } from "cloudflare:workers";
import type { ChatInfo } from "../../openapi/messaging-types.ts";
import { CLOSE_CODES, type PresenceFrame, REALTIME_LIMITS, type TypingFrame } from "../../openapi/realtime-frames.ts";
import type { Update } from "../../openapi/realtime-types.ts";
import type { ChatEvent } from "../chat/rpc.ts";
import { messagingLimits } from "../config.ts";
import type { ChatListCursor } from "./cursor.ts";
import { FloodGate, parseClientFrame, TypingThrottle } from "./frames.ts";
import {
  chatPeers,
  contactPeers,
  markSeen,
  mergePeers,
  PRESENCE_MAX_GROUP_SIZE,
  presenceFrame,
  readPresence,
  setPresence,
} from "./presence.ts";
import { USER_SCHEMA } from "./schema.ts";
import {
  attachmentOf,
  closeSocket,
  SOCKET_SESSION_HEADER,
  SOCKET_USER_HEADER,
  type SocketAttachment,
  sendFrame,
  sessionTag,
} from "./sockets.ts";
import { type SettingsPatch, UserStore } from "./store.ts";

/** Updates read per page while a socket catches up (all sent within one turn of the object). */
const SYNC_PAGE = 500;
/** Peers called at once when telling them of a presence transition. */
const RELAY_PARALLEL = 50;
const PING = JSON.stringify({ type: "ping" });
const PONG = JSON.stringify({ type: "pong" });

type Gates = { flood: FloodGate; typing: TypingThrottle };

/**
 * One user: their chat list, their update log with its monotonically increasing pts, and their
 * devices' WebSockets (hibernation API: an idle user's object leaves memory while the sockets
 * stay open). Chats deliver events here through their outboxes; each applied update goes out to
 * the sockets that are synced. The alarm is used only for going offline after the grace period.
 */
export class UserDO extends DurableObject<Env> {
  private readonly store: UserStore;
  /** Per-socket counters, in memory only: a socket that floods keeps the object awake anyway. */
  private readonly gates = new Map<string, Gates>();
  /** Presence announcements go out one after another, so peers see transitions in order. */
  private presenceChain: Promise<void> = Promise.resolve();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new UserStore(ctx.storage.sql);
    ctx.storage.sql.exec(USER_SCHEMA);
    // Keep-alive pings are answered without waking a hibernated object.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(PING, PONG));
  }

  private get retention() {
    return messagingLimits(this.env).UPDATE_LOG_RETENTION;
  }

  // ---------------------------------------------------------------- the update log (REST and outboxes)

  /** Called by a ChatDO's outbox drain. Idempotent: repeats of applied events are skipped. */
  applyChatEvents(userId: string, chatId: string, events: ChatEvent[]): { applied: number; pts: number } {
    const result = this.ctx.storage.transactionSync(() => {
      this.store.bindOwner(userId);
      return this.store.applyChatEvents(chatId, events, this.retention);
    });
    this.broadcast(result.applied);
    return { applied: result.applied.length, pts: result.pts };
  }

  listChats(userId: string, after: ChatListCursor | null, limit: number) {
    this.store.bindOwner(userId);
    return this.store.listChats(after, limit);
  }

  updateSettings(userId: string, chat: ChatInfo, patch: SettingsPatch) {
    const before = this.store.pts();
    const item = this.ctx.storage.transactionSync(() => {
      this.store.bindOwner(userId);
      return this.store.updateSettings(chat, patch, this.retention);
    });
    const page = this.store.updatesSince(before, SYNC_PAGE);
    if (!page.tooLong) this.broadcast(page.updates);
    return item;
  }

  /**
   * The user's devices have everything up to `pts`: the chats of the newMessage updates in that
   * range move the user's delivered markers (their authors then see "delivered"). Idempotent and
   * forward-only; the acknowledgement is recorded only once every chat took it, so a failure is
   * retried by acknowledging again. REST `POST /updates/ack` and the `ack` frame both land here.
   */
  async acknowledge(userId: string, pts: number): Promise<{ pts: number }> {
    this.store.bindOwner(userId);
    const { upToPts, marks } = this.store.deliveryMarks(pts);
    await Promise.all(
      marks.map(async (mark) => {
        const chat = this.env.CHAT.get(this.env.CHAT.idFromName(mark.chatId));
        // A refusal (the user has left the chat since) needs no retry: nothing to mark there.
        await chat.markDelivered(userId, mark.upToSeq);
      }),
    );
    this.store.acknowledge(upToPts);
    return { pts: Math.max(upToPts, 0) };
  }

  getUpdates(userId: string, since: number, limit: number) {
    this.store.bindOwner(userId);
    return this.store.updatesSince(since, limit);
  }

  // ---------------------------------------------------------------- sockets

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
      connectedAt: Date.now(),
      pts: null,
    };
    server.serializeAttachment(attachment);
    await this.cameOnline(userId);
    return new Response(null, { status: 101, webSocket: client });
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer) {
    const attachment = attachmentOf(ws);
    if (!attachment) return closeSocket(ws, 1011, "Unknown socket");
    const gates = this.gatesOf(attachment.socketId);
    if (!gates.flood.hit(Date.now())) {
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
        this.sync(ws, attachment, frame.pts);
        return;
      case "ack":
        try {
          await this.acknowledge(attachment.userId, frame.pts);
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
        if (!gates.typing.allow(frame.chatId, Date.now())) return;
        await this.typing(ws, attachment.userId, frame.chatId);
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

  /** Closes the sockets of one sign-in session (it was revoked or signed out). */
  disconnectSession(sessionId: string) {
    for (const ws of this.ctx.getWebSockets(sessionTag(sessionId))) {
      closeSocket(ws, CLOSE_CODES.sessionRevoked, "Session revoked");
    }
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

  /**
   * Catch-up: every update after `since`, in order, then `synced`; from then on the socket gets
   * live updates above its pts. It all happens in one synchronous turn, so no update can be
   * applied (and broadcast) between reading the log and marking the socket live.
   */
  private sync(ws: WebSocket, attachment: SocketAttachment, since: number | undefined) {
    let pts = this.store.pts();
    if (since !== undefined) {
      let cursor = since;
      for (;;) {
        const page = this.store.updatesSince(cursor, SYNC_PAGE);
        if (page.tooLong) {
          ws.serializeAttachment({ ...attachment, pts: page.pts });
          sendFrame(ws, { type: "tooLong", pts: page.pts });
          return;
        }
        for (const update of page.updates) sendFrame(ws, update);
        cursor = page.pts;
        if (!page.hasMore) break;
      }
      pts = cursor;
    }
    ws.serializeAttachment({ ...attachment, pts });
    sendFrame(ws, { type: "synced", pts });
  }

  /** Sends newly applied updates to every synced socket that has not had them. */
  private broadcast(updates: Update[]) {
    if (updates.length === 0) return;
    const frames = updates.map((update) => ({ pts: update.pts, json: JSON.stringify(update) }));
    for (const ws of this.openSockets()) {
      const attachment = attachmentOf(ws);
      if (!attachment || attachment.pts === null) continue;
      let pts = attachment.pts;
      for (const frame of frames) {
        if (frame.pts <= pts) continue;
        if (!sendFrame(ws, frame.json)) break;
        pts = frame.pts;
      }
      if (pts !== attachment.pts) ws.serializeAttachment({ ...attachment, pts });
    }
  }

  /** Presence and typing of others: to every open socket of this user (not logged, not replayed). */
  relay(frame: PresenceFrame | TypingFrame) {
    const json = JSON.stringify(frame);
    for (const ws of this.openSockets()) sendFrame(ws, json);
  }

  private async typing(ws: WebSocket, userId: string, chatId: string) {
    const chat = this.env.CHAT.get(this.env.CHAT.idFromName(chatId));
    const members = await chat.membersFor(userId);
    if (!members.ok) {
      sendFrame(ws, { type: "error", code: "NOT_FOUND", message: "Chat not found" });
      return;
    }
    if (members.value.memberIds.length > PRESENCE_MAX_GROUP_SIZE) return;
    const frame: TypingFrame = {
      type: "typing",
      chatId,
      userId,
      date: Date.now(),
      expiresInMs: REALTIME_LIMITS.typingTtlMs,
    };
    await this.relayTo(
      members.value.memberIds.filter((id) => id !== userId),
      frame,
    );
  }

  // ---------------------------------------------------------------- presence

  /**
   * Presence for GET /users/{userId}. Self-healing: "online" with no socket and no pending
   * offline alarm means the sockets vanished without a close event (the object was reset), so
   * the user is offline since they were last seen, and peers are told.
   */
  async presence() {
    const presence = readPresence(this.ctx.storage.sql, Date.now());
    if (!presence.online || this.openSockets().length > 0 || (await this.ctx.storage.getAlarm()) !== null) {
      return presence;
    }
    await this.alarm();
    return readPresence(this.ctx.storage.sql, Date.now());
  }

  private async cameOnline(userId: string) {
    // A pending "go offline" is cancelled: within the grace period nobody was told anything.
    await this.ctx.storage.deleteAlarm();
    if (setPresence(this.ctx.storage.sql, true, Date.now())) this.announce(userId);
  }

  private async socketGone(ws: WebSocket) {
    const attachment = attachmentOf(ws);
    if (attachment) this.gates.delete(attachment.socketId);
    if (this.openSockets(ws).length > 0) return;
    // The last device left: offline after the grace period, unless one comes back first.
    markSeen(this.ctx.storage.sql, Date.now());
    await this.ctx.storage.setAlarm(Date.now() + REALTIME_LIMITS.presenceGraceMs);
  }

  override async alarm() {
    if (this.openSockets().length > 0) return;
    const userId = String(
      this.ctx.storage.sql.exec<{ value: string }>("SELECT value FROM meta WHERE key = 'owner'").toArray()[0]?.value ??
        "",
    );
    if (userId && setPresence(this.ctx.storage.sql, false, Date.now())) this.announce(userId);
  }

  /** Tells the user's peers of a transition, after any earlier announcement went out. */
  private announce(userId: string) {
    const frame = presenceFrame(userId, readPresence(this.ctx.storage.sql, Date.now()));
    this.presenceChain = this.presenceChain
      .then(async () => this.relayTo(await this.peers(userId), frame))
      .catch((error) => {
        console.error(JSON.stringify({ level: "error", message: "presence relay failed", error: String(error) }));
      });
    this.ctx.waitUntil(this.presenceChain);
  }

  /** Contacts (both ways), dialog peers and members of the user's recent small groups. */
  private async peers(userId: string): Promise<string[]> {
    const { dialogPeers, groupIds } = chatPeers(this.ctx.storage.sql);
    const [contacts, ...groups] = await Promise.all([
      contactPeers(this.env.DB, userId).catch(() => [] as string[]),
      ...groupIds.map(async (chatId) => {
        const members = await this.env.CHAT.get(this.env.CHAT.idFromName(chatId)).membersFor(userId);
        return members.ok && members.value.memberIds.length <= PRESENCE_MAX_GROUP_SIZE ? members.value.memberIds : [];
      }),
    ]);
    return mergePeers(userId, dialogPeers, contacts ?? [], ...groups);
  }

  private async relayTo(userIds: string[], frame: PresenceFrame | TypingFrame) {
    for (let i = 0; i < userIds.length; i += RELAY_PARALLEL) {
      await Promise.all(
        userIds.slice(i, i + RELAY_PARALLEL).map(async (id) => {
          try {
            await this.env.USER.get(this.env.USER.idFromName(id)).relay(frame);
          } catch {
            // Ephemeral: a peer that cannot be reached now misses it.
          }
        }),
      );
    }
  }
}
