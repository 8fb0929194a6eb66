import { DurableObject } from "cloudflare:workers";
import type { CallLeaveFrame, CallSignalFrame } from "../../openapi/call-frames.ts";
import type { CloseTracksBody, PublishTracksBody, PullTracksBody } from "../../openapi/call-sfu.ts";
import { type Clock, systemClock } from "../clock.ts";
import { messagingLimits } from "../config.ts";
import { type Outcome, outcomeOf, refuse } from "../outcome.ts";
import { carryOut } from "./effects.ts";
import { type CallLimits, CallMachine, type Effects } from "./machine.ts";
import { CallPushes } from "./pushes.ts";
import type { CallOpening } from "./rpc.ts";
import { CALL_SCHEMA } from "./schema.ts";
import { sfuConfig } from "./sfu/config.ts";
import { httpSfuClient } from "./sfu/http-client.ts";
import { CallSfu } from "./sfu/sfu.ts";

/** How soon the object tries again to tell the chat that the call ended (its line, its history). */
const CHAT_RETRY_MS = 30_000;
/** How soon the object tries again to put its push jobs on PUSH_QUEUE: a ring is worth little late. */
const PUSH_RETRY_MS = 5_000;
/** Queues refuse a sendBatch of more than 100 messages. */
const SEND_BATCH = 100;
/**
 * How long an ended call's record stays (GET /calls/{callId}) before the object deletes its storage:
 * one object per call would otherwise grow with traffic. The chat's history message stays.
 */
export const CALL_RECORD_RETENTION_MS = 7 * 24 * 3600 * 1000;

/**
 * One call: its state machine (machine.ts) and the relay of SDP and ICE between its devices.
 * Thin: each RPC runs one transition in a storage transaction, then carries out its effects
 * (frames through the members' UserDOs, freed lines) and tells the chat when the call is over.
 * The alarm is the ring timeout (and the retry of telling the chat); an idle call hibernates.
 */
