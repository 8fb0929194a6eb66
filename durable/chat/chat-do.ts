import { DurableObject } from "cloudflare:workers";
import { ASSISTANT_USER_ID } from "../../openapi/assistant.ts";
import type { AiDeltaFrame } from "../../openapi/realtime-frames.ts";
import type { CallSummary } from "../call/rpc.ts";
import { type Clock, systemClock } from "../clock.ts";
import { messagingLimits } from "../config.ts";
import { type Outcome, outcome, type Refusal, refuse } from "../outcome.ts";
import { Assistant } from "./ai/assistant.ts";
import { aiSettings } from "./ai/config.ts";
import { applyAttachmentChanges } from "./attachment-holds.ts";
import { type CallProposal, closeCallLine, openCallLine, recordCall } from "./call-line.ts";
import { recordDeadLetters } from "./dead-letters.ts";
import { drainDelayMs } from "./drain-pacing.ts";
import { ChatFeatures } from "./features.ts";
import { ensureFeaturesSchema } from "./features-schema.ts";
import { deleteDelivered, drainOutbox, type OutboxSinks, outboxState } from "./outbox.ts";
import { listPinned as listPinnedOf, setPinned } from "./pins.ts";
import { packPushBatches } from "./push-batches.ts";
import type { ChatRow } from "./records.ts";
import type { PageQuery } from "./rules.ts";
import {
  cancelScheduled,
  dueScheduledIds,
  editScheduled,
  listScheduled as listScheduledOf,
  nextScheduledAt,
  scheduleMessage,
  sendScheduled,
} from "./scheduled.ts";
import { CHAT_SCHEMA, ensureAddedColumns } from "./schema.ts";
import { type SearchQuery, searchMessages } from "./search.ts";
import type { ForwardSource, SendInput } from "./store.ts";

/** What a drain pass leaves for arming the alarm (see drainPass). */
type DrainPass = { outboxNext: number | null; scheduledNext: number | null; writesSince: boolean };
/** No pass ran (or the object holds no chat): the alarm reads the scheduled messages itself. */
const NO_PASS: DrainPass = { outboxNext: null, scheduledNext: null, writesSince: true };

const notFound: Refusal = { ok: false, status: 404, code: "NOT_FOUND", message: "Chat not found" };

/**
 * A write's rows are drained in the same invocation, right after its commit; the alarm set this
 * far ahead is only the safety net for an object that dies before that drain finishes (one that
 * is started again by a request resumes its drain at once: see the constructor), so it bounds how
 * late a message can be after a crash in a chat that then goes quiet. Each net fires once per busy
 * chat per period and finds nothing to do: at 2 s that was one more invocation of the chat for
 * about every third message of the bench's dialogs (1.5 messages per second each), and 10 s took
 * the dialogs' CPU per message from 1.91× the reference's to 1.60-1.72× (`npm run bench`).
 */
const SAFETY_NET_MS = 10_000;

/**
 * One dialog or group: its members, messages (with their gap-free seq), markers, reactions and
 * the outbox of its side effects. Thin: the rules live in ChatStore; this class owns storage,
 * transactions and the alarm that drains the outbox. The alarm is set only while the outbox has
 * rows, so an idle chat hibernates.
 */
