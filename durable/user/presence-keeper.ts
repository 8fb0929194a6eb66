import { type PresenceFrame, REALTIME_LIMITS } from "../../openapi/realtime-frames.ts";
import type { Clock } from "../clock.ts";
import { markSeen, type Presence, presenceFrame, readPresence, setPresence } from "./presence.ts";

/** What the keeper needs from its UserDO: storage, its alarm, its sockets, and a way to tell peers. */
export type PresenceDeps = {
  sql: SqlStorage;
  clock: Clock;
  alarm: Pick<DurableObjectStorage, "getAlarm" | "setAlarm" | "deleteAlarm">;
  /** Open sockets of this user, not counting `except` (the one closing). */
  openSockets(except?: WebSocket): number;
  /** Who hears of a transition, and how they are told. */
  peers(userId: string): Promise<string[]>;
  relay(userIds: string[], frame: PresenceFrame): Promise<void>;
  waitUntil(promise: Promise<unknown>): void;
};

/**
 * Online while any device is connected, or the last one left less than the grace period ago (the
 * object's alarm ends it). Peers hear of transitions only, one after another in order, so a
 * flapping connection or a second device costs nothing.
 */
export class PresenceKeeper {
  private readonly deps: PresenceDeps;
  /** Announcements go out one after another, so peers see transitions in order. */
  private chain: Promise<void> = Promise.resolve();

  constructor(deps: PresenceDeps) {
    this.deps = deps;
  }

  /**
   * Presence for GET /users/{userId}. Self-healing: "online" with no socket and no pending
   * offline alarm means the sockets vanished without a close event (the object was reset), so
   * the user is offline since they were last seen, and peers are told.
   */
  async current(userId: string | null): Promise<Presence> {
    const { sql, clock, alarm, openSockets } = this.deps;
    const presence = readPresence(sql, clock());
    if (!presence.online || openSockets() > 0 || (await alarm.getAlarm()) !== null) return presence;
    this.graceOver(userId);
    return readPresence(sql, clock());
  }

  async cameOnline(userId: string) {
    // A pending "go offline" is cancelled: within the grace period nobody was told anything.
    await this.deps.alarm.deleteAlarm();
    if (setPresence(this.deps.sql, true, this.deps.clock())) this.announce(userId);
  }

  async socketGone(ws: WebSocket) {
    const { sql, clock, alarm, openSockets } = this.deps;
    if (openSockets(ws) > 0) return;
    // The last device left: offline after the grace period, unless one comes back first.
    markSeen(sql, clock());
    await alarm.setAlarm(clock() + REALTIME_LIMITS.presenceGraceMs);
  }

  /** The grace period ended (the alarm): offline, unless a device came back meanwhile. */
  graceOver(userId: string | null) {
    if (this.deps.openSockets() > 0 || !userId) return;
    if (setPresence(this.deps.sql, false, this.deps.clock())) this.announce(userId);
  }

  /** Tells the user's peers of a transition, after any earlier announcement went out. */
  private announce(userId: string) {
    const { sql, clock, peers, relay } = this.deps;
    const frame = presenceFrame(userId, readPresence(sql, clock()));
    this.chain = this.chain
      .then(async () => relay(await peers(userId), frame))
      .catch((error) => {
        console.error(JSON.stringify({ level: "error", message: "presence relay failed", error: String(error) }));
      });
    this.deps.waitUntil(this.chain);
  }
}
