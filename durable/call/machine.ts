import type { CallRelayFrame, CallServerFrame, CallSignalFrame } from "../../openapi/call-frames.ts";
import type { Call, CallEndReason } from "../../openapi/call-types.ts";
import type { Clock } from "../clock.ts";
import { refuse } from "../outcome.ts";
import { type CallOpening, type CallSummary, newPeerId } from "./rpc.ts";
import { CallMedia, SFU_PARTICIPANT_LIMIT } from "./sfu/media.ts";

// One call's state machine: ringing → active → ended, over the CallDO's SQLite. Pure of I/O: every
// transition answers with the Effects the object then carries out (frames to devices through their
// UserDOs, lines to free, the summary for the chat), so the rules are unit-tested in Node with a
// fake clock.

/** A frame for one user's devices: `sessionId` names one device (null: all of them, `except` those). */
export type Delivery = { userId: string; sessionId: string | null; except: string[]; frame: CallServerFrame };

export type Effects = {
  deliveries: Delivery[];
  /** Users whose line (UserDO) this call no longer holds. */
  release: string[];
  /** Set by the transition that ended the call. */
  ended: CallSummary | null;
};

/** `sfuAvailable`: an SFU is configured, so a join past the mesh limit moves the call there. */
export type CallLimits = { ringTimeoutMs: number; meshLimit: number; sfuAvailable?: boolean };

type MemberStatus = "ringing" | "joined" | "declined" | "busy" | "missed" | "left";

type CallRow = {
  id: string;
  chat_id: string;
  kind: "dialog" | "group";
  video: number;
  initiator_id: string;
  state: Call["state"];
  reason: CallEndReason | null;
  mesh_limit: number;
  created_at: number;
  answered_at: number | null;
  ended_at: number | null;
  ring_deadline: number;
  chat_told: number;
};

type ParticipantRow = { peer_id: string; user_id: string; session_id: string; joined_at: number };

const notInCall = () => refuse.notFound("Call not found", "CALL_NOT_FOUND");

export class CallMachine {
  private readonly sql: SqlStorage;
  private readonly clock: Clock;
  /** The call's SFU side (mode, sessions, published tracks). */
  readonly media: CallMedia;

  constructor(sql: SqlStorage, clock: Clock) {
    this.sql = sql;
    this.clock = clock;
    this.media = new CallMedia(sql);
  }

  exists(): boolean {
    return this.sql.exec("SELECT 1 FROM call").toArray().length > 0;
  }

  // ---------------------------------------------------------------- transitions

  /**
   * A member dials the chat. The chat's call line (ChatDO) gave every dialer of the chat the same
   * opening while a call is live, so this is where glare resolves: the first request to arrive
   * starts the call, and a dialer who is one of its callees answers it instead of starting another.
   */
  dial(opening: CallOpening, callerId: string, callerSessionId: string, busy: ReadonlySet<string>, limits: CallLimits) {
    if (this.exists()) this.live();
    const effects = this.exists() ? this.nothing() : this.start(opening, busy, limits);
    if (callerId === opening.initiatorId || effects.ended) return effects;
    const answer = this.join(callerId, callerSessionId, limits.sfuAvailable);
    return { ...answer, deliveries: [...effects.deliveries, ...answer.deliveries] };
  }

  /** Whether joining needs the user's line first: they are neither ringing nor in the call (a group's latecomer). */
  joinNeedsLine(userId: string): boolean {
    const status = this.statusOf(userId);
    return status !== null && status !== "ringing" && status !== "joined";
  }

  /** A device's socket closed: a device in the call has left it; a ringing device just stops ringing. */
  deviceGone(userId: string, sessionId: string): Effects {
    const call = this.row();
    if (!call || call.state === "ended") return this.nothing();
    if (!this.participantsOf(userId).some((p) => p.session_id === sessionId)) return this.nothing();
    return this.leave(userId, sessionId, "hangup");
  }

