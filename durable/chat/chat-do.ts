import { DurableObject } from "cloudflare:workers";
import { type Clock, systemClock } from "../clock.ts";
import { messagingLimits } from "../config.ts";
import { type Outcome, outcome, type Refusal } from "../outcome.ts";
import { recordDeadLetters } from "./dead-letters.ts";
import { drainOutbox, type OutboxSinks, outboxState } from "./outbox.ts";
import { packPushBatches } from "./push-batches.ts";
import type { PageQuery } from "./rules.ts";
import { CHAT_SCHEMA } from "./schema.ts";
import { ChatStore, type ForwardSource, type SendInput } from "./store.ts";

const notFound: Refusal = { ok: false, status: 404, code: "NOT_FOUND", message: "Chat not found" };

/**
 * A write's rows are drained in the same invocation, right after its commit; the alarm set this
 * far ahead is only the safety net for an object that dies before that drain finishes.
 */
const SAFETY_NET_MS = 2000;

/**
 * One dialog or group: its members, messages (with their gap-free seq), markers, reactions and
 * the outbox of its side effects. Thin: the rules live in ChatStore; this class owns storage,
 * transactions and the alarm that drains the outbox. The alarm is set only while the outbox has
 * rows, so an idle chat hibernates.
 */
export class ChatDO extends DurableObject<Env> {
  private readonly store: ChatStore;
  private readonly clock: Clock = systemClock;
  /** Whether this object holds a chat. Probing an unknown chat id must not create storage. */
  private exists: boolean;
  /** The drain running now, if any (one at a time: two would deliver and count attempts twice). */
  private draining: Promise<void> | null = null;
  /** Set by a write (or the alarm) while a drain runs: it makes one more pass before it stops. */
  private drainWanted = false;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new ChatStore(ctx.storage.sql, this.clock);
    this.exists =
      ctx.storage.sql.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'chat'").toArray().length > 0;
    if (!this.exists) return;
    void ctx.blockConcurrencyWhile(async () => {
      ctx.storage.sql.exec(CHAT_SCHEMA);
      // An object evicted between a write and its drain finds its outbox here and resumes.
      if ((await ctx.storage.getAlarm()) === null) await this.armDrain();
    });
  }

  /** Creates the schema: only the calls that create a chat do this. */
  private create<T>(work: (store: ChatStore) => T): Promise<Outcome<T>> {
    if (!this.exists) {
      this.ctx.storage.sql.exec(CHAT_SCHEMA);
      this.exists = true;
    }
    return this.write(work);
  }

  /**
   * Runs a write and its outbox rows in one transaction. If it queued any, the safety-net alarm is
   * set and the drain starts at once, without holding the caller's answer: the committed rows are
   * the guarantee, the drain only makes delivery fast (measured: the send-to-socket hop no longer
   * waits for an alarm to be scheduled).
   */
  private async write<T>(work: (store: ChatStore) => T): Promise<Outcome<T>> {
    if (!this.exists) return notFound;
    this.store.emitted = false;
    const result = outcome(() => this.ctx.storage.transactionSync(() => work(this.store)));
    const emitted = this.store.emitted;
    this.store.emitted = false;
    if (result.ok && emitted) {
      await this.ctx.storage.setAlarm(this.clock() + SAFETY_NET_MS);
      this.ctx.waitUntil(this.requestDrain());
    }
    return result;
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
      do {
        while (this.drainWanted) {
          this.drainWanted = false;
          await this.drainPass();
        }
        // The alarm follows what is left: none when empty, else the earliest attemptable row.
        const { nextAttemptAt } = outboxState(this.ctx.storage.sql);
        if (nextAttemptAt === null) await this.ctx.storage.deleteAlarm();
        else await this.ctx.storage.setAlarm(Math.max(this.clock(), nextAttemptAt));
      } while (this.drainWanted);
    } finally {
      this.draining = null;
    }
  }

  private async drainPass() {
    const chat = this.ctx.storage.sql.exec<{ id: string }>("SELECT id FROM chat LIMIT 1").toArray()[0];
    if (!chat) return;
    await drainOutbox(this.ctx.storage.sql, chat.id, this.sinks(), {
      now: this.clock(),
      maxAttempts: messagingLimits(this.env).OUTBOX_MAX_ATTEMPTS,
    });
  }

  /**
   * Sets the alarm for the earliest outbox row that may be attempted: now for a write's new rows,
   * unless all of them are for recipients backing off (their hold stands, nothing to wake for).
   */
  private async armDrain() {
    const { nextAttemptAt } = outboxState(this.ctx.storage.sql);
    if (nextAttemptAt !== null) await this.ctx.storage.setAlarm(Math.max(this.clock(), nextAttemptAt));
  }

  private read<T>(work: (store: ChatStore) => T): Outcome<T> {
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

  details(callerId: string) {
    return this.read((s) => s.details(callerId));
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
    return this.write((s) => s.addMembers(callerId, userIds, this.memberLimit));
  }

  removeMember(callerId: string, targetId: string) {
    return this.write((s) => s.removeMember(callerId, targetId));
  }

  setRole(callerId: string, targetId: string, role: "admin" | "member") {
    return this.write((s) => s.setRole(callerId, targetId, role));
  }

  // ---- messages

  listMessages(callerId: string, query: PageQuery) {
    return this.read((s) => s.listMessages(callerId, query));
  }

  forwardSource(callerId: string, seq: number) {
    return this.read((s) => s.forwardSource(callerId, seq));
  }

  send(callerId: string, input: SendInput, forward: ForwardSource | null) {
    return this.write((s) => s.send(callerId, input, forward));
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

  markRead(callerId: string, upToSeq: number) {
    return this.write((s) => s.markRead(callerId, upToSeq));
  }

  markDelivered(callerId: string, upToSeq: number) {
    return this.write((s) => s.markDelivered(callerId, upToSeq));
  }

  // ---- the outbox

  /** The retry path (and the resumption after an eviction): the same serialized drain. */
  override async alarm() {
    if (!this.exists) return;
    await this.requestDrain();
  }

  private sinks(): OutboxSinks {
    return {
      deliverToUser: async (userId, chatId, events) => {
        await this.env.USER.get(this.env.USER.idFromName(userId)).applyChatEvents(userId, chatId, events);
      },
      enqueuePush: async (jobs) => {
        for (const batch of packPushBatches(jobs)) {
          await this.env.PUSH_QUEUE.sendBatch(batch.map((body) => ({ body })));
        }
      },
      recordDeadLetters: (letters) => recordDeadLetters(this.env.DB, letters),
    };
  }
}
