import { describe, expect, it } from "vitest";
import { fakeClock } from "../clock.ts";
import { DomainRefusal } from "../outcome.ts";
import { nodeSqlStorage } from "../sql/node-sqlite.ts";
import { CallMachine, type Effects } from "./machine.ts";
import type { CallOpening } from "./rpc.ts";
import { CALL_SCHEMA } from "./schema.ts";

const LIMITS = { ringTimeoutMs: 45_000, meshLimit: 4 };
const CALL_ID = `call_${"a".repeat(32)}`;

function opening(kind: "dialog" | "group", memberIds: string[], initiatorId = "usr_ann"): CallOpening {
  return {
    callId: CALL_ID,
    chatId: kind === "dialog" ? `dlg_${"d".repeat(32)}` : `grp_${"g".repeat(32)}`,
    kind,
    video: true,
    initiatorId,
    initiatorSessionId: `ses_${initiatorId}_1`,
    memberIds,
    createdAt: 0,
  };
}

function machine() {
  const sql = nodeSqlStorage();
  sql.exec(CALL_SCHEMA);
  const clock = fakeClock();
  return { calls: new CallMachine(sql, clock), clock };
}

function refusalOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainRefusal) return `${error.status} ${error.code}`;
    throw error;
  }
  return "no refusal";
}

/** The frame types each user's devices get: "*" all devices, "-s1" all but s1, "s1" one device. */
function framesByUser(effects: Effects) {
  const out: Record<string, string[]> = {};
  for (const d of effects.deliveries) {
    const where = d.sessionId ?? (d.except.length ? `-${d.except.join(",")}` : "*");
    const frame = d.frame;
    const what =
      frame.type === "callState" ? `callState:${frame.call.state}:${frame.call.self ? "self" : "-"}` : frame.type;
    const list = out[d.userId] ?? [];
    list.push(`${what}@${where}`);
    out[d.userId] = list;
  }
  return out;
}

