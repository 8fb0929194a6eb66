import { DurableObject } from "cloudflare:workers";
import type { ChatInfo } from "../../openapi/messaging-types.ts";
import {
  type AiDeltaFrame,
  CLOSE_CODES,
  type PresenceFrame,
  REALTIME_LIMITS,
  type TypingFrame,
} from "../../openapi/realtime-frames.ts";
import type { DeviceFrames } from "../call/effects.ts";
import type { ChatEvent } from "../chat/rpc.ts";
import { type Clock, systemClock } from "../clock.ts";
import { messagingLimits } from "../config.ts";
import { type Outcome, outcome, outcomeOf } from "../outcome.ts";
import { acknowledgeUpdates } from "./acknowledge.ts";
import { BLOCKS_SCHEMA, BlockList } from "./blocks.ts";
import { forwardCallFrame } from "./call-frames.ts";
import { CallLine } from "./call-line.ts";
import { COUNTERS_SCHEMA, WindowCounters } from "./counters.ts";
import { currentCallFrames } from "./current-call.ts";
import { DRAFTS_SCHEMA, listDrafts, saveDraft } from "./drafts.ts";
import { FloodGate, isCallFrame, parseClientFrame, TypingThrottle } from "./frames.ts";
import { PresenceKeeper } from "./presence-keeper.ts";
import { ProfileCache, type ProfileChanges, readProfile, storeProfileChanges, type UserRow } from "./profile.ts";
import { pushContextOf } from "./push-context.ts";
import { PUSH_REACH_SCHEMA, PushReach } from "./push-reach.ts";
import { presencePeers, relayTo, relayTyping } from "./relay.ts";
import { type ChatListCursor, type PushContext, SOCKET_SESSION_HEADER, SOCKET_USER_HEADER } from "./rpc.ts";
import { USER_SCHEMA } from "./schema.ts";
import { type Admission, SessionGate } from "./session-gate.ts";
import {
  attachmentOf,
  closeSocket,
  type SocketAttachment,
  sendFrame,
  sessionsSeenThrough,
  sessionTag,
} from "./sockets.ts";
import { type SettingsPatch, UserStore } from "./store.ts";
import { broadcastUpdates, logEntries, SYNC_PAGE, syncSocket } from "./sync.ts";

const PING = JSON.stringify({ type: "ping" });
const PONG = JSON.stringify({ type: "pong" });

