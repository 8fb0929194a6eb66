// The realtime client: one WebSocket to `GET /api/v1/ws` that reconnects with backoff, remembers
// the last pts it saw and sends `sync` with it on every (re)connect, so updates arrive in order
// with no gap and no duplicate. Frame types are generated from asyncapi/asyncapi.json, the
// document of the schemas the server validates with (npm run sdk): no schema library ships here.

import { type AiDeltaFrame, StreamingReplies } from "./ai-replies.ts";
import {
  BEARER_PROTOCOL_PREFIX,
  CLOSE_CODES,
  REALTIME_PATH,
  REALTIME_PROTOCOL,
  UPDATE_TYPES,
} from "./realtime-protocol.ts";
import type { components } from "./realtime-schema.d.ts";
import { type Connect, resolveConnect, type WebSocketConstructor, type WebSocketLike } from "./websocket.ts";

type Frames = components["schemas"];
export type ClientFrame = Frames["ClientFrame"];
export type ServerFrame = Frames["ServerFrame"];
export type PresenceFrame = Frames["PresenceFrame"];
export type TypingFrame = Frames["TypingFrame"];
export type ErrorFrame = Frames["ErrorFrame"];
/** The frames that carry a pts: the entries of the update log (also answered by `GET /api/v1/updates`). */
export type Update = Extract<ServerFrame, { type: (typeof UPDATE_TYPES)[number] }>;
export type { AiDeltaFrame, Connect, WebSocketConstructor, WebSocketLike };
/** The call frames a device receives (incomingCall, callState, and relayed callOffer/callAnswer/callIce). */
export type CallFrame =
  | Frames["IncomingCallFrame"]
  | Frames["CallStateFrame"]
  | Frames["CallOfferRelayFrame"]
  | Frames["CallAnswerRelayFrame"]
  | Frames["CallIceRelayFrame"];
/** The call frames a device sends. */
export type CallClientFrame =
  | Frames["CallJoinFrame"]
  | Frames["CallLeaveFrame"]
  | Frames["CallOfferFrame"]
  | Frames["CallAnswerFrame"]
  | Frames["CallIceFrame"];

export type RealtimeState = "connecting" | "syncing" | "live" | "waiting" | "closed";

export interface RealtimeOptions {
  /** The API's origin, e.g. "http://localhost:8787" (ws:// or wss:// is derived from it). */
  baseUrl: string;
  /** The access token; a function is asked again on every (re)connect, so a refreshed token is used. */
  token: string | (() => string | undefined | Promise<string | undefined>);
  /** The last pts this device has (e.g. kept in storage); omitted = only what happens from now on. */
  pts?: number;
  /**
   * The WebSocket class to use where the platform has none (Node 20: `WebSocket` from the `ws`
   * package). Defaults to the global one; without either, `start()` throws NoWebSocketError.
   */
  WebSocket?: WebSocketConstructor;
  /** Opens the socket yourself (given the URL and the `big.v1`, `bearer.<token>` subprotocols); overrides `WebSocket`. */
  connect?: Connect;
  /** Reconnect delays: doubling from `initialMs` up to `maxMs`, with jitter. */
  backoff?: { initialMs?: number; maxMs?: number };
  /** Acknowledge received updates (marks messages delivered); on by default, coalesced. */
  autoAck?: boolean;
  /** How long acknowledgements are gathered before one `ack` frame is sent. */
  ackDelayMs?: number;
  now?: () => number;
}

type Events = {
  update: Update;
  presence: PresenceFrame;
  typing: TypingFrame;
  /**
   * A piece of the assistant's streaming reply, with the reply's text so far (null: frames were
   * missed, e.g. across a reconnect — read the message from the history and `seedReply` its text).
   */
  aiDelta: { frame: AiDeltaFrame; text: string | null };
  /** Catch-up finished; live updates follow. */
  synced: { pts: number };
  /** The device was too far behind: reload chats over REST, then live updates continue from `pts`. */
  tooLong: { pts: number };
  error: ErrorFrame;
  /** A call frame: see sdk/calls.ts for a helper that drives RTCPeerConnections with them. */
  call: CallFrame;
  state: RealtimeState;
  /** The socket closed for good (replaced by another connection of this device, or signed out). */
  stopped: { code: number; reason: string };
};

type Listener<T> = (value: T) => void;

const UPDATE_TYPE_NAMES: ReadonlySet<string> = new Set(UPDATE_TYPES);

const isUpdate = (frame: ServerFrame): frame is Update & ServerFrame => UPDATE_TYPE_NAMES.has(frame.type);

function socketUrl(baseUrl: string): string {
  const url = new URL(REALTIME_PATH, baseUrl);
  url.protocol = url.protocol === "https:" ? "wss:" : url.protocol === "http:" ? "ws:" : url.protocol;
  return url.toString();
}