  /** The call starts ringing every member but the initiator, whose device is its first participant. */
  start(opening: CallOpening, busy: ReadonlySet<string>, limits: CallLimits): Effects {
    const now = this.clock();
    this.sql.exec(
      `INSERT INTO call (id, chat_id, kind, video, initiator_id, state, mesh_limit, created_at, ring_deadline)
       VALUES (?, ?, ?, ?, ?, 'ringing', ?, ?, ?)`,
      opening.callId,
      opening.chatId,
      opening.kind,
      opening.video ? 1 : 0,
      opening.initiatorId,
      limits.meshLimit,
      now,
      now + limits.ringTimeoutMs,
    );
    this.media.ensureSchema();
    if (opening.sfu && limits.sfuAvailable) this.media.enterSfu(now);
    this.sql.exec("INSERT INTO members (user_id, status) VALUES (?, 'joined')", opening.initiatorId);
    this.addParticipant(opening.initiatorId, opening.initiatorSessionId);
    const callees = [...new Set(opening.memberIds)].filter((id) => id !== opening.initiatorId);
    for (const userId of callees) {
      this.sql.exec(
        "INSERT INTO members (user_id, status) VALUES (?, ?)",
        userId,
        busy.has(userId) ? "busy" : "ringing",
      );
    }
    const effects = this.nothing();
    const ring = callees.filter((id) => !busy.has(id));
    for (const userId of ring) {
      effects.deliveries.push({
        userId,
        sessionId: null,
        except: [],
        frame: {
          type: "incomingCall",
          callId: opening.callId,
          chatId: opening.chatId,
          fromUserId: opening.initiatorId,
          video: opening.video,
          date: now,
        },
      });
    }
    // Nobody can answer: every callee is in another call (a group with members goes on ringing them).
    if (ring.length === 0) return this.end(callees.length > 0 ? "busy" : "missed", effects);
    return this.withStateFrames(effects);
  }

  /**
   * A device answers (or joins a group call). The first device of a user wins. A device past the
   * mesh limit moves the call to the SFU when there is one (`sfuAvailable`), and is refused otherwise.
   */
  join(userId: string, sessionId: string, sfuAvailable = false): Effects {
    const call = this.live();
    const status = this.statusOf(userId);
    if (status === null) throw notInCall();
    const mine = this.participantsOf(userId);
    if (mine.some((p) => p.session_id === sessionId)) return this.withStateFrames(this.nothing());
    if (mine.length > 0) {
      throw refuse.conflict("Another of your devices is in this call", "CALL_ANSWERED_ELSEWHERE");
    }
    if (call.kind === "dialog" && status !== "ringing") {
      throw refuse.conflict("You are no longer called in this call", "CALL_NOT_RINGING");
    }
    const inCall = this.participants().length;
    if (inCall >= call.mesh_limit && this.media.mode() === "mesh") {
      if (!sfuAvailable) {
        throw refuse.conflict(
          `The call is full: at most ${call.mesh_limit} devices take part in a peer-to-peer (mesh) call, and no SFU is configured for larger ones (SFU_APP_ID)`,
          "CALL_FULL",
        );
      }
      this.media.enterSfu(this.clock());
    }
    if (inCall >= SFU_PARTICIPANT_LIMIT) {
      throw refuse.conflict(
        `The call is full: at most ${SFU_PARTICIPANT_LIMIT} devices take part in a call`,
        "CALL_FULL",
      );
    }
    this.addParticipant(userId, sessionId);
    this.setStatus(userId, "joined");
    if (call.state === "ringing") {
      this.sql.exec("UPDATE call SET state = 'active', answered_at = ? WHERE id = ?", this.clock(), call.id);
    }
    return this.withStateFrames(this.nothing());
  }

  /**
   * A device hangs up, or a ringing member declines. An active call ends when fewer than two devices
   * remain; a call nobody answered ends when its caller gives up (missed) or when nobody is left to
   * ring (declined).
   */
  leave(userId: string, sessionId: string, reason: "hangup" | "declined" | "failed" | undefined): Effects {
    const call = this.live();
    const status = this.statusOf(userId);
    if (status === null) throw notInCall();
    const device = this.participantsOf(userId).find((p) => p.session_id === sessionId);
    const effects = this.nothing();
    if (device && reason !== "declined") {
      this.sql.exec("UPDATE participants SET left_at = ? WHERE peer_id = ?", this.clock(), device.peer_id);
      if (this.participantsOf(userId).length === 0) {
        this.setStatus(userId, "left");
        effects.release.push(userId);
      }
      const remaining = this.participants().length;
      if (reason === "failed" && call.kind === "dialog") return this.end("failed", effects);
      if (call.state === "ringing" && remaining === 0) return this.end("missed", effects);
      if (call.state === "active" && remaining < 2) return this.end("hangup", effects);
      return this.withStateFrames(effects);
    }
    if (status !== "ringing") throw refuse.conflict("Your devices are not ringing for this call", "CALL_NOT_RINGING");
    this.setStatus(userId, "declined");
    effects.release.push(userId);
    if (this.ringingUsers().length === 0 && this.participants().length < 2) {
      return this.end(call.state === "ringing" ? "declined" : "hangup", effects);
    }
    return this.withStateFrames(effects);
  }

