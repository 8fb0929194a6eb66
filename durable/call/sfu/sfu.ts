import type { ClosedTracks, PublishedTracks, PublishTracksBody, PulledTracks } from "../../../openapi/call-sfu.ts";
import type { Clock } from "../../clock.ts";
import { refuse } from "../../outcome.ts";
import type { SfuClient } from "./client.ts";
import type { CallMedia } from "./media.ts";
import { KeyedQueue } from "./queue.ts";

// A device's media through the SFU: the four things it asks (publish, pull, renegotiate, close),
// each checked against the call (media.ts: the device is in it, the call is in SFU mode), then
// sent to the SFU in the device's own session, then recorded. The SFU's session ids stay here:
// devices name tracks by peer id, so none can publish into, or close tracks of, another's session.

export type CallSfuDeps = {
  media: CallMedia;
  sfu: SfuClient | null;
  clock: Clock;
  /** Runs a storage write atomically (the object's transactionSync). */
  write: (work: () => void) => void;
  /** Tells everyone the call's tracks changed (a callState). */
  tracksChanged: () => Promise<void>;
};

const noSession = () =>
  refuse.conflict("This device has no SFU session yet: publish or pull tracks first", "SFU_NO_SESSION");

export class CallSfu {
  private readonly deps: CallSfuDeps;
  private readonly queue = new KeyedQueue();

  constructor(deps: CallSfuDeps) {
    this.deps = deps;
  }

  publish(userId: string, sessionId: string, body: PublishTracksBody): Promise<PublishedTracks> {
    return this.forDevice(userId, sessionId, async (peerId, sfu) => {
      const session = await this.sessionFor(peerId, sfu);
      const answer = await sfu.newTracks(session, {
        sessionDescription: { type: "offer", sdp: body.sdp },
        tracks: body.tracks.map((t) => ({ location: "local" as const, mid: t.mid, trackName: t.trackName })),
      });
      if (answer.sessionDescription?.type !== "answer") {
        throw refuse.badRequest("The call's media server gave no answer to the offer", "SFU_REFUSED");
      }
      // Only the tracks the SFU took are listed for the others to pull.
      const refused = new Set(answer.tracks.filter((t) => t.errorCode).map((t) => t.trackName ?? t.mid));
      const published = body.tracks.filter((t) => !refused.has(t.trackName) && !refused.has(t.mid));
      this.deps.write(() => this.deps.media.publish(peerId, published, this.deps.clock()));
      if (published.length > 0) await this.deps.tracksChanged();
      return {
        sdp: answer.sessionDescription.sdp,
        tracks: published.map((t) => ({ mid: t.mid, trackName: t.trackName })),
      };
    });
  }

  pull(userId: string, sessionId: string, tracks: { peerId: string; trackName: string }[]): Promise<PulledTracks> {
    return this.forDevice(userId, sessionId, async (peerId, sfu) => {
      const sources = this.deps.media.sources(tracks);
      const session = await this.sessionFor(peerId, sfu);
      const answer = await sfu.newTracks(session, {
        tracks: sources.map((s) => ({ location: "remote" as const, sessionId: s.sessionId, trackName: s.trackName })),
      });
      const offer =
        answer.requiresImmediateRenegotiation && answer.sessionDescription?.type === "offer"
          ? answer.sessionDescription.sdp
          : null;
      return {
        offer,
        // The SFU answers the tracks in the order they were asked for.
        tracks: tracks.map((t, i) => ({
          peerId: t.peerId,
          trackName: t.trackName,
          mid: answer.tracks[i]?.mid ?? null,
          errorCode: answer.tracks[i]?.errorCode ?? null,
        })),
      };
    });
  }

  renegotiate(userId: string, sessionId: string, sdp: string): Promise<{ renegotiated: true }> {
    return this.forDevice(userId, sessionId, async (peerId, sfu) => {
      const session = this.deps.media.sessionOf(peerId);
      if (!session) throw noSession();
      await sfu.renegotiate(session, { type: "answer", sdp });
      return { renegotiated: true as const };
    });
  }

  close(userId: string, sessionId: string, mids: string[], sdp: string | undefined): Promise<ClosedTracks> {
    return this.forDevice(userId, sessionId, async (peerId, sfu) => {
      const session = this.deps.media.sessionOf(peerId);
      if (!session) throw noSession();
      const answer = await sfu.closeTracks(session, {
        mids,
        ...(sdp ? { sessionDescription: { type: "offer" as const, sdp } } : {}),
        force: !sdp,
      });
      let changed = false;
      this.deps.write(() => {
        changed = this.deps.media.unpublish(peerId, mids);
      });
      if (changed) await this.deps.tracksChanged();
      return { answer: answer.sessionDescription?.type === "answer" ? answer.sessionDescription.sdp : null };
    });
  }

  /** The device's peer id (checked) and the SFU, then `work` in the device's turn. */
  private async forDevice<T>(userId: string, sessionId: string, work: (peerId: string, sfu: SfuClient) => Promise<T>) {
    const peerId = this.deps.media.requireSfuDevice(userId, sessionId);
    const sfu = this.deps.sfu;
    if (!sfu) throw refuse.conflict("No SFU is configured for calls", "SFU_NOT_CONFIGURED");
    return this.queue.run(peerId, () => work(peerId, sfu));
  }

  private async sessionFor(peerId: string, sfu: SfuClient): Promise<string> {
    const known = this.deps.media.sessionOf(peerId);
    if (known) return known;
    const { sessionId } = await sfu.newSession();
    this.deps.write(() => this.deps.media.setSession(peerId, sessionId));
    return sessionId;
  }
}
