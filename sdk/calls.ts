// A call helper over the realtime client: starts, answers, declines and hangs up calls, and drives
// one RTCPeerConnection per other device in the call (a mesh). The server only relays: the device
// that joins offers to every device already in the call, the others answer it. A call in SFU mode
// (past the mesh limit) instead runs one connection to the SFU (call-sfu.ts). Browser-only (it
// needs RTCPeerConnection and media); types are imported from the contract, nothing else.

import type { components as Realtime } from "./realtime-schema.d.ts";
import type { components as Rest } from "./schema.d.ts";

type IncomingCallFrame = Realtime["schemas"]["IncomingCallFrame"];
type Call = Rest["schemas"]["Call"];
type IceServers = Rest["schemas"]["IceServers"];

import { SfuLink, type SfuPeerConnectionLike, type SfuRemoteTrack } from "./call-sfu.ts";
import type { CallFrame, ErrorFrame, RealtimeClient } from "./realtime.ts";

export type { Call, IncomingCallFrame };

// The parts of WebRTC the helper uses, structurally (the SDK compiles without the DOM library):
// the browser's RTCPeerConnection and MediaStream fit.
type SessionDescription = { type: "offer" | "answer" | "pranswer" | "rollback"; sdp?: string };
type IceCandidateInit = {
  candidate: string;
  sdpMid?: string | null;
  sdpMLineIndex?: number | null;
  usernameFragment?: string | null;
};
export interface MediaTrackLike {
  /** "audio" or "video" (names the track published to the SFU). */
  readonly kind?: string;
  stop(): void;
}
export interface MediaStreamLike {
  getTracks(): MediaTrackLike[];
}
export interface PeerConnectionLike {
  readonly connectionState: string;
  readonly remoteDescription: unknown;
  readonly localDescription: { sdp: string } | null;
  onicecandidate: ((event: { candidate: { toJSON(): IceCandidateInit } | null }) => void) | null;
  ontrack: ((event: { streams: readonly MediaStreamLike[] }) => void) | null;
  onconnectionstatechange: (() => void) | null;
  addTrack(track: MediaTrackLike, stream: MediaStreamLike): unknown;
  setLocalDescription(description: SessionDescription): Promise<void>;
  setRemoteDescription(description: SessionDescription): Promise<void>;
  createOffer(): Promise<SessionDescription>;
  createAnswer(): Promise<SessionDescription>;
  addIceCandidate(candidate: IceCandidateInit): Promise<void>;
  close(): void;
}
type IceServerConfig = { urls: string[]; username?: string; credential?: string };

type BrowserGlobals = {
  RTCPeerConnection?: new (config: { iceServers: IceServerConfig[] }) => PeerConnectionLike;
  navigator?: { mediaDevices?: { getUserMedia(c: { audio: boolean; video: boolean }): Promise<MediaStreamLike> } };
};
const browser = globalThis as BrowserGlobals;

export interface CallsOptions {
  realtime: RealtimeClient;
  /** The API's origin, as for the realtime client. */
  baseUrl: string;
  token: string | (() => string | undefined | Promise<string | undefined>);
  /** Your camera and microphone for a call; defaults to getUserMedia({audio: true, video}). */
  media?: (video: boolean) => Promise<MediaStreamLike>;
  /** Makes a peer connection; defaults to the global RTCPeerConnection. */
  peerConnection?: (config: { iceServers: IceServerConfig[] }) => PeerConnectionLike;
  /** Makes the connection to the SFU (a call in SFU mode); defaults to the global RTCPeerConnection. */
  sfuPeerConnection?: (config: { iceServers: IceServerConfig[] }) => SfuPeerConnectionLike;
  fetch?: typeof fetch;
}

