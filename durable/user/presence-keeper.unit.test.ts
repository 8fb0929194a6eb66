import { describe, expect, it } from "vitest";
import { REALTIME_LIMITS } from "../../openapi/realtime-frames.ts";
import { fakeClock } from "../clock.ts";
import { nodeSqlStorage } from "../sql/node-sqlite.ts";
import { PresenceKeeper } from "./presence-keeper.ts";
import { USER_SCHEMA } from "./schema.ts";

/** A keeper over node:sqlite with a fake clock, an alarm slot and a count of open sockets. */
function keeper() {
  const clock = fakeClock();
  const sql = nodeSqlStorage();
  sql.exec(USER_SCHEMA);
  let alarmAt: number | null = null;
  let sockets = 0;
  const told: { online: boolean; lastSeen: number | null; to: string[] }[] = [];
  const pending: Promise<unknown>[] = [];
  const presence = new PresenceKeeper({
    sql,
    clock,
    alarm: {
      getAlarm: async () => alarmAt,
      setAlarm: async (at) => {
        alarmAt = typeof at === "number" ? at : at.getTime();
      },
      deleteAlarm: async () => {
        alarmAt = null;
      },
    },
    openSockets: (except) => sockets - (except ? 1 : 0),
    peers: async () => ["usr_peer"],
    relay: async (to, frame) => {
      told.push({ online: frame.online, lastSeen: frame.lastSeen, to });
    },
    waitUntil: (promise) => pending.push(promise),
  });
  return {
    clock,
    presence,
    told,
    get alarmAt() {
      return alarmAt;
    },
    connect: async () => {
      sockets += 1;
      await presence.cameOnline("usr_me");
    },
    disconnect: async () => {
      await presence.socketGone({} as WebSocket);
      sockets -= 1;
    },
    settled: () => Promise.all(pending),
  };
}

describe("presence", () => {
  it("tells peers of transitions only, and goes offline after the grace period with the time the last device left", async () => {
    const k = keeper();
    await k.connect();
    await k.connect(); // a second device: no transition
    await k.disconnect();
    expect(k.alarmAt).toBeNull(); // one device is still there
    k.clock.advance(5_000);
    const leftAt = k.clock();
    await k.disconnect();
    expect(k.alarmAt).toBe(leftAt + REALTIME_LIMITS.presenceGraceMs);

    k.clock.set(k.alarmAt ?? 0);
    k.presence.graceOver("usr_me");
    await k.settled();
    expect(k.told).toEqual([
      { online: true, lastSeen: expect.any(Number), to: ["usr_peer"] },
      { online: false, lastSeen: leftAt, to: ["usr_peer"] },
    ]);
  });

  it("a reconnect within the grace period cancels going offline: peers hear nothing", async () => {
    const k = keeper();
    await k.connect();
    await k.disconnect();
    k.clock.advance(REALTIME_LIMITS.presenceGraceMs / 2);
    await k.connect();
    expect(k.alarmAt).toBeNull();
    await k.settled();
    expect(k.told.map((t) => t.online)).toEqual([true]);
  });

  it("heals an 'online' left behind by vanished sockets (no socket, no alarm) when asked", async () => {
    const k = keeper();
    await k.connect();
    // The object was reset: its sockets are gone without a close event, and no alarm is pending.
    const vanished = k.clock();
    await k.disconnect();
    await k.presence.cameOnline("usr_me"); // still online: cancels the alarm, no transition
    k.clock.advance(60_000);
    const now = await k.presence.current("usr_me");
    expect(now.online).toBe(false);
    expect(now.lastSeen).toBeGreaterThanOrEqual(vanished);
    await k.settled();
    expect(k.told.map((t) => t.online)).toEqual([true, false]);
  });
});
