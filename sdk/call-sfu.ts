// A call in SFU mode (Call.mode = "sfu"), for the call helper (calls.ts): this device keeps one
// RTCPeerConnection to Cloudflare Realtime SFU, publishes its camera and microphone there once,
// and pulls every other device's tracks (Call.tracks) from it, through the gateway's
// /calls/{callId}/sfu/… routes. Every change is queued: the SFU wants one negotiation at a time.

import type { components as Rest } from "./schema.d.ts";

type Call = Rest["schemas"]["Call"];
type CallTrack = Rest["schemas"]["CallTrack"];
type Published = Rest["schemas"]["PublishedCallTracks"];
type Pulled = Rest["schemas"]["PulledCallTracks"];

type SessionDescription = { type: "offer" | "answer" | "pranswer" | "rollback"; sdp?: string };

/** The parts of a media track the SFU link reads (the browser's MediaStreamTrack fits). */
export interface SfuMediaTrackLike {
  readonly kind?: string;
  stop(): void;
}

/** The parts of RTCPeerConnection the SFU link uses, structurally (the browser's fits). */
export interface SfuPeerConnectionLike {
  readonly connectionState: string;
  readonly localDescription: { sdp: string } | null;
  ontrack:
    | ((event: { track: unknown; streams: readonly unknown[]; transceiver: { mid: string | null } }) => void)
    | null;
  onconnectionstatechange: (() => void) | null;
  addTransceiver(track: SfuMediaTrackLike, init: { direction: "sendonly" }): { mid: string | null };
  setLocalDescription(description?: SessionDescription): Promise<void>;
  setRemoteDescription(description: SessionDescription): Promise<void>;
  createOffer(): Promise<SessionDescription>;
  createAnswer(): Promise<SessionDescription>;
  close(): void;
}

export type SfuRemoteTrack = {
  peerId: string;
  userId: string;
  trackName: string;
  track: unknown;
  streams: readonly unknown[];
};

export type SfuLinkOptions = {
  callId: string;
  /** This device's peer id in the call (Call.self). */
  self: string;
  localTracks: SfuMediaTrackLike[];
  peerConnection: () => SfuPeerConnectionLike;
  /** A gateway request: the envelope's data, or a thrown error. */
  request: <T>(method: string, path: string, body?: unknown) => Promise<T>;
  onTrack: (track: SfuRemoteTrack) => void;
  onConnection: (state: string) => void;
  onError: (error: unknown) => void;
};

const key = (t: { peerId: string; trackName: string }) => `${t.peerId}/${t.trackName}`;

export class SfuLink {
  private readonly options: SfuLinkOptions;
  private readonly pc: SfuPeerConnectionLike;
  private published = false;
  /** Pulled tracks by peerId/trackName → the mid they arrive on. */
  private readonly pulled = new Map<string, string>();
  /** mid → whose track arrives there. */
  private readonly byMid = new Map<string, CallTrack>();
  private queue: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(options: SfuLinkOptions) {
    this.options = options;
    this.pc = options.peerConnection();
    this.pc.ontrack = (event) => {
      const owner = event.transceiver.mid ? this.byMid.get(event.transceiver.mid) : undefined;
      if (owner) this.options.onTrack({ ...owner, track: event.track, streams: event.streams });
    };
    this.pc.onconnectionstatechange = () => this.options.onConnection(this.pc.connectionState);
  }

  /** Brings the connection in step with the call: publish once, pull new tracks, close gone ones. */
  update(call: Call) {
    this.queue = this.queue.then(() => this.step(call)).catch((error) => this.options.onError(error));
    return this.queue;
  }

  close() {
    this.closed = true;
    this.pc.close();
  }

  private path(suffix: string) {
    return `/api/v1/calls/${this.options.callId}/sfu/${suffix}`;
  }

  private async step(call: Call) {
    if (this.closed) return;
    if (!this.published && this.options.localTracks.length > 0) await this.publish();
    const others = call.tracks.filter((t) => t.peerId !== this.options.self);
    const gone = [...this.pulled].filter(([k]) => !others.some((t) => key(t) === k));
    if (gone.length > 0) {
      for (const [k, mid] of gone) {
        this.pulled.delete(k);
        this.byMid.delete(mid);
      }
      await this.options.request("PUT", this.path("tracks/close"), { mids: gone.map(([, mid]) => mid) });
    }
    const wanted = others.filter((t) => !this.pulled.has(key(t)));
    if (wanted.length > 0) await this.pull(wanted);
  }

  private async publish() {
    const transceivers = this.options.localTracks.map((track) => ({
      track,
      transceiver: this.pc.addTransceiver(track, { direction: "sendonly" }),
    }));
    await this.pc.setLocalDescription(await this.pc.createOffer());
    const tracks = transceivers.flatMap(({ track, transceiver }) =>
      transceiver.mid === null
        ? []
        : [
            {
              mid: transceiver.mid,
              trackName: `${track.kind ?? "track"}-${transceiver.mid}`,
              kind: track.kind === "video" ? "video" : "audio",
            },
          ],
    );
    const answer = await this.options.request<Published>("POST", this.path("session"), {
      sdp: this.pc.localDescription?.sdp ?? "",
      tracks,
    });
    await this.pc.setRemoteDescription({ type: "answer", sdp: answer.sdp });
    this.published = true;
  }

  private async pull(wanted: CallTrack[]) {
    // The mids are known before the SFU's offer is applied, so ontrack can name each track's owner.
    const pulled = await this.options.request<Pulled>("POST", this.path("tracks"), {
      tracks: wanted.map(({ peerId, trackName }) => ({ peerId, trackName })),
    });
    for (const result of pulled.tracks) {
      const owner = wanted.find((t) => t.peerId === result.peerId && t.trackName === result.trackName);
      if (!owner || result.mid === null || result.errorCode) continue;
      this.pulled.set(key(owner), result.mid);
      this.byMid.set(result.mid, owner);
    }
    if (pulled.offer === null) return;
    await this.pc.setRemoteDescription({ type: "offer", sdp: pulled.offer });
    await this.pc.setLocalDescription(await this.pc.createAnswer());
    await this.options.request("PUT", this.path("renegotiate"), { sdp: this.pc.localDescription?.sdp ?? "" });
  }
}