  /** The ring timeout (the alarm): a call nobody answered is missed; a call that goes on stops ringing the rest. */
  ringTimeout(): Effects {
    const call = this.row();
    if (!call || call.state === "ended" || this.clock() < call.ring_deadline) return this.nothing();
    if (call.state === "ringing") return this.end("missed", this.nothing());
    const effects = this.nothing();
    effects.release.push(...this.ringingUsers());
    if (effects.release.length === 0) return effects;
    this.sql.exec("UPDATE members SET status = 'missed' WHERE status = 'ringing'");
    return this.withStateFrames(effects);
  }

  /** callState to everyone, for a change outside the state machine (SFU tracks published or closed). */
  stateChanged(): Effects {
    this.live();
    return this.withStateFrames(this.nothing());
  }

  /** SDP and ICE go only from a device in the call to another device in the call. */
  relay(userId: string, sessionId: string, frame: CallSignalFrame): Delivery {
    this.live();
    const from = this.participantsOf(userId).find((p) => p.session_id === sessionId);
    if (!from) throw notInCall();
    const to = this.participants().find((p) => p.peer_id === frame.to);
    if (!to || to.peer_id === from.peer_id) {
      throw refuse.notFound("No such participant in this call", "CALL_PEER_NOT_FOUND");
    }
    const base = { callId: frame.callId, from: from.peer_id, fromUserId: userId };
    const relayed: CallRelayFrame =
      frame.type === "callIce"
        ? { type: "callIce", ...base, candidate: frame.candidate }
        : { type: frame.type, ...base, sdp: frame.sdp };
    return { userId: to.user_id, sessionId: to.session_id, except: [], frame: relayed };
  }

  // ---------------------------------------------------------------- reads

  /** The call as one of its members sees it (`self`: their device's peer id, when it is in). */
  view(userId: string, sessionId: string | null): Call {
    const call = this.row();
    if (!call || this.statusOf(userId) === null) throw notInCall();
    const self = this.participantsOf(userId).find((p) => p.session_id === sessionId)?.peer_id ?? null;
    return this.toCall(call, self);
  }

  /** When the call ended, once it has and the chat has been told (its record may then be dropped). */
  settledAt(): number | null {
    const call = this.row();
    return call?.state === "ended" && call.chat_told ? call.ended_at : null;
  }

  callIdOrNull(): string | null {
    return this.row()?.id ?? null;
  }

  /** Whether this call holds the user's line: they are ringing or in it. Stale lines are checked with this. */
  holdsLine(userId: string): boolean {
    const call = this.row();
    if (!call || call.state === "ended") return false;
    const status = this.statusOf(userId);
    return status === "ringing" || status === "joined";
  }

  /** When the alarm must fire: the ring deadline while someone is ringing. */
  nextAlarm(): number | null {
    const call = this.row();
    if (!call || call.state === "ended" || this.ringingUsers().length === 0) return null;
    return call.ring_deadline;
  }

  /** The summary the chat has not acknowledged yet (its history message, its line), if any. */
  untoldSummary(): { chatId: string; summary: CallSummary } | null {
    const call = this.row();
    if (call?.state !== "ended" || call.chat_told) return null;
    return { chatId: call.chat_id, summary: this.summaryOf(call) };
  }

  markChatTold() {
    this.sql.exec("UPDATE call SET chat_told = 1");
  }

  // ---------------------------------------------------------------- internals