describe("a 1:1 call", () => {
  it("rings every device of the callee and puts the caller's device in the call", () => {
    const { calls } = machine();
    const effects = calls.start(opening("dialog", ["usr_ann", "usr_bob"]), new Set(), LIMITS);
    expect(framesByUser(effects)).toEqual({
      usr_ann: ["callState:ringing:self@ses_usr_ann_1", "callState:ringing:-@-ses_usr_ann_1"],
      usr_bob: ["incomingCall@*", "callState:ringing:-@*"],
    });
    const view = calls.view("usr_ann", "ses_usr_ann_1");
    expect(view).toMatchObject({ state: "ringing", ringing: ["usr_bob"], reason: null });
    expect(view.participants.map((p) => p.userId)).toEqual(["usr_ann"]);
    expect(view.self).toBe(view.participants[0]?.peerId);
    expect(calls.nextAlarm()).toBe(view.createdAt + 45_000);
  });

  it("is answered by the first device; the callee's other devices stop ringing and cannot answer too", () => {
    const { calls, clock } = machine();
    calls.start(opening("dialog", ["usr_ann", "usr_bob"]), new Set(), LIMITS);
    clock.advance(3000);
    const answered = calls.join("usr_bob", "ses_bob_phone");
    expect(framesByUser(answered).usr_bob).toEqual([
      "callState:active:self@ses_bob_phone",
      "callState:active:-@-ses_bob_phone",
    ]);
    const view = calls.view("usr_bob", "ses_bob_phone");
    expect(view).toMatchObject({ state: "active", ringing: [], answeredAt: view.createdAt + 3000 });
    expect(view.participants.map((p) => p.userId)).toEqual(["usr_ann", "usr_bob"]);
    expect(refusalOf(() => calls.join("usr_bob", "ses_bob_laptop"))).toBe("409 CALL_ANSWERED_ELSEWHERE");
    // The same device answering twice is a repeat, not an error.
    expect(calls.join("usr_bob", "ses_bob_phone").ended).toBeNull();
    expect(calls.nextAlarm()).toBeNull();
  });

  it("ends as hangup when either side hangs up, with its duration, and frees both lines", () => {
    const { calls, clock } = machine();
    calls.start(opening("dialog", ["usr_ann", "usr_bob"]), new Set(), LIMITS);
    clock.advance(1000);
    calls.join("usr_bob", "ses_bob");
    clock.advance(61_000);
    const effects = calls.leave("usr_bob", "ses_bob", undefined);
    expect(effects.ended).toMatchObject({ reason: "hangup", durationMs: 61_000, video: true, initiatorId: "usr_ann" });
    expect(effects.release.sort()).toEqual(["usr_ann", "usr_bob"]);
    expect(calls.view("usr_ann", null)).toMatchObject({ state: "ended", reason: "hangup", participants: [] });
    expect(framesByUser(effects).usr_ann).toEqual(["callState:ended:-@*"]);
    expect(refusalOf(() => calls.join("usr_bob", "ses_bob"))).toBe("409 CALL_ENDED");
    expect(calls.holdsLine("usr_ann")).toBe(false);
  });

  it("ends as declined when the callee declines", () => {
    const { calls } = machine();
    calls.start(opening("dialog", ["usr_ann", "usr_bob"]), new Set(), LIMITS);
    const effects = calls.leave("usr_bob", "ses_bob", undefined);
    expect(effects.ended).toMatchObject({ reason: "declined", durationMs: null });
    expect(calls.nextAlarm()).toBeNull();
  });

  it("ends as missed when the caller gives up before an answer", () => {
    const { calls } = machine();
    calls.start(opening("dialog", ["usr_ann", "usr_bob"]), new Set(), LIMITS);
    const effects = calls.leave("usr_ann", "ses_usr_ann_1", undefined);
    expect(effects.ended).toMatchObject({ reason: "missed" });
    expect(calls.view("usr_bob", null).ringing).toEqual([]);
  });

  it("ends as missed at the ring timeout, not a moment before", () => {
    const { calls, clock } = machine();
    calls.start(opening("dialog", ["usr_ann", "usr_bob"]), new Set(), LIMITS);
    clock.advance(44_999);
    expect(calls.ringTimeout().ended).toBeNull();
    expect(calls.view("usr_bob", null).state).toBe("ringing");
    clock.advance(1);
    const effects = calls.ringTimeout();
    expect(effects.ended).toMatchObject({ reason: "missed", durationMs: null });
    expect(effects.release.sort()).toEqual(["usr_ann", "usr_bob"]);
    // A late alarm (a repeat) changes nothing.
    expect(calls.ringTimeout()).toEqual({ deliveries: [], release: [], ended: null });
  });

  it("ends as busy at once when the callee is in another call, and rings nobody", () => {
    const { calls } = machine();
    const effects = calls.start(opening("dialog", ["usr_ann", "usr_bob"]), new Set(["usr_bob"]), LIMITS);
    expect(effects.ended).toMatchObject({ reason: "busy" });
    expect(effects.deliveries.some((d) => d.frame.type === "incomingCall")).toBe(false);
    expect(effects.release).toEqual(["usr_ann"]);
  });

  it("ends as failed when a device reports that the media connection failed", () => {
    const { calls } = machine();
    calls.start(opening("dialog", ["usr_ann", "usr_bob"]), new Set(), LIMITS);
    calls.join("usr_bob", "ses_bob");
    expect(calls.leave("usr_bob", "ses_bob", "failed").ended).toMatchObject({ reason: "failed" });
  });

  it("hangs up for a device whose socket closed, but a ringing device that went away declines nothing", () => {
    const { calls } = machine();
    calls.start(opening("dialog", ["usr_ann", "usr_bob"]), new Set(), LIMITS);
    expect(calls.deviceGone("usr_bob", "ses_bob").deliveries).toEqual([]);
    expect(calls.view("usr_bob", null).ringing).toEqual(["usr_bob"]);
    calls.join("usr_bob", "ses_bob");
    expect(calls.deviceGone("usr_ann", "ses_usr_ann_1").ended).toMatchObject({ reason: "hangup" });
  });

  it("resolves glare: both dial at once, the second dialer answers the first's call", () => {
    const { calls } = machine();
    // Both requests carry the opening the chat's line gave them: Ann's, which came first.
    const line = opening("dialog", ["usr_ann", "usr_bob"]);
    const first = calls.dial(line, "usr_bob", "ses_bob", new Set(), LIMITS);
    expect(first.ended).toBeNull();
    const second = calls.dial(line, "usr_ann", "ses_usr_ann_1", new Set(), LIMITS);
    expect(second.deliveries).toEqual([]);
    const view = calls.view("usr_ann", "ses_usr_ann_1");
    expect(view).toMatchObject({ state: "active", initiatorId: "usr_ann", ringing: [] });
    expect(view.participants.map((p) => p.userId)).toEqual(["usr_ann", "usr_bob"]);
  });

  it("refuses a dial into a call that has ended (a stale line)", () => {
    const { calls } = machine();
    const line = opening("dialog", ["usr_ann", "usr_bob"]);
    calls.dial(line, "usr_ann", "ses_usr_ann_1", new Set(), LIMITS);
    calls.leave("usr_ann", "ses_usr_ann_1", undefined);
    expect(refusalOf(() => calls.dial(line, "usr_bob", "ses_bob", new Set(), LIMITS))).toBe("409 CALL_ENDED");
  });
});