type CallEvents = {
  /** Someone calls you: `accept(frame.callId)` or `decline(frame.callId)`. */
  incoming: IncomingCallFrame;
  /** Your current call changed (answered, someone joined or left, ended). */
  state: Call;
  /**
   * A call this device is not in changed: one that rang here was answered on another of your
   * devices, declined or ended (stop ringing when it no longer lists you in `ringing`, or it
   * ended), or the call your other device is in (the sync after connecting tells of it).
   */
  other: Call;
  /** Media from another device in the call. */
  remoteStream: { peerId: string; userId: string; stream: MediaStreamLike };
  /** A track of another device, pulled from the SFU (SFU mode; remoteStream fires too when it has a stream). */
  remoteTrack: SfuRemoteTrack;
  /** The connection to another device in the call changed ("connected", "failed", …); in SFU mode, peerId "sfu". */
  connection: { peerId: string; userId: string; state: string };
  /** A request to the SFU failed (SFU mode): the media of the call may be incomplete until the next callState. */
  sfuError: { callId: string; message: string };
  /** A refused call frame (e.g. the call is full, or ended). */
  error: ErrorFrame;
};

type Peer = { pc: PeerConnectionLike; userId: string; pendingIce: IceCandidateInit[] };

export class CallClient {
  private readonly options: CallsOptions;
  private readonly listeners = new Map<keyof CallEvents, Set<(value: never) => void>>();
  private readonly peers = new Map<string, Peer>();
  private iceServers: IceServerConfig[] = [];
  private local: MediaStreamLike | null = null;
  /** The connection to the SFU while this device is in a call in SFU mode. */
  private sfu: SfuLink | null = null;
  /** Set by accept(): the first callState that names this device makes it offer to everyone in. */
  private offerOnJoin = false;
  /** Set by hangUp(): the next callState is the last this device reports of the call. */
  private leaving = false;
  /** The call this device is in (or ringing out), null when none. */
  current: Call | null = null;

  constructor(options: CallsOptions) {
    this.options = options;
    options.realtime.on("call", (frame) => void this.receive(frame));
    options.realtime.on("error", (frame) => {
      const details = frame.details as { callId?: string } | undefined;
      if (!details?.callId) return;
      // A refused callJoin (answered on another device, full, ended): this device is not in the call.
      if (details.callId === this.current?.callId && this.offerOnJoin) this.teardown();
      this.emit("error", frame);
    });
  }

