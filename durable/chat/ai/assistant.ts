import type { Message } from "../../../openapi/messaging-types.ts";
import type { AiDeltaFrame } from "../../../openapi/realtime-frames.ts";
import type { Clock } from "../../clock.ts";
import { DomainRefusal, type Outcome, outcomeOf, refuse } from "../../outcome.ts";
import type { ForwardSource, SendInput } from "../store.ts";
import { reserveTokens, secondsUntilNextDay, settleTokens, spentTokens, utcDay } from "./budget.ts";
import { aiProvider, aiSettings } from "./config.ts";
import { buildContext, estimateTokens } from "./context.ts";
import { DeltaPump } from "./delta-pump.ts";
import type { AiProvider } from "./provider.ts";
import type { AssistantChatStore, Settlement } from "./reply-store.ts";
import { runTurn } from "./turn.ts";

/** What the assistant needs of its ChatDO: storage through the object's transactions, D1, sockets. */
export type AssistantHost = {
  env: object;
  db: D1Database;
  clock: Clock;
  read<T>(work: (store: AssistantChatStore) => T): Outcome<T>;
  write<T>(work: (store: AssistantChatStore) => T): Promise<Outcome<T>>;
  relay(userIds: string[], frame: AiDeltaFrame): Promise<void>;
  /** Sets the alarm that finds a reply left streaming (and drains the outbox). */
  armAlarm(): Promise<void>;
};

type Running = { seq: number; cancel: AbortController; done: Promise<void> };

const log = (message: string, error: unknown) =>
  console.error(
    JSON.stringify({ level: "error", message, error: String(error instanceof Error ? error.message : error) }),
  );

/**
 * The AI turns of one assistant chat. A user's message starts a turn, one at a time (a send during
 * a turn is refused with 409): the reply message is created at once ("streaming"), the provider's
 * text goes to the members' sockets as aiDelta frames and is saved every AI_SAVE_INTERVAL_MS, and
 * the reply ends complete, cancelled or failed with a messageEdited update. The running turn lives
 * in memory only: an instance that starts finds any reply still "streaming" orphaned and ends it
 * as "interrupted" (interruptOrphans).
 */
export class Assistant {
  private running: Running | null = null;
  /** Between the budget check and the transaction that stores the turn: a second send must wait. */
  private starting = false;

  private readonly host: AssistantHost;

  constructor(host: AssistantHost) {
    this.host = host;
  }

  get settings() {
    return aiSettings(this.host.env);
  }

  /** A member's message in an assistant chat: stored, then answered. */
  async send(
    callerId: string,
    input: SendInput,
    forward: ForwardSource | null,
  ): Promise<Outcome<{ message: Message; created: boolean }>> {
    const repeat = this.host.read((s) => s.sentBefore(callerId, input.clientMessageId));
    if (!repeat.ok) return repeat;
    // A repeat returns the original message and starts nothing.
    if (repeat.value) return this.host.write((s) => s.send(callerId, input, forward));
    const provider = aiProvider(this.host.env);
    return outcomeOf(async () => {
      if (!provider) throw refuse.unavailable("The assistant is not configured on this server", "AI_NOT_CONFIGURED");
      const busy = this.host.read((s) => s.streamingReply() !== undefined);
      if (this.starting || (busy.ok && busy.value)) {
        throw refuse.conflict("The assistant is still answering: wait for it, or cancel it", "AI_TURN_IN_PROGRESS");
      }
      this.starting = true;
      try {
        return await this.startTurn(provider, callerId, input, forward);
      } finally {
        this.starting = false;
      }
    });
  }

  private async startTurn(provider: AiProvider, callerId: string, input: SendInput, forward: ForwardSource | null) {
    const settings = this.settings;
    const now = this.host.clock();
    const day = utcDay(now);
    // The worst case: a full context and a reply of max_tokens. Settled with the real usage.
    const reservedTokens = settings.AI_CONTEXT_TOKENS + settings.AI_MAX_TOKENS;
    let reserved: boolean;
    try {
      reserved = await reserveTokens(this.host.db, callerId, day, reservedTokens, settings.AI_DAILY_TOKEN_BUDGET, now);
    } catch (error) {
      log("ai budget reservation failed", error);
      throw refuse.unavailable("The assistant's budget cannot be checked right now: try again", "AI_UNAVAILABLE");
    }
    if (!reserved) {
      throw refuse.tooManyRequests(
        "Your daily assistant budget is used up: it renews at midnight UTC",
        secondsUntilNextDay(now),
        "AI_BUDGET_EXHAUSTED",
      );
    }
    const stored = await this.host.write((s) => {
      const sent = s.send(callerId, input, forward);
      const reply = s.beginReply(callerId, sent.message.seq, { day, reservedTokens, promptTokens: 0 });
      return { sent, replySeq: reply.seq };
    });
    if (!stored.ok) {
      await settleTokens(this.host.db, callerId, day, reservedTokens, 0, this.host.clock()).catch((e) =>
        log("ai budget release failed", e),
      );
      throw new DomainRefusal(stored.status, stored.code, stored.message, stored.retryAfter);
    }
    this.begin(provider, callerId, stored.value.sent.message.seq, stored.value.replySeq);
    await this.host.armAlarm();
    return stored.value.sent;
  }