describe("signalling", () => {
  it("relays SDP and ICE only from a device in the call to another device in it", () => {
    const { calls } = machine();
    calls.start(opening("dialog", ["usr_ann", "usr_bob"]), new Set(), LIMITS);
    const ann = calls.view("usr_ann", "ses_usr_ann_1").self as string;
    // Ringing is not being in the call.
    const offer = { type: "callOffer" as const, callId: CALL_ID, to: ann, sdp: "v=0" };
    expect(refusalOf(() => calls.relay("usr_bob", "ses_bob", offer))).toBe("404 CALL_NOT_FOUND");
    expect(refusalOf(() => calls.relay("usr_eve", "ses_eve", offer))).toBe("404 CALL_NOT_FOUND");
    calls.join("usr_bob", "ses_bob");
    const bob = calls.view("usr_bob", "ses_bob").self as string;
    expect(calls.relay("usr_bob", "ses_bob", offer)).toEqual({
      userId: "usr_ann",
      sessionId: "ses_usr_ann_1",
      except: [],
      frame: { type: "callOffer", callId: CALL_ID, from: bob, fromUserId: "usr_bob", sdp: "v=0" },
    });
    const ice = {
      type: "callIce" as const,
      callId: CALL_ID,
      to: bob,
      candidate: { candidate: "candidate:1 1 udp 1 127.0.0.1 5000 typ host" },
    };
    expect(calls.relay("usr_ann", "ses_usr_ann_1", ice).frame).toMatchObject({ type: "callIce", from: ann });
    // Another device of a participant is not in the call either.
    expect(refusalOf(() => calls.relay("usr_ann", "ses_ann_laptop", ice))).toBe("404 CALL_NOT_FOUND");
    expect(refusalOf(() => calls.relay("usr_ann", "ses_usr_ann_1", { ...ice, to: ann }))).toBe(
      "404 CALL_PEER_NOT_FOUND",
    );
    expect(refusalOf(() => calls.view("usr_eve", null))).toBe("404 CALL_NOT_FOUND");
  });
});

describe("a group call", () => {
  const members = ["usr_ann", "usr_bob", "usr_cat", "usr_dan", "usr_eve"];

  it("goes on while two remain, stops ringing the rest at the timeout, and refuses devices past the mesh limit", () => {
    const { calls, clock } = machine();
    calls.start(opening("group", members), new Set(), LIMITS);
    calls.join("usr_bob", "ses_bob");
    const joined = calls.view("usr_cat", "ses_cat");
    expect(joined.ringing).toEqual(["usr_cat", "usr_dan", "usr_eve"]);
    calls.join("usr_cat", "ses_cat");
    // A newcomer sees everyone already in: it offers to each of them.
    expect(calls.view("usr_cat", "ses_cat").participants.map((p) => p.userId)).toEqual([
      "usr_ann",
      "usr_bob",
      "usr_cat",
    ]);
    clock.advance(45_000);
    const timeout = calls.ringTimeout();
    expect(timeout.ended).toBeNull();
    expect(timeout.release).toEqual(["usr_dan", "usr_eve"]);
    expect(calls.view("usr_ann", null)).toMatchObject({ state: "active", ringing: [] });
    expect(calls.joinNeedsLine("usr_dan")).toBe(true);
    calls.join("usr_dan", "ses_dan");
    expect(refusalOf(() => calls.join("usr_eve", "ses_eve"))).toBe("409 CALL_FULL");
    calls.leave("usr_dan", "ses_dan", undefined);
    calls.leave("usr_ann", "ses_usr_ann_1", undefined);
    expect(calls.view("usr_bob", null).state).toBe("active");
    // A latecomer may join while it goes on.
    calls.join("usr_eve", "ses_eve");
    calls.leave("usr_eve", "ses_eve", undefined);
    const last = calls.leave("usr_cat", "ses_cat", undefined);
    expect(last.ended).toMatchObject({ reason: "hangup" });
  });

  it("keeps ringing the others when one member declines or is busy; ends declined when all decline", () => {
    const { calls } = machine();
    calls.start(opening("group", ["usr_ann", "usr_bob", "usr_cat"]), new Set(["usr_cat"]), LIMITS);
    expect(calls.view("usr_ann", null).ringing).toEqual(["usr_bob"]);
    const declined = calls.leave("usr_bob", "ses_bob", "declined");
    expect(declined.ended).toMatchObject({ reason: "declined" });
  });

  it("ends as busy when every member is in another call", () => {
    const { calls } = machine();
    const effects = calls.start(
      opening("group", ["usr_ann", "usr_bob", "usr_cat"]),
      new Set(["usr_bob", "usr_cat"]),
      LIMITS,
    );
    expect(effects.ended).toMatchObject({ reason: "busy" });
  });
});