  on<K extends keyof CallEvents>(event: K, listener: (value: CallEvents[K]) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener as (value: never) => void);
    this.listeners.set(event, set);
    return () => set.delete(listener as (value: never) => void);
  }

  /** Your local media stream while in a call (to show yourself). */
  get localStream(): MediaStreamLike | null {
    return this.local;
  }

  /** Calls a dialog or group (POST /chats/{chatId}/calls); this device is in the call. `sfu`: start in SFU mode. */
  async start(chatId: string, video: boolean, options: { sfu?: boolean } = {}): Promise<Call> {
    await this.prepare(video);
    const body = options.sfu ? { video, sfu: true } : { video };
    const call = await this.request<Call>("POST", `/api/v1/chats/${chatId}/calls`, body);
    this.current = call;
    // Glare: the chat's call was already ringing for us and we are now in it: offer like a newcomer.
    this.offerOnJoin = call.state === "active";
    this.onState(call);
    return call;
  }

  /** Answers a ringing call (or joins a group call) with this device. */
  async accept(callId: string, video = true): Promise<void> {
    await this.prepare(video);
    this.offerOnJoin = true;
    this.current = { callId } as Call;
    this.options.realtime.sendCall({ type: "callJoin", callId });
  }

  decline(callId: string) {
    this.options.realtime.sendCall({ type: "callLeave", callId, reason: "declined" });
  }

  /** Leaves the current call (a 1:1 call ends for both). */
  hangUp() {
    const call = this.current;
    if (!call) return;
    this.options.realtime.sendCall({ type: "callLeave", callId: call.callId });
    // Media stops now; the call's answer to the hang-up (its callState) is still reported, then forgotten.
    this.closeMedia();
    this.leaving = true;
  }

  // ---------------------------------------------------------------- internals

  private emit<K extends keyof CallEvents>(event: K, value: CallEvents[K]) {
    for (const listener of this.listeners.get(event) ?? []) (listener as (value: CallEvents[K]) => void)(value);
  }

  private async prepare(video: boolean) {
    const servers = await this.request<IceServers>("GET", "/api/v1/calls/ice-servers");
    this.iceServers = servers.iceServers;
    const media = this.options.media ?? defaultMedia;
    this.local ??= await media(video);
  }

  private async receive(frame: CallFrame) {
    if (frame.type === "incomingCall") {
      this.emit("incoming", frame);
      return;
    }
    const callId = frame.type === "callState" ? frame.call.callId : frame.callId;
    if (!this.current || callId !== this.current.callId) {
      if (frame.type === "callState") this.emit("other", frame.call);
      return;
    }
    // In SFU mode media goes through the SFU: late mesh signalling is moot.
    if (this.sfu && frame.type !== "callState") return;
    switch (frame.type) {
      case "callState":
        this.onState(frame.call);
        return;
      case "callOffer": {
        const peer = this.peerFor(frame.from, frame.fromUserId);
        await peer.pc.setRemoteDescription({ type: "offer", sdp: frame.sdp });
        await this.flushIce(peer);
        await peer.pc.setLocalDescription(await peer.pc.createAnswer());
        this.signal({
          type: "callAnswer",
          callId: frame.callId,
          to: frame.from,
          sdp: peer.pc.localDescription?.sdp ?? "",
        });
        return;
      }
      case "callAnswer": {
        const peer = this.peers.get(frame.from);
        if (!peer) return;
        await peer.pc.setRemoteDescription({ type: "answer", sdp: frame.sdp });
        await this.flushIce(peer);
        return;
      }
      case "callIce": {
        const peer = this.peers.get(frame.from) ?? this.peerFor(frame.from, frame.fromUserId);
        if (peer.pc.remoteDescription) await peer.pc.addIceCandidate(frame.candidate);
        else peer.pendingIce.push(frame.candidate);
        return;
      }
    }
  }

  private onState(call: Call) {
    // Another device of ours answered: this one is not in the call.
    if (call.self === null && call.state !== "ended" && this.offerOnJoin) return;
    this.current = call;
    this.emit("state", call);
    if (call.state === "ended" || this.leaving) {
      this.teardown();
      return;
    }
    if (call.mode === "sfu" && call.self !== null) {
      // Past the mesh limit (or started so): one connection to the SFU replaces the mesh.
      this.offerOnJoin = false;
      for (const peer of this.peers.values()) peer.pc.close();
      this.peers.clear();
      this.sfu ??= this.openSfu(call.callId, call.self);
      void this.sfu.update(call);
      return;
    }
    const inCall = new Set(call.participants.map((p) => p.peerId));
    for (const [peerId, peer] of this.peers) {
      if (!inCall.has(peerId)) {
        peer.pc.close();
        this.peers.delete(peerId);
      }
    }
    if (this.offerOnJoin && call.self !== null) {
      this.offerOnJoin = false;
      for (const p of call.participants) if (p.peerId !== call.self) void this.offer(p.peerId, p.userId);
    }
  }

  private async offer(peerId: string, userId: string) {
    const peer = this.peerFor(peerId, userId);
    await peer.pc.setLocalDescription(await peer.pc.createOffer());
    const callId = this.current?.callId;
    if (callId) this.signal({ type: "callOffer", callId, to: peerId, sdp: peer.pc.localDescription?.sdp ?? "" });
  }

  private peerFor(peerId: string, userId: string): Peer {
    const existing = this.peers.get(peerId);
    if (existing) return existing;
    const pc = (this.options.peerConnection ?? defaultPeerConnection)({ iceServers: this.iceServers });
    const peer: Peer = { pc, userId, pendingIce: [] };
    this.peers.set(peerId, peer);
    const local = this.local;
    for (const track of local?.getTracks() ?? []) if (local) pc.addTrack(track, local);
    pc.onicecandidate = (event) => {
      const callId = this.current?.callId;
      if (event.candidate && callId)
        this.signal({ type: "callIce", callId, to: peerId, candidate: event.candidate.toJSON() });
    };
    pc.ontrack = (event) => {
      const stream = event.streams[0];
      if (stream) this.emit("remoteStream", { peerId, userId, stream });
    };
    pc.onconnectionstatechange = () => this.emit("connection", { peerId, userId, state: pc.connectionState });
    return peer;
  }

  private openSfu(callId: string, self: string): SfuLink {
    const local = this.local;
    return new SfuLink({
      callId,
      self,
      localTracks: local?.getTracks() ?? [],
      peerConnection: () =>
        (this.options.sfuPeerConnection ?? defaultSfuPeerConnection)({ iceServers: this.iceServers }),
      request: (method, path, body) => this.request(method, path, body),
      onTrack: (track) => {
        this.emit("remoteTrack", track);
        const stream = track.streams[0] as MediaStreamLike | undefined;
        if (stream) this.emit("remoteStream", { peerId: track.peerId, userId: track.userId, stream });
      },
      onConnection: (state) => this.emit("connection", { peerId: "sfu", userId: "sfu", state }),
      onError: (error) =>
        this.emit("sfuError", { callId, message: error instanceof Error ? error.message : String(error) }),
    });
  }

  private async flushIce(peer: Peer) {
    for (const candidate of peer.pendingIce.splice(0)) await peer.pc.addIceCandidate(candidate);
  }

  private signal(frame: Parameters<RealtimeClient["sendCall"]>[0]) {
    this.options.realtime.sendCall(frame);
  }

  private closeMedia() {
    for (const peer of this.peers.values()) peer.pc.close();
    this.peers.clear();
    this.sfu?.close();
    this.sfu = null;
    for (const track of this.local?.getTracks() ?? []) track.stop();
    this.local = null;
  }

  private teardown() {
    this.closeMedia();
    this.current = null;
    this.offerOnJoin = false;
    this.leaving = false;
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const token = typeof this.options.token === "function" ? await this.options.token() : this.options.token;
    const headers: Record<string, string> = { authorization: `Bearer ${token ?? ""}` };
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await (this.options.fetch ?? fetch)(new URL(path, this.options.baseUrl), {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
    });
    const json = (await res.json()) as { success: boolean; data: T; error?: { code: string; message: string } };
    if (!json.success) throw new Error(`${json.error?.code}: ${json.error?.message}`);
    return json.data;
  }
}