  private begin(provider: AiProvider, requesterId: string, promptSeq: number, seq: number) {
    const cancel = new AbortController();
    const running: Running = { seq, cancel, done: Promise.resolve() };
    running.done = this.run(provider, requesterId, promptSeq, seq, cancel.signal)
      .catch((error) => log("ai turn failed", error))
      .finally(() => {
        if (this.running === running) this.running = null;
      });
    this.running = running;
  }

  private async run(provider: AiProvider, requesterId: string, promptSeq: number, seq: number, cancel: AbortSignal) {
    const settings = this.settings;
    const read = this.host.read((s) => ({
      chatId: s.chatInfoFor(requesterId).id,
      recipients: s.deltaRecipients(),
      history: s.contextMessages(requesterId, promptSeq, settings.AI_CONTEXT_MESSAGES),
    }));
    if (!read.ok) return;
    const { chatId, recipients, history } = read.value;
    const messages = buildContext(settings.AI_SYSTEM_PROMPT, history, {
      maxMessages: settings.AI_CONTEXT_MESSAGES,
      maxTokens: settings.AI_CONTEXT_TOKENS,
    });
    const pump = new DeltaPump(chatId, seq, (frame) => this.host.relay(recipients, frame));
    const end = await runTurn(
      provider,
      { messages, maxTokens: settings.AI_MAX_TOKENS },
      {
        delta: (text, offset) => pump.push(text, offset),
        save: (text) => void this.host.write((s) => s.saveReply(seq, text)),
      },
      {
        clock: this.host.clock,
        timeoutMs: settings.AI_TURN_TIMEOUT_MS,
        maxRetries: settings.AI_MAX_RETRIES,
        saveIntervalMs: settings.AI_SAVE_INTERVAL_MS,
        cancel,
      },
    );
    await pump.flush();
    const promptTokens = messages.reduce((n, m) => n + estimateTokens(m.content), 0);
    const spent = spentTokens(end.usage, { promptTokens, replyText: end.text });
    const finished = await this.host.write((s) =>
      s.finishReply(seq, { state: end.state, text: end.text, error: end.error, spent }),
    );
    if (finished.ok && finished.value) await this.settle([finished.value]);
  }

  /** Stops the reply `seq` for a member; its partial text stays ("cancelled"). */
  async cancel(callerId: string, seq: number) {
    const reply = this.host.read((s) => s.replyFor(callerId, seq));
    if (!reply.ok) return reply;
    if (reply.value.state !== "streaming") {
      return refuse
        .conflict(`The reply has already ended (${reply.value.state})`, "AI_REPLY_NOT_STREAMING")
        .toRefusal();
    }
    const running = this.running;
    if (running?.seq === seq) {
      running.cancel.abort();
      await running.done;
    } else {
      // Streaming with no turn in memory: an orphan this instance has not ended yet.
      const ended = await this.host.write((s) => {
        const text = s.messageFor(callerId, seq).text;
        return s.finishReply(seq, { state: "cancelled", text, error: null, spent: null });
      });
      if (ended.ok && ended.value) await this.settle([ended.value]);
    }
    return this.host.read((s) => s.messageFor(callerId, seq));
  }

  /** Ends replies no turn of this instance is running (their instance was evicted). */
  async interruptOrphans() {
    const running = this.running?.seq;
    const ended = await this.host.write((s) => {
      const orphan = s.streamingReply();
      if (!orphan || orphan.seq === running) return [];
      return s.interruptStreaming();
    });
    const unsettled = this.host.read((s) => s.unsettled());
    const due = [...(ended.ok ? ended.value : []), ...(unsettled.ok ? unsettled.value : [])];
    await this.settle([...new Map(due.map((d) => [d.seq, d])).values()]);
  }

  /** Gives back each reply's reservation and counts what it spent; a failure is retried by the next alarm. */
  private async settle(settlements: Settlement[]) {
    for (const item of settlements) {
      try {
        await settleTokens(this.host.db, item.userId, item.day, item.reserved, item.spent, this.host.clock());
        await this.host.write((s) => s.markSettled(item.seq));
      } catch (error) {
        log("ai budget settlement failed", error);
      }
    }
  }
}