type Gates = { flood: FloodGate; callFlood: FloodGate; typing: TypingThrottle };

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
  private readonly callLine: CallLine;
  /** Whom this user blocked (a copy of D1's): their group messages are not delivered here. */
  private readonly blocks: BlockList;
  private readonly counters: WindowCounters;
  private readonly pushReach: PushReach;
  /** Whether a session is live and anyone blocked this user, for sends (see session-gate.ts). */
  private readonly sessionGate: SessionGate;
  /** The owner's `users` row, for GET /me (see profile.ts). */
  private readonly profile = new ProfileCache();
  /** Per-socket counters, in memory only: a socket that floods keeps the object awake anyway. */
  private readonly gates = new Map<string, Gates>();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new UserStore(ctx.storage.sql, this.clock);
    this.callLine = new CallLine(ctx.storage.sql);
    ctx.storage.sql.exec(USER_SCHEMA);
    ctx.storage.sql.exec(DRAFTS_SCHEMA);
    ctx.storage.sql.exec(COUNTERS_SCHEMA);
    ctx.storage.sql.exec(BLOCKS_SCHEMA);
    this.blocks = new BlockList(ctx.storage.sql, env.DB);
    this.counters = new WindowCounters(ctx.storage.sql);
    ctx.storage.sql.exec(PUSH_REACH_SCHEMA);
    this.pushReach = new PushReach(ctx.storage.sql, env.DB);
    this.sessionGate = new SessionGate(env.DB);
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

  /**
   * Called by a ChatDO's outbox drain. Idempotent: repeats of applied events are skipped. What
   * users this one blocked write in a group is dropped here (see blocks.ts).
   */
  async applyChatEvents(
    userId: string,
    chatId: string,
    events: ChatEvent[],
  ): Promise<{ applied: number; pts: number; pushReachable: boolean }> {
    this.store.bindOwner(userId);
    await Promise.all([this.blocks.ensureLoaded(userId), this.pushReach.ensureLoaded(userId)]);
    const result = this.store.transaction(
      this.ctx.storage,
      () => {
        // Counts of sends not yet stored go with this delivery's writes (see counters.ts).
        this.counters.flush();
        return this.store.applyChatEvents(chatId, events, this.retention, (senderId) =>
          this.blocks.hides(chatId, senderId),
        );
      },
      () => this.counters.rolledBack(),
    );
    const sockets = broadcastUpdates(this.openSockets(), result.applied);
    // The chat queues a push for this user only if it could reach a device that did not just get
    // these updates on its socket (see push-reach.ts).
    const seen = sessionsSeenThrough(sockets, result.pts);
    return { applied: result.applied.length, pts: result.pts, pushReachable: this.pushReach.reachableBeyond(seen) };
  }

  // The methods the Worker's handlers call answer with an Outcome, like every object's RPC.

  /**
   * A send's admission in one call: the token's session is live (see session-gate.ts), and then
   * the send is counted against the per-user limit (counters.ts); a revoked session counts
   * nothing. Also says whether anyone blocked this user (a dialog send then checks its partner).
   */
  admitSend(
    userId: string,
    sessionId: string,
    limit: { key: string; windowStart: number; cost: number; limit: number },
  ): Promise<Outcome<Admission & { count: number }>> {
    return outcomeOf(async () => {
      this.store.bindOwner(userId);
      const admission = await this.sessionGate.admit(userId, sessionId);
      const count = admission.live ? this.counters.add(limit.key, limit.windowStart, limit.cost, limit.limit) : 0;
      return { ...admission, count };
    });
  }

  /**
   * `GET /me` in one call: the token's session is live (see session-gate.ts), and the owner's
   * row (profile.ts). A session that is not live learns nothing of the row.
   */
  me(userId: string, sessionId: string): Promise<Outcome<{ live: boolean; user: UserRow | null }>> {
    return outcomeOf(async () => {
      this.store.bindOwner(userId);
      const [admission, user] = await Promise.all([
        this.sessionGate.admit(userId, sessionId),
        this.profile.read(() => readProfile(this.env.DB, userId)),
      ]);
      return admission.live ? { live: true, user } : { live: false, user: null };
    });
  }

  /** `PATCH /me`: the one writer of the owner's row after sign-in (profile.ts); null when it is gone. */
  updateProfile(userId: string, changes: ProfileChanges, now: number): Promise<Outcome<UserRow | null>> {
    return outcomeOf(() => {
      this.store.bindOwner(userId);
      return this.profile.write(() => storeProfileChanges(this.env.DB, userId, changes, now));
    });
  }

  /** Someone blocked this user (called before and after D1 stores it; see session-gate.ts). */
  blockedBySomeone() {
    this.sessionGate.blockedBySomeone();
  }

  /** Someone unblocked this user (called after D1 dropped it). */
  unblockedBySomeone() {
    this.sessionGate.unblockedBySomeone();
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
      const item = this.store.transaction(this.ctx.storage, () => {
        this.store.bindOwner(userId);
        return this.store.updateSettings(chat, patch, this.retention);
      });
      const page = this.store.updatesSince(before, SYNC_PAGE);
      if (!page.tooLong) broadcastUpdates(this.openSockets(), logEntries(page.updates));
      return item;
    });
  }

  /** Saves or clears a draft (the chat checked membership); the user's devices get draftUpdated. */
  saveDraft(userId: string, input: { chatId: string; text: string; replyToSeq?: number | undefined }) {
    return outcome(() => {
      const saved = this.store.transaction(this.ctx.storage, () => {
        this.store.bindOwner(userId);
        return saveDraft(this.ctx.storage.sql, this.store, this.clock, input, this.retention);
      });
      if (saved.update) broadcastUpdates(this.openSockets(), logEntries([saved.update]));
      return { draft: saved.draft };
    });
  }

  listDrafts(userId: string) {
    return outcome(() => {
      this.store.bindOwner(userId);
      return listDrafts(this.ctx.storage.sql);
    });
  }

  /** See acknowledgeUpdates: REST `POST /updates/ack` and the `ack` frame both land here. */
  acknowledge(userId: string, pts: number): Promise<Outcome<{ pts: number }>> {
    return outcomeOf(() => this.acknowledgeFor(userId, pts));
  }

  private async acknowledgeFor(userId: string, pts: number) {
    await this.blocks.ensureLoaded(userId);
    return acknowledgeUpdates(this.env, this.store, userId, pts, this.blocks.ids());
  }

  getUpdates(userId: string, since: number, limit: number) {
    return outcome(() => {
      this.store.bindOwner(userId);
      return this.store.updatesSince(since, limit);
    });
  }

  /**
   * For the push consumer (api/push/): mute, badge and who already saw the message, read now;
   * `withheld` when the sender is someone this user blocked, in a group (no push at all).
   */
  pushContext(userId: string, chatId: string, seq: number, senderId: string): Promise<Outcome<PushContext>> {
    return outcomeOf(async () => {
      this.store.bindOwner(userId);
      await this.blocks.ensureLoaded(userId);
      const sockets = this.openSockets().flatMap((ws) => attachmentOf(ws) ?? []);
      const context = pushContextOf(this.ctx.storage.sql, sockets, this.clock, chatId, seq);
      return { ...context, withheld: this.blocks.hides(chatId, senderId) };
    });
  }

  /** The block and unblock handlers mirror D1 here after writing it (see blocks.ts). */
  setBlocked(userId: string, otherId: string, blocked: boolean): Promise<Outcome<{ blocked: boolean }>> {
    return outcomeOf(async () => {
      this.store.bindOwner(userId);
      await this.blocks.set(userId, otherId, blocked);
      return { blocked };
    });
  }

  /** For the call push consumer: the sessions with an open socket (they were rung on it, no push). */
  socketSessions(userId: string) {
    return outcome(() => {
      this.store.bindOwner(userId);
      return [...new Set(this.openSockets().flatMap((ws) => attachmentOf(ws)?.sessionId ?? []))];
    });
  }

  // ---------------------------------------------------------------- RPC: realtime

  /** Presence for GET /users/{userId} (self-healing, see PresenceKeeper.current). */
  presence() {
    return outcomeOf(() => this.presenceKeeper.current(this.store.ownerId()));
  }

  /** Presence, typing and the assistant's deltas: to every open socket of this user (not logged, not replayed). */
  relay(frame: PresenceFrame | TypingFrame | AiDeltaFrame) {
    const json = JSON.stringify(frame);
    for (const ws of this.openSockets()) sendFrame(ws, json);
  }

  /** A session is getting a push target: the push handler tells this object before D1 stores it. */
  addPushSession(userId: string, sessionId: string): Promise<Outcome<{ added: true }>> {
    return outcomeOf(async () => {
      this.store.bindOwner(userId);
      await this.pushReach.add(userId, sessionId);
      return { added: true as const };
    });
  }

  /** A session's push target was removed (D1 first). */
  removePushSession(userId: string, sessionId: string) {
    return outcome(() => {
      this.store.bindOwner(userId);
      this.pushReach.remove(sessionId);
      return { removed: true as const };
    });
  }

  /**
   * A session was signed out: its sends are refused from now on (called before D1 stores the
   * revocation, see session-gate.ts), its push target goes, and its sockets close.
   */
  revokeSession(sessionId: string) {
    this.sessionGate.revoke(sessionId);
    this.pushReach.remove(sessionId);
    for (const ws of this.ctx.getWebSockets(sessionTag(sessionId))) {
      closeSocket(ws, CLOSE_CODES.sessionRevoked, "Session revoked");
    }
  }

  // ---------------------------------------------------------------- RPC: calls (from CallDOs)

  /** A call claims the user's line before ringing them: false when they are busy in another call. */
  claimCallLine(userId: string, callId: string): Promise<boolean> {
    this.store.bindOwner(userId);
    return this.callLine.claim(callId, this.clock(), (held) =>
      this.env.CALL.get(this.env.CALL.idFromName(held)).holdsLine(userId),
    );
  }

  releaseCallLine(callId: string) {
    this.callLine.release(callId);
  }

  /** A call's frames for this user's devices (not logged, not replayed, like typing). */
  callFrames(frames: DeviceFrames[]) {
    for (const { sessionId, except, frame } of frames) {
      const json = JSON.stringify(frame);
      const sockets = sessionId === null ? this.openSockets() : this.ctx.getWebSockets(sessionTag(sessionId));
      for (const ws of sockets) {
        const attachment = attachmentOf(ws);
        if (attachment && except.includes(attachment.sessionId)) continue;
        sendFrame(ws, json);
      }
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
    const parsed = parseClientFrame(message);
    // Call signalling comes in bursts (trickled ICE): it counts against its own budget.
    const gate = parsed.ok && isCallFrame(parsed.frame) ? gates.callFlood : gates.flood;
    if (!gate.hit(this.clock())) {
      this.gates.delete(attachment.socketId);
      return closeSocket(ws, CLOSE_CODES.flooding, "Too many frames");
    }
    if (!parsed.ok) {
      sendFrame(ws, parsed.error);
      return;
    }
    const frame = parsed.frame;
    if (isCallFrame(frame)) {
      const call = this.env.CALL.get(this.env.CALL.idFromName(frame.callId));
      const error = await forwardCallFrame(call, attachment, frame);
      if (error) sendFrame(ws, error);
      return;
    }
    switch (frame.type) {
      case "ping":
        sendFrame(ws, PONG);
        return;
      case "sync":
        syncSocket(this.store, ws, attachment, frame.pts);
        await this.tellCurrentCall(ws, attachment);
        return;
      case "ack":
        try {
          await this.acknowledgeFor(attachment.userId, frame.pts);
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
    // A replaced socket's device is still here, on its new socket: it stays in its call.
    if (code !== CLOSE_CODES.replaced) await this.leaveCall(ws);
    await this.socketGone(ws);
  }

  override async webSocketError(ws: WebSocket) {
    await this.leaveCall(ws);
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

  /** A device whose socket is gone has left the call it was in (a ringing device just stops ringing). */
  private async leaveCall(ws: WebSocket) {
    const attachment = attachmentOf(ws);
    const callId = this.callLine.current();
    if (!attachment || !callId) return;
    try {
      await this.env.CALL.get(this.env.CALL.idFromName(callId)).deviceGone(attachment.userId, attachment.sessionId);
    } catch (error) {
      console.error(JSON.stringify({ level: "error", message: "leaving the call failed", error: String(error) }));
    }
  }

  /** After a sync: the call ringing for this user, or that they are in (its frames are not in the log). */
  private async tellCurrentCall(ws: WebSocket, attachment: SocketAttachment) {
    const callId = this.callLine.current();
    if (!callId) return;
    try {
      const call = this.env.CALL.get(this.env.CALL.idFromName(callId));
      for (const frame of await currentCallFrames(call, attachment.userId, attachment.sessionId)) sendFrame(ws, frame);
    } catch (error) {
      console.error(JSON.stringify({ level: "error", message: "current call not told", error: String(error) }));
    }
  }

  private gatesOf(socketId: string): Gates {
    let gates = this.gates.get(socketId);
    if (!gates) {
      gates = {
        flood: new FloodGate(),
        callFlood: new FloodGate(REALTIME_LIMITS.callFloodFrames),
        typing: new TypingThrottle(),
      };
      this.gates.set(socketId, gates);
    }
    return gates;
  }

  private openSockets(except?: WebSocket): WebSocket[] {
    return this.ctx.getWebSockets().filter((ws) => ws !== except && ws.readyState === WebSocket.OPEN);
  }
}
