// The SFU behind one small interface (Cloudflare Realtime SFU's Connection API): what the call
// object needs of it. http-client.ts is the real implementation; tests run it against a local peer.

export type SessionDescription = { type: "offer" | "answer"; sdp: string };

/** Publish: a transceiver of the session's own offer, by mid. */
export type LocalTrackRequest = { location: "local"; mid: string; trackName: string };
/** Pull: a track another session publishes. */
export type RemoteTrackRequest = { location: "remote"; sessionId: string; trackName: string };

export type TrackResult = {
  mid: string | null;
  trackName: string | null;
  sessionId: string | null;
  errorCode: string | null;
};

export type TracksAnswer = {
  sessionDescription: SessionDescription | null;
  requiresImmediateRenegotiation: boolean;
  tracks: TrackResult[];
};

export type SessionTrack = {
  location: "local" | "remote";
  mid: string | null;
  trackName: string | null;
  status: string;
};

export interface SfuClient {
  /** POST /v1/apps/{appId}/sessions/new: a session (one device's RTCPeerConnection), not yet connected. */
  newSession(): Promise<{ sessionId: string }>;
  /** POST …/sessions/{sessionId}/tracks/new: publish (with the device's offer) or pull tracks. */
  newTracks(
    sessionId: string,
    request: { sessionDescription?: SessionDescription; tracks: Array<LocalTrackRequest | RemoteTrackRequest> },
  ): Promise<TracksAnswer>;
  /** PUT …/sessions/{sessionId}/renegotiate: the device's answer to an offer of the SFU. */
  renegotiate(sessionId: string, answer: SessionDescription): Promise<void>;
  /** PUT …/sessions/{sessionId}/tracks/close: by mid; `force` closes without the device's offer. */
  closeTracks(
    sessionId: string,
    request: { mids: string[]; sessionDescription?: SessionDescription; force: boolean },
  ): Promise<TracksAnswer>;
  /** GET …/sessions/{sessionId}: its tracks and their status. */
  session(sessionId: string): Promise<{ tracks: SessionTrack[] }>;
}