export class ChatDO extends DurableObject<Env> {
  private readonly store: ChatFeatures;
  private readonly clock: Clock = systemClock;
  /** The AI turns, in an assistant chat (durable/chat/ai/). */
  private readonly assistant: Assistant;
  /** Whether this object holds a chat. Probing an unknown chat id must not create storage. */
  private exists: boolean;
  /** The drain running now, if any (one at a time: two would deliver and count attempts twice). */
  private draining: Promise<void> | null = null;
  /** Set by a write (or the alarm) while a drain runs: it makes one more pass before it stops. */
  private drainWanted = false;
  /**
   * Outbox rows a member (or the queue) already accepted, deleted inside the next write's own
   * transaction, or at the end of an alarm; drain passes skip them meanwhile. A statement outside
   * a transaction is a commit of its own (workerd opens an implicit one for it, and commits it
   * when the next `transactionSync` starts): a delete after the drain's calls had been 5 % of the
   * isolate's time in the dialogs profile, and one at the start of each pass, right after the
   * write's commit, a second commit per message. Lost with the object, they are delivered again,
   * and consumers dedupe, as for any row delivered just before a crash.
   */
  private delivered: number[] = [];
  /** Writes made so far (scheduled sends included): a drain pass's reads hold while none came in. */
  private writes = 0;
  /** The chat's id and kind, once read: they never change, and every drain pass needs them. */
  private identity: Pick<ChatRow, "id" | "kind"> | null = null;
  /** When the last drain pass started: a group's next one may wait for more (drain-pacing.ts). */
  private lastPassAt: number | null = null;
  /**
   * Whether the assistant is a member, once asked; forgotten by every change of members. Only an
   * assistant chat can have a streaming reply to watch: the others skip that check on every send.
   */
  private assistantChat: boolean | null = null;
  /**
   * The alarm as this object last set (or found) it: nothing else sets it, so a write whose
   * safety net is already in place, or an alarm already gone, costs no storage call. Unknown
   * (undefined) until the constructor has read it.
   */
  private alarmAt: number | null | undefined;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new ChatFeatures(ctx.storage.sql, this.clock);
    this.assistant = new Assistant({
      env,
      db: env.DB,
      clock: this.clock,
      read: (work) => this.read(work),
      write: (work) => this.write(work),
      relay: (userIds, frame) => this.relayDelta(userIds, frame),
      armAlarm: () => this.armAlarm(),
    });
    this.exists =
      ctx.storage.sql.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'chat'").toArray().length > 0;
    if (!this.exists) return;
    void ctx.blockConcurrencyWhile(async () => {
      ctx.storage.sql.exec(CHAT_SCHEMA);
      ensureAddedColumns(ctx.storage.sql);
      ensureFeaturesSchema(ctx.storage.sql);
      // A new instance runs no turn: a reply still "streaming" lost its turn with the old one.
      await this.assistant.interruptOrphans();
      // An object evicted between a write and its drain finds its outbox here and resumes.
      this.alarmAt = await ctx.storage.getAlarm();
      if (this.alarmAt === null) await this.armAlarm();
    });
  }

  /** Creates the schema: only the calls that create a chat do this. */
  private create<T>(work: (store: ChatFeatures) => T): Promise<Outcome<T>> {
    if (!this.exists) {
      this.ctx.storage.sql.exec(CHAT_SCHEMA);
      ensureFeaturesSchema(this.ctx.storage.sql);
      this.exists = true;
    }
    return this.changeMembers(work);
  }

  /** A write that may change who the members are (so whether this is an assistant chat). */
  private async changeMembers<T>(work: (store: ChatFeatures) => T): Promise<Outcome<T>> {
    const result = await this.write(work);
    this.assistantChat = null;
    return result;
  }

  private isAssistantChat(): boolean {
    this.assistantChat ??= this.exists && this.store.isAssistantChat();
    return this.assistantChat;
  }

  /**
   * Runs a write and its outbox rows in one transaction. If it queued any, the safety-net alarm is
   * set and the drain starts at once, without holding the caller's answer: the committed rows are
   * the guarantee, the drain only makes delivery fast (measured: the send-to-socket hop no longer
   * waits for an alarm to be scheduled). The rows earlier passes delivered are deleted in the same
   * transaction (see `delivered`); a refusal rolls that back too, so they wait for the next write.
   */
  private async write<T>(work: (store: ChatFeatures) => T): Promise<Outcome<T>> {
    if (!this.exists) return notFound;
    this.writes += 1;
    this.store.emitted = false;
    const delivered = this.delivered.splice(0);
    let result: Outcome<T> | undefined;
    try {
      result = outcome(() =>
        this.ctx.storage.transactionSync(() => {
          deleteDelivered(this.ctx.storage.sql, delivered);
          return work(this.store);
        }),
      );
    } finally {
      if (!result?.ok) this.delivered.push(...delivered);
    }
    const emitted = this.store.emitted;
    this.store.emitted = false;
    if (result.ok && emitted) {
      await this.ensureSafetyNet();
      this.ctx.waitUntil(this.requestDrain());
    }
    return result;
  }

  /** An alarm at most SAFETY_NET_MS away: kept if one is already set that soon (a burst sets it once). */
  private async ensureSafetyNet() {
    const latest = this.clock() + SAFETY_NET_MS;
    if (this.alarmAt === undefined || this.alarmAt === null || this.alarmAt > latest) await this.setAlarmAt(latest);
  }

  private async setAlarmAt(at: number | null) {
    if (at === this.alarmAt) return;
    this.alarmAt = at;
    if (at === null) await this.ctx.storage.deleteAlarm();
    else await this.ctx.storage.setAlarm(at);
  }

  /**
   * Drains now, or, when a drain is already running, asks it for one more pass: writes that land
   * meanwhile are delivered together (one RPC per member for all of them).
   */
  private requestDrain(): Promise<void> {
    this.drainWanted = true;
    this.draining ??= this.drainUntilSettled();
    return this.draining;
  }

  private async drainUntilSettled() {
    try {
      let pass = NO_PASS;
      do {
        while (this.drainWanted) {
          const delay = this.identity ? drainDelayMs(this.identity.kind, this.lastPassAt, this.clock()) : 0;
          if (delay > 0) await scheduler.wait(delay);
          this.drainWanted = false;
          this.lastPassAt = this.clock();
          pass = await this.drainPass();
        }
        // The alarm follows what is left: the earliest attemptable row, scheduled message or
        // streaming deadline; none when there is nothing to do. The last pass's report is the
        // outbox's state: no write that queued rows came in since it started (drainWanted would
        // be set). Its view of the scheduled messages holds only if no write came in at all.
        await (pass.writesSince ? this.armAlarm(pass.outboxNext) : this.armAlarm(pass.outboxNext, pass.scheduledNext));
      } while (this.drainWanted);
    } finally {
      this.draining = null;
    }
  }

  /**
   * One drain pass: when the outbox's next row may be attempted (null once empty) and the next
   * scheduled message is due, both read before the pass's calls (see drainOutbox: the first read
   * after them is what costs), and whether any write came in meanwhile.
   */
  private async drainPass(): Promise<DrainPass> {
    this.identity ??=
      this.ctx.storage.sql.exec<Pick<ChatRow, "id" | "kind">>("SELECT id, kind FROM chat LIMIT 1").toArray()[0] ?? null;
    if (!this.identity) return NO_PASS;
    const writesBefore = this.writes;
    const scheduledNext = nextScheduledAt(this.ctx.storage.sql);
    const report = await drainOutbox(this.ctx.storage.sql, this.identity.id, this.sinks(), {
      now: this.clock(),
      maxAttempts: messagingLimits(this.env).OUTBOX_MAX_ATTEMPTS,
      deferred: [...this.delivered],
      deferDelete: (ids) => this.delivered.push(...ids),
      passFollows: () => this.drainWanted,
    });
    return { outboxNext: report.nextAttemptAt, scheduledNext, writesSince: this.writes !== writesBefore };
  }

  private deleteDeliveredRows() {
    deleteDelivered(this.ctx.storage.sql, this.delivered.splice(0));
  }

  /**
   * Sets the one alarm for the earliest of three things, each read from storage (so the answer is
   * right after an eviction): the earliest outbox row that may be attempted (now for a write's new
   * rows, unless all of them are for recipients backing off), the next scheduled message, and the
   * deadline of a streaming reply (to find it orphaned). `outboxNext` is the outbox's part when
   * the caller has just read it (a drain's report).
   *
   * When nothing is due, a safety net set by a recent write (due within SAFETY_NET_MS) is left to
   * fire: it finds nothing and clears, once per burst of writes, where deleting it after every
   * drain and setting it again for the next write cost two storage calls per message. An idle
   * chat still ends with no alarm and hibernates.
   */
  private async armAlarm(
    outboxNext: number | null = outboxState(this.ctx.storage.sql, this.delivered).nextAttemptAt,
    scheduledNext: number | null = nextScheduledAt(this.ctx.storage.sql),
  ) {
    const due = [outboxNext, scheduledNext, this.streamingCheckAt()].filter((at): at is number => at !== null);
    if (due.length > 0) await this.setAlarmAt(Math.max(this.clock(), Math.min(...due)));
    else if (!this.safetyNetSet()) await this.setAlarmAt(null);
  }

  private safetyNetSet(): boolean {
    return typeof this.alarmAt === "number" && this.alarmAt <= this.clock() + SAFETY_NET_MS;
  }

  private streamingCheckAt(): number | null {
    const deadline = this.isAssistantChat()
      ? this.store.streamingDeadline(aiSettings(this.env).AI_TURN_TIMEOUT_MS)
      : null;
    // Past its deadline yet still running here (a provider slow to hang up): look again shortly.
    return deadline === null ? null : Math.max(deadline, this.clock() + 5000);
  }

  private read<T>(work: (store: ChatFeatures) => T): Outcome<T> {
    if (!this.exists) return notFound;
    return outcome(() => work(this.store));
  }

  private get memberLimit() {
    return messagingLimits(this.env).GROUP_MEMBER_LIMIT;
  }

  // ---- chats and groups

  openDialog(chatId: string, callerId: string, peerId: string) {
    return this.create((s) => s.openDialog(chatId, callerId, peerId));
  }

  createGroup(chatId: string, ownerId: string, title: string, memberIds: string[]) {
    return this.create((s) => s.createGroup(chatId, ownerId, title, memberIds, this.memberLimit));
  }

  /** `hiddenSenders`, here and in the reads below: whom the caller blocked (see records.ts). */
  details(callerId: string, hiddenSenders: string[] = []) {
    return this.read((s) => s.details(callerId, hiddenSenders));
  }

  chatInfo(callerId: string) {
    return this.read((s) => s.chatInfoFor(callerId));
  }

  /** The chat's members, for one of them (the realtime relays of typing and presence). */
  membersFor(callerId: string) {
    return this.read((s) => s.membersFor(callerId));
  }

  updateGroup(callerId: string, patch: { title?: string | undefined; about?: string | undefined }) {
    return this.write((s) => s.updateGroup(callerId, patch));
  }

  addMembers(callerId: string, userIds: string[]) {
    return this.changeMembers((s) => s.addMembers(callerId, userIds, this.memberLimit));
  }

  removeMember(callerId: string, targetId: string) {
    return this.changeMembers((s) => s.removeMember(callerId, targetId));
  }

  setRole(callerId: string, targetId: string, role: "admin" | "member") {
    return this.write((s) => s.setRole(callerId, targetId, role));
  }

  // ---- messages

  listMessages(callerId: string, query: PageQuery, hiddenSenders: string[] = []) {
    return this.read((s) => s.listMessages(callerId, query, hiddenSenders));
  }

  forwardSource(callerId: string, seq: number) {
    return this.read((s) => s.forwardSource(callerId, seq));
  }

  /** Whether a message here, visible to members, holds the attachment (404 for non-members). */
  showsAttachment(callerId: string, attachmentId: string) {
    return this.read((s) => s.showsAttachment(callerId, attachmentId));
  }

  send(callerId: string, input: SendInput, forward: ForwardSource | null) {
    // In an assistant chat a member's message starts a turn; the assistant's own go by beginReply.
    if (this.isAssistantChat()) return this.assistant.send(callerId, input, forward);
    return this.write((s) => s.send(callerId, input, forward));
  }

  // ---- the assistant

  /** Opens (or finds) the caller's dialog with the assistant: 503 when no provider is configured. */
  openAssistant(chatId: string, callerId: string) {
    if (!aiSettings(this.env).configured) {
      return Promise.resolve(
        refuse.unavailable("The assistant is not configured on this server", "AI_NOT_CONFIGURED").toRefusal(),
      );
    }
    return this.create((s) => s.openDialog(chatId, callerId, ASSISTANT_USER_ID));
  }

  /** Stops a streaming reply of the assistant, keeping its partial text. */
  cancelReply(callerId: string, seq: number) {
    if (!this.exists) return Promise.resolve(notFound);
    return this.assistant.cancel(callerId, seq);
  }

  /** aiDelta frames go to the members' sockets like typing: not logged, not replayed. */
  private async relayDelta(userIds: string[], frame: AiDeltaFrame) {
    await Promise.all(
      userIds.map((id) =>
        this.env.USER.get(this.env.USER.idFromName(id))
          .relay(frame)
          .catch(() => {}),
      ),
    );
  }

  edit(callerId: string, seq: number, text: string) {
    return this.write((s) => s.edit(callerId, seq, text));
  }

  deleteMessage(callerId: string, seq: number, forEveryone: boolean) {
    return this.write((s) => s.delete(callerId, seq, forEveryone));
  }

  react(callerId: string, seq: number, emoji: string, add: boolean) {
    return this.write((s) => s.react(callerId, seq, emoji, add));
  }

  markRead(callerId: string, upToSeq: number, hiddenSenders: string[] = []) {
    return this.write((s) => s.markRead(callerId, upToSeq, hiddenSenders));
  }

  markDelivered(callerId: string, upToSeq: number, hiddenSenders: string[] = []) {
    return this.write((s) => s.markDelivered(callerId, upToSeq, hiddenSenders));
  }

  // ---- calls (durable/call/): the chat's one live call

  /** The chat's live call for a member who dials, or the proposal as a new one (see call-line.ts). */
  openCall(callerId: string, proposal: CallProposal, replacing: string | null) {
    return this.read((s) => openCallLine(this.ctx.storage.sql, s.membersFor(callerId), proposal, replacing));
  }

  /**
   * The CallDO reports the end of a call: the line is free, and the call's history message is
   * written (with its outbox rows: chat lists, push). Idempotent: the CallDO retries until told.
   */
  closeCall(callId: string, summary: CallSummary | null) {
    return this.write((s) => {
      closeCallLine(this.ctx.storage.sql, callId);
      if (summary) recordCall(s, summary);
    });
  }

  // ---- search, pinned messages, scheduled messages (issue 19)

  search(callerId: string, query: SearchQuery, hiddenSenders: string[] = []) {
    // A write: the search first indexes the messages its index has not taken yet (search-index.ts).
    return this.write((s) => searchMessages(s.access, callerId, query, hiddenSenders));
  }

  listPinned(callerId: string) {
    return this.read((s) => listPinnedOf(s.access, callerId));
  }

  setPinned(callerId: string, seq: number, pinned: boolean) {
    return this.write((s) => setPinned(s.access, callerId, seq, pinned));
  }

  async schedule(callerId: string, input: SendInput, sendAt: number) {
    const result = await this.write((s) => scheduleMessage(s.access, callerId, input, sendAt));
    if (result.ok) await this.armAlarm();
    return result;
  }

  // Not `scheduled`: that name is the runtime's cron handler, never an RPC method.
  listScheduled(callerId: string) {
    return this.read((s) => listScheduledOf(s.access, callerId));
  }

  async editScheduled(callerId: string, id: string, patch: { text?: string | undefined; sendAt?: number | undefined }) {
    const result = await this.write((s) => editScheduled(s.access, callerId, id, patch));
    if (result.ok) await this.armAlarm();
    return result;
  }

  cancelScheduled(callerId: string, id: string) {
    return this.write((s) => cancelScheduled(s.access, callerId, id));
  }

  /** Sends the scheduled messages that are due, each in its own transaction with its outbox rows. */
  private sendDueScheduled() {
    for (const id of dueScheduledIds(this.ctx.storage.sql, this.clock())) {
      this.writes += 1;
      this.ctx.storage.transactionSync(() =>
        sendScheduled(this.store.access, id, (senderId, input) => this.store.send(senderId, input, null)),
      );
    }
  }

  // ---- the outbox

  /** The retry path (and the resumption after an eviction): the same serialized drain. */
  override async alarm() {
    // The alarm that fired is gone: the runtime clears it unless this handler sets another.
    this.alarmAt = null;
    if (!this.exists) return;
    // Due messages first: their deliveries then go out in this same alarm's drain.
    this.sendDueScheduled();
    await this.requestDrain();
    // A reply whose turn is not running here any more ends as "interrupted", never stuck.
    await this.assistant.interruptOrphans();
    // A drain that started meanwhile (a write during the awaits) arms the alarm when it ends:
    // arming here would count the rows it is delivering as due now and fire again at once.
    if (this.draining) return;
    // No write may follow soon: what this alarm's drain delivered is deleted now.
    this.deleteDeliveredRows();
    await this.armAlarm();
  }

  private sinks(): OutboxSinks {
    return {
      deliverToUser: async (userId, chatId, events) => {
        const { pushReachable } = await this.env.USER.get(this.env.USER.idFromName(userId)).applyChatEvents(
          userId,
          chatId,
          events,
        );
        return { pushReachable };
      },
      enqueuePush: async (jobs) => {
        for (const batch of packPushBatches(jobs)) {
          await this.env.PUSH_QUEUE.sendBatch(batch.map((body) => ({ body })));
        }
      },
      applyAttachmentChanges: (changes) =>
        applyAttachmentChanges(this.env.DB, this.env.ATTACHMENTS, changes, this.clock(), (id) =>
          this.store.stillHolds(id),
        ),
      recordDeadLetters: (letters) => recordDeadLetters(this.env.DB, letters),
    };
  }
}