export class CallDO extends DurableObject<Env> {
  private readonly clock: Clock = systemClock;
  private readonly machine: CallMachine;
  /** Media through Cloudflare Realtime SFU, for a call in SFU mode (sfu/). */
  private readonly sfu: CallSfu;
  private readonly pushes: CallPushes;
  /** Whether this object holds a call. Probing an unknown call id must not create storage. */
  private exists: boolean;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.machine = new CallMachine(ctx.storage.sql, this.clock);
    this.pushes = new CallPushes(ctx.storage.sql);
    this.exists =
      ctx.storage.sql.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'call'").toArray().length > 0;
    // A call that started before SFU mode existed gets its (empty) SFU tables.
    if (this.exists) this.machine.media.ensureSchema();
    const config = sfuConfig(env);
    this.sfu = new CallSfu({
      media: this.machine.media,
      sfu: config ? httpSfuClient(config) : null,
      clock: this.clock,
      write: (work) => this.ctx.storage.transactionSync(work),
      tracksChanged: () => this.after(this.transition(() => this.machine.stateChanged())),
    });
  }

  private get limits(): CallLimits {
    const vars = messagingLimits(this.env);
    return {
      ringTimeoutMs: vars.CALL_RING_TIMEOUT_SECONDS * 1000,
      meshLimit: vars.CALL_MESH_LIMIT,
      sfuAvailable: sfuConfig(this.env) !== null,
    };
  }

  // ---------------------------------------------------------------- RPC

  /**
   * A member dials the call's chat (POST /chats/{chatId}/calls). The first request starts it: it
   * claims the caller's line (busy: refused) and the callees' (busy ones are not rung). Serialized,
   * so the two requests of a glare cannot both start it.
   */
  dial(opening: CallOpening, callerId: string, callerSessionId: string) {
    // The refusal is made a value inside: an exception thrown out of blockConcurrencyWhile resets the object.
    return this.ctx.blockConcurrencyWhile(() =>
      outcomeOf(async () => {
        const starting = !this.exists;
        const busy = new Set<string>();
        if (starting) {
          if (!(await this.claimLine(opening.initiatorId, opening.callId))) {
            await this.chat(opening.chatId).closeCall(opening.callId, null);
            throw refuse.conflict("You are in another call", "BUSY");
          }
          const callees = opening.memberIds.filter((id) => id !== opening.initiatorId);
          const claims = await Promise.all(callees.map((id) => this.claimLine(id, opening.callId)));
          callees.forEach((id, i) => {
            if (!claims[i]) busy.add(id);
          });
          this.ctx.storage.sql.exec(CALL_SCHEMA);
          this.exists = true;
        } else if (this.machine.joinNeedsLine(callerId) && !(await this.claimLine(callerId, opening.callId))) {
          // A member who declined (or was busy) dials the group's call again: only with a free line.
          throw refuse.conflict("You are in another call", "BUSY");
        }
        await this.after(
          this.transition(() => this.machine.dial(opening, callerId, callerSessionId, busy, this.limits)),
        );
        return this.machine.view(callerId, callerSessionId);
      }),
    );
  }

  /** callJoin: answer or join with this device. */
  join(userId: string, sessionId: string) {
    return outcomeOf(async () => {
      this.requireCall();
      if (this.machine.joinNeedsLine(userId) && !(await this.claimLine(userId, this.machine.callIdOrNull() ?? ""))) {
        throw refuse.conflict("You are in another call", "BUSY");
      }
      await this.after(this.transition(() => this.machine.join(userId, sessionId, this.limits.sfuAvailable)));
      return this.machine.view(userId, sessionId);
    });
  }

  /** callLeave: hang up, or decline. */
  leave(userId: string, sessionId: string, reason: CallLeaveFrame["reason"]) {
    return outcomeOf(async () => {
      this.requireCall();
      await this.after(this.transition(() => this.machine.leave(userId, sessionId, reason)));
      return this.machine.view(userId, sessionId);
    });
  }

  /** A device's socket closed: if it was in the call, it has left it. */
  async deviceGone(userId: string, sessionId: string) {
    if (!this.exists) return;
    await this.after(this.transition(() => this.machine.deviceGone(userId, sessionId)));
  }

  /** callOffer / callAnswer / callIce: to one other device in the call. */
  signal(userId: string, sessionId: string, frame: CallSignalFrame): Promise<Outcome<null>> {
    return outcomeOf(async () => {
      this.requireCall();
      const delivery = this.machine.relay(userId, sessionId, frame);
      const { userId: to, ...frames } = delivery;
      await this.user(to).callFrames([frames]);
      return null;
    });
  }

  /** POST /calls/{callId}/sfu/session: this device publishes tracks to the SFU (SFU mode). */
  sfuPublish(userId: string, sessionId: string, body: PublishTracksBody) {
    return outcomeOf(async () => {
      this.requireCall();
      return this.sfu.publish(userId, sessionId, body);
    });
  }

  /** POST /calls/{callId}/sfu/tracks: this device pulls other devices' tracks. */
  sfuPull(userId: string, sessionId: string, body: PullTracksBody) {
    return outcomeOf(async () => {
      this.requireCall();
      return this.sfu.pull(userId, sessionId, body.tracks);
    });
  }

  /** PUT /calls/{callId}/sfu/renegotiate: this device answers the SFU's offer. */
  sfuRenegotiate(userId: string, sessionId: string, sdp: string) {
    return outcomeOf(async () => {
      this.requireCall();
      return this.sfu.renegotiate(userId, sessionId, sdp);
    });
  }

  /** PUT /calls/{callId}/sfu/tracks/close: this device closes tracks of its SFU connection. */
  sfuClose(userId: string, sessionId: string, body: CloseTracksBody) {
    return outcomeOf(async () => {
      this.requireCall();
      return this.sfu.close(userId, sessionId, body.mids, body.sdp);
    });
  }

  /** GET /calls/{callId}: the call as one of its members sees it. */
  view(userId: string, sessionId: string) {
    return outcomeOf(async () => {
      this.requireCall();
      return this.machine.view(userId, sessionId);
    });
  }

  /** Whether this call still holds the user's line (a UserDO checking for a stale line). */
  holdsLine(userId: string): boolean {
    return this.exists && this.machine.holdsLine(userId);
  }

  // ---------------------------------------------------------------- alarm

  override async alarm() {
    if (!this.exists) return;
    const settled = this.machine.settledAt();
    if (settled !== null && this.clock() >= settled + CALL_RECORD_RETENTION_MS) {
      await this.ctx.storage.deleteAll();
      this.exists = false;
      return;
    }
    await this.after(this.transition(() => this.machine.ringTimeout()));
  }

  // ---------------------------------------------------------------- internals

  private requireCall() {
    if (!this.exists) throw refuse.notFound("Call not found", "CALL_NOT_FOUND");
  }

  /** One transition and the pushes it calls for (durable/call/pushes.ts), in one storage transaction. */
  private transition(work: () => Effects): Effects {
    return this.ctx.storage.transactionSync(() => {
      const effects = work();
      this.pushes.record(effects, this.clock(), this.limits.ringTimeoutMs);
      return effects;
    });
  }

  /** Frames, freed lines and push jobs, then the chat (once ended), then the next alarm. */
  private async after(effects: Effects) {
    const callId = this.machine.callIdOrNull();
    const [, queued] = await Promise.all([
      callId ? carryOut(callId, effects, (userId) => this.user(userId)) : null,
      this.queuePushes(),
    ]);
    const retryChat = !(await this.tellChat());
    const settled = this.machine.settledAt();
    const ring = settled === null ? this.machine.nextAlarm() : settled + CALL_RECORD_RETENTION_MS;
    const retries = [retryChat ? this.clock() + CHAT_RETRY_MS : null, queued ? null : this.clock() + PUSH_RETRY_MS];
    const due = [ring, ...retries].filter((at): at is number => at !== null);
    if (due.length === 0) await this.ctx.storage.deleteAlarm();
    else await this.ctx.storage.setAlarm(Math.min(...due));
  }

  /** Puts the push jobs on PUSH_QUEUE: true once none is left (false: the alarm tries again). */
  private async queuePushes(): Promise<boolean> {
    const jobs = this.pushes.pending();
    try {
      for (let i = 0; i < jobs.length; i += SEND_BATCH) {
        const batch = jobs.slice(i, i + SEND_BATCH);
        await this.env.PUSH_QUEUE.sendBatch(batch.map((body) => ({ body, contentType: "json" as const })));
        this.pushes.markQueued(batch.map((job) => job.jobId));
      }
      return true;
    } catch (error) {
      console.error(JSON.stringify({ level: "error", message: "call push not queued", error: String(error) }));
      return false;
    }
  }

  /** Tells the chat a call ended (frees its line): true once it has been told. */
  private async tellChat(): Promise<boolean> {
    const untold = this.machine.untoldSummary();
    if (!untold) return true;
    try {
      await this.chat(untold.chatId).closeCall(untold.summary.callId, untold.summary);
      this.machine.markChatTold();
      return true;
    } catch (error) {
      console.error(JSON.stringify({ level: "error", message: "call end not told to chat", error: String(error) }));
      return false;
    }
  }

  private async claimLine(userId: string, callId: string): Promise<boolean> {
    try {
      return await this.user(userId).claimCallLine(userId, callId);
    } catch {
      // A user whose object cannot be reached now is not busy: ringing them may still work.
      return true;
    }
  }

  private user(userId: string) {
    return this.env.USER.get(this.env.USER.idFromName(userId));
  }

  private chat(chatId: string) {
    return this.env.CHAT.get(this.env.CHAT.idFromName(chatId));
  }
}