export class RealtimeClient {
  private readonly options: RealtimeOptions;
  private readonly listeners = new Map<keyof Events, Set<Listener<never>>>();
  private socket: WebSocketLike | null = null;
  private stopped = false;
  private attempt = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  private ackTimer: ReturnType<typeof setTimeout> | null = null;
  private connect: Connect | undefined;
  /** The highest pts the device wants acknowledged (received, or passed to `ack`). */
  private wantedAckPts = 0;
  /** The highest pts acknowledged on the current socket; a new socket starts again from 0. */
  private sentAckPts = 0;
  private readonly typists = new Map<string, Map<string, number>>();
  /** The assistant's replies streaming now: their text so far, from aiDelta frames. */
  private readonly replies = new StreamingReplies();
  /** The last pts received: sent with `sync` on every reconnect. */
  pts: number | undefined;
  state: RealtimeState = "closed";

  constructor(options: RealtimeOptions) {
    this.options = options;
    this.pts = options.pts;
    // What the device had before this client existed counts as acknowledged already.
    this.wantedAckPts = options.pts ?? 0;
    this.sentAckPts = options.pts ?? 0;
  }

  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener as Listener<never>);
    this.listeners.set(event, set);
    return () => set.delete(listener as Listener<never>);
  }

  private emit<K extends keyof Events>(event: K, value: Events[K]) {
    for (const listener of this.listeners.get(event) ?? []) (listener as Listener<Events[K]>)(value);
  }

  private setState(state: RealtimeState) {
    if (this.state === state) return;
    this.state = state;
    this.emit("state", state);
  }

  /**
   * Connects (and keeps reconnecting until `close()`). Throws NoWebSocketError at once when the
   * platform has no WebSocket and none was passed: that is not worth a retry.
   */
  start() {
    this.connect = resolveConnect(this.options);
    this.stopped = false;
    void this.open();
  }

  /** Closes the socket and stops reconnecting. */
  close() {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.flushAck();
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, "client closed");
    this.setState("closed");
  }

  /** Tells the chat's other members you are typing; call again every few seconds while you are. */
  typing(chatId: string) {
    this.send({ type: "typing", chatId });
  }

  /**
   * Acknowledges every update up to `pts` (automatic unless `autoAck: false`). While the socket is
   * down (or still catching up) the acknowledgement waits and is sent once the next connection has
   * synced, so the sender does not keep seeing "sent".
   */
  ack(pts: number) {
    if (pts <= 0) return;
    this.wantedAckPts = Math.max(this.wantedAckPts, pts);
    this.sendPendingAck();
  }

  private sendPendingAck() {
    if (this.state !== "live" || this.wantedAckPts <= this.sentAckPts) return;
    if (this.send({ type: "ack", pts: this.wantedAckPts })) this.sentAckPts = this.wantedAckPts;
  }

  /** Sends a call frame (callJoin, callLeave, callOffer, callAnswer, callIce); false while not connected. */
  sendCall(frame: CallClientFrame): boolean {
    return this.send(frame);
  }

  /** Who is typing in a chat now (typing frames expire after their `expiresInMs`). */
  typingIn(chatId: string): string[] {
    const now = (this.options.now ?? Date.now)();
    const users = this.typists.get(chatId);
    if (!users) return [];
    for (const [userId, until] of users) if (until <= now) users.delete(userId);
    return [...users.keys()];
  }

  /** The text so far of the assistant's reply `seq` while it streams (undefined once it ended, or before a delta). */
  replyText(chatId: string, seq: number): string | undefined {
    return this.replies.text(chatId, seq);
  }

  /** Seeds a streaming reply with the text the history has (after a reconnect): later deltas go on from it. */
  seedReply(chatId: string, seq: number, text: string) {
    this.replies.seed(chatId, seq, text);
  }

  private send(frame: ClientFrame): boolean {
    const socket = this.socket;
    if (socket?.readyState !== 1) return false;
    socket.send(JSON.stringify(frame));
    return true;
  }

  private async open() {
    if (this.stopped) return;
    this.setState("connecting");
    let socket: WebSocketLike;
    try {
      const token = typeof this.options.token === "function" ? await this.options.token() : this.options.token;
      if (!token) throw new Error("no access token");
      const protocols = [REALTIME_PROTOCOL, `${BEARER_PROTOCOL_PREFIX}${token}`];
      if (!this.connect) return;
      socket = await this.connect(socketUrl(this.options.baseUrl), protocols);
    } catch {
      this.scheduleReconnect();
      return;
    }
    if (this.stopped) {
      socket.close(1000, "client closed");
      return;
    }
    this.socket = socket;
    socket.addEventListener("message", (event) => this.receive(socket, event.data));
    socket.addEventListener("close", (event) => this.closed(socket, event.code, event.reason));
    // Some sockets (workerd's from fetch) are open already and never fire "open".
    if (socket.readyState === 1) this.opened();
    else socket.addEventListener("open", () => this.opened());
  }

  private opened() {
    // Whatever was acknowledged on an earlier socket may not have reached the server: the next
    // `synced` sends the latest acknowledgement again (the server only moves forward).
    this.sentAckPts = 0;
    this.setState("syncing");
    this.send(this.pts === undefined ? { type: "sync" } : { type: "sync", pts: this.pts });
  }

  private receive(socket: WebSocketLike, data: unknown) {
    if (socket !== this.socket || typeof data !== "string") return;
    let frame: ServerFrame;
    try {
      frame = JSON.parse(data) as ServerFrame;
    } catch {
      return;
    }
    if (isUpdate(frame)) {
      // Never twice, never backwards (a resent update after a reconnect race is dropped here).
      if (this.pts !== undefined && frame.pts <= this.pts) return;
      this.pts = frame.pts;
      if (frame.type === "newMessage") this.typists.get(frame.chatId)?.delete(frame.message.senderId);
      if (frame.type === "messageEdited" && frame.message.ai && frame.message.ai.state !== "streaming") {
        this.replies.end(frame.chatId, frame.message.seq);
      }
      this.emit("update", frame);
      this.scheduleAck();
      return;
    }
    switch (frame.type) {
      case "synced":
        this.pts = frame.pts;
        this.attempt = 0;
        this.setState("live");
        this.sendPendingAck();
        this.emit("synced", { pts: frame.pts });
        return;
      case "tooLong":
        this.pts = frame.pts;
        this.attempt = 0;
        this.setState("live");
        this.sendPendingAck();
        this.emit("tooLong", { pts: frame.pts });
        return;
      case "presence":
        this.emit("presence", frame);
        return;
      case "typing": {
        const now = (this.options.now ?? Date.now)();
        const users = this.typists.get(frame.chatId) ?? new Map<string, number>();
        users.set(frame.userId, now + frame.expiresInMs);
        this.typists.set(frame.chatId, users);
        this.emit("typing", frame);
        return;
      }
      case "aiDelta":
        this.emit("aiDelta", { frame, text: this.replies.apply(frame) });
        return;
      case "error":
        // The server could not record an acknowledgement: it asks for it again.
        if (frame.code === "INTERNAL_ERROR") this.sentAckPts = 0;
        this.emit("error", frame);
        return;
      case "pong":
        return;
      case "incomingCall":
      case "callState":
      case "callOffer":
      case "callAnswer":
      case "callIce":
        this.emit("call", frame);
        return;
    }
  }

  private scheduleAck() {
    if (this.options.autoAck === false || this.ackTimer) return;
    this.ackTimer = setTimeout(() => this.flushAck(), this.options.ackDelayMs ?? 250);
  }

  private flushAck() {
    if (this.ackTimer) clearTimeout(this.ackTimer);
    this.ackTimer = null;
    if (this.options.autoAck !== false && this.pts !== undefined) this.ack(this.pts);
  }

  private closed(socket: WebSocketLike, code: number, reason: string) {
    if (socket !== this.socket) return;
    this.socket = null;
    // A pending automatic acknowledgement is kept (wantedAckPts): it goes out after the next sync.
    if (this.ackTimer) clearTimeout(this.ackTimer);
    this.ackTimer = null;
    if (this.options.autoAck !== false && this.pts !== undefined)
      this.wantedAckPts = Math.max(this.wantedAckPts, this.pts);
    if (this.stopped) return;
    if (code === CLOSE_CODES.replaced || code === CLOSE_CODES.sessionRevoked) {
      this.stopped = true;
      this.setState("closed");
      this.emit("stopped", { code, reason });
      return;
    }
    this.scheduleReconnect();
  }

  private scheduleReconnect() {
    if (this.stopped) return;
    this.setState("waiting");
    const initial = this.options.backoff?.initialMs ?? 500;
    const max = this.options.backoff?.maxMs ?? 30_000;
    const delay = Math.min(max, initial * 2 ** this.attempt) * (0.75 + Math.random() * 0.5);
    this.attempt += 1;
    this.reconnectTimer = setTimeout(() => void this.open(), delay);
  }
}

/**
 * ```ts
 * const realtime = createRealtimeClient({ baseUrl: "http://localhost:8787", token: () => session.accessToken, pts: saved });
 * realtime.on("update", (u) => { apply(u); save(realtime.pts); });
 * realtime.on("tooLong", () => reloadChats());
 * realtime.start();
 * ```
 */
export function createRealtimeClient(options: RealtimeOptions): RealtimeClient {
  return new RealtimeClient(options);
}