describe("a group call past the mesh limit", () => {
  const members = ["usr_ann", "usr_bob", "usr_cat", "usr_dan", "usr_eve", "usr_fay"];
  const fill = (calls: CallMachine) => {
    for (const user of ["usr_bob", "usr_cat", "usr_dan"]) calls.join(user, `ses_${user}`);
  };
  const messageOf = (work: () => unknown) => {
    try {
      work();
    } catch (error) {
      return (error as Error).message;
    }
    return "";
  };

  it("without an SFU refuses the device with CALL_FULL, saying that no SFU is configured", () => {
    const { calls } = machine();
    calls.start(opening("group", members), new Set(), LIMITS);
    fill(calls);
    expect(refusalOf(() => calls.join("usr_eve", "ses_eve"))).toBe("409 CALL_FULL");
    expect(messageOf(() => calls.join("usr_eve", "ses_eve"))).toContain("no SFU is configured");
    expect(calls.view("usr_ann", null)).toMatchObject({ mode: "mesh", tracks: [] });
  });

  it("with an SFU moves the call to SFU mode for good, and lists only tracks of devices still in it", () => {
    const { calls, clock } = machine();
    calls.start(opening("group", members), new Set(), { ...LIMITS, sfuAvailable: true });
    fill(calls);
    expect(calls.view("usr_ann", null).mode).toBe("mesh");
    const joined = calls.join("usr_eve", "ses_eve", true);
    // Everyone hears the switch in the same callState that shows the newcomer.
    const states = joined.deliveries.filter((d) => d.frame.type === "callState");
    expect(states.length).toBeGreaterThan(0);
    for (const d of states) expect(d.frame).toMatchObject({ call: { mode: "sfu" } });
    const eve = calls.view("usr_eve", "ses_eve").self as string;
    calls.media.setSession(eve, "sfu-session-eve");
    calls.media.publish(eve, [{ trackName: "mic", mid: "0", kind: "audio" }], clock());
    expect(calls.view("usr_bob", null).tracks).toEqual([
      { peerId: eve, userId: "usr_eve", trackName: "mic", kind: "audio" },
    ]);
    expect(calls.media.sources([{ peerId: eve, trackName: "mic" }])).toEqual([
      { sessionId: "sfu-session-eve", trackName: "mic" },
    ]);
    calls.leave("usr_eve", "ses_eve", undefined);
    calls.leave("usr_dan", "ses_usr_dan", undefined);
    // Back under the mesh limit, it stays an SFU call (devices keep their SFU connections).
    expect(calls.view("usr_ann", null)).toMatchObject({ mode: "sfu", tracks: [] });
    expect(refusalOf(() => calls.media.sources([{ peerId: eve, trackName: "mic" }]))).toBe("404 CALL_TRACK_NOT_FOUND");
  });

  it("starts in SFU mode when the opening asks for it and an SFU is configured", () => {
    const asked = machine();
    asked.calls.start({ ...opening("group", members), sfu: true }, new Set(), { ...LIMITS, sfuAvailable: true });
    expect(asked.calls.view("usr_ann", null).mode).toBe("sfu");
    const none = machine();
    none.calls.start({ ...opening("group", members), sfu: true }, new Set(), LIMITS);
    expect(none.calls.view("usr_ann", null).mode).toBe("mesh");
  });
});