function defaultMedia(video: boolean): Promise<MediaStreamLike> {
  const devices = browser.navigator?.mediaDevices;
  if (!devices) throw new Error("No getUserMedia here: pass `media`");
  return devices.getUserMedia({ audio: true, video });
}

function defaultSfuPeerConnection(config: { iceServers: IceServerConfig[] }): SfuPeerConnectionLike {
  if (!browser.RTCPeerConnection) throw new Error("No RTCPeerConnection here: pass `sfuPeerConnection`");
  return new browser.RTCPeerConnection(config) as unknown as SfuPeerConnectionLike;
}

function defaultPeerConnection(config: { iceServers: IceServerConfig[] }): PeerConnectionLike {
  if (!browser.RTCPeerConnection) throw new Error("No RTCPeerConnection here: pass `peerConnection`");
  return new browser.RTCPeerConnection(config);
}

/**
 * const calls = createCallClient({ realtime, baseUrl, token });
 * calls.on("incoming", (c) => calls.accept(c.callId));   // also after a (re)connect, from the sync
 * calls.on("other", (call) => { if (call.state === "ended" || !call.ringing.includes(me)) stopRinging(call.callId); });
 * calls.on("remoteStream", ({ stream }) => { video.srcObject = stream; });
 * await calls.start(chatId, true);  …  calls.hangUp();
 */
export function createCallClient(options: CallsOptions): CallClient {
  return new CallClient(options);
}