  private end(reason: CallEndReason, effects: Effects): Effects {
    const call = this.row();
    if (!call) throw notInCall();
    const now = this.clock();
    this.sql.exec("UPDATE call SET state = 'ended', reason = ?, ended_at = ? WHERE id = ?", reason, now, call.id);
    this.sql.exec("UPDATE participants SET left_at = ? WHERE left_at IS NULL", now);
    const held = this.sql
      .exec<{ user_id: string }>("SELECT user_id FROM members WHERE status IN ('ringing', 'joined')")
      .toArray()
      .map((row) => row.user_id);
    this.sql.exec("UPDATE members SET status = 'missed' WHERE status = 'ringing'");
    this.sql.exec("UPDATE members SET status = 'left' WHERE status = 'joined'");
    effects.release.push(...held);
    const ended = this.row();
    if (ended) effects.ended = this.summaryOf(ended);
    return this.withStateFrames(effects);
  }

  /** callState to every device of every member: a device in the call hears its own peer id. */
  private withStateFrames(effects: Effects): Effects {
    const call = this.row();
    if (!call) return effects;
    const inCall = this.participants();
    for (const { user_id } of this.sql.exec<{ user_id: string }>("SELECT user_id FROM members").toArray()) {
      const devices = inCall.filter((p) => p.user_id === user_id);
      for (const device of devices) {
        effects.deliveries.push({
          userId: user_id,
          sessionId: device.session_id,
          except: [],
          frame: { type: "callState", call: this.toCall(call, device.peer_id) },
        });
      }
      effects.deliveries.push({
        userId: user_id,
        sessionId: null,
        except: devices.map((d) => d.session_id),
        frame: { type: "callState", call: this.toCall(call, null) },
      });
    }
    return effects;
  }

  private toCall(call: CallRow, self: string | null): Call {
    return {
      callId: call.id,
      chatId: call.chat_id,
      video: call.video === 1,
      initiatorId: call.initiator_id,
      state: call.state,
      reason: call.reason,
      participants: this.participants().map((p) => ({ peerId: p.peer_id, userId: p.user_id, joinedAt: p.joined_at })),
      ringing: this.ringingUsers(),
      self,
      meshLimit: call.mesh_limit,
      mode: this.media.mode(),
      tracks: this.media.tracks(),
      createdAt: call.created_at,
      answeredAt: call.answered_at,
      endedAt: call.ended_at,
    };
  }

  private summaryOf(call: CallRow): CallSummary {
    return {
      callId: call.id,
      initiatorId: call.initiator_id,
      video: call.video === 1,
      reason: call.reason ?? "hangup",
      durationMs: call.answered_at !== null && call.ended_at !== null ? call.ended_at - call.answered_at : null,
      endedAt: call.ended_at ?? this.clock(),
    };
  }

  private nothing(): Effects {
    return { deliveries: [], release: [], ended: null };
  }

  private row(): CallRow | null {
    return this.sql.exec<CallRow>("SELECT * FROM call").toArray()[0] ?? null;
  }

  /** The call, unless it is over (or was never started here). */
  private live(): CallRow {
    const call = this.row();
    if (!call) throw notInCall();
    if (call.state === "ended") throw refuse.conflict("The call has ended", "CALL_ENDED");
    return call;
  }

  private statusOf(userId: string): MemberStatus | null {
    const row = this.sql
      .exec<{ status: MemberStatus }>("SELECT status FROM members WHERE user_id = ?", userId)
      .toArray()[0];
    return row?.status ?? null;
  }

  private setStatus(userId: string, status: MemberStatus) {
    this.sql.exec("UPDATE members SET status = ? WHERE user_id = ?", status, userId);
  }

  private ringingUsers(): string[] {
    return this.sql
      .exec<{ user_id: string }>("SELECT user_id FROM members WHERE status = 'ringing' ORDER BY user_id")
      .toArray()
      .map((row) => row.user_id);
  }

  private participants(): ParticipantRow[] {
    return this.sql
      .exec<ParticipantRow>(
        "SELECT peer_id, user_id, session_id, joined_at FROM participants WHERE left_at IS NULL ORDER BY joined_at, rowid",
      )
      .toArray();
  }

  private participantsOf(userId: string): ParticipantRow[] {
    return this.participants().filter((p) => p.user_id === userId);
  }

  private addParticipant(userId: string, sessionId: string) {
    this.sql.exec(
      "INSERT INTO participants (peer_id, user_id, session_id, joined_at) VALUES (?, ?, ?, ?)",
      newPeerId(),
      userId,
      sessionId,
      this.clock(),
    );
  }
}
