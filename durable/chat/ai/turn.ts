import type { Clock } from "../../clock.ts";
import { type AiMessage, type AiProvider, AiProviderError, type Usage } from "./provider.ts";

// One turn of the assistant, free of storage: ask the provider, pass each piece of text on,
// save the partial text every few hundred ms, retry a refused request before the first token,
// and end in exactly one state. The ChatDO supplies the hooks (deltas to members' sockets, saves
// to SQLite) and ends the reply with what this returns.

export type TurnState = "complete" | "cancelled" | "failed";

export type TurnEnd = { state: TurnState; text: string; usage: Usage | null; error: string | null };

export type TurnHooks = {
  /** A piece of the reply; `offset` is where it starts in the whole text. */
  delta(text: string, offset: number): void;
  /** The partial text so far, at most every saveIntervalMs (the last one is the end's own save). */
  save(text: string): void;
};

/** Starts a timer and returns the function that stops it (setTimeout by default; a fake in tests). */
export type Timer = (ms: number, fire: () => void) => () => void;

export type TurnOptions = {
  clock: Clock;
  timer?: Timer;
  timeoutMs: number;
  maxRetries: number;
  saveIntervalMs: number;
  /** Aborted by a cancel. */
  cancel: AbortSignal;
};

const realTimer: Timer = (ms, fire) => {
  const handle = setTimeout(fire, ms);
  return () => clearTimeout(handle);
};

/** Wait before retry `attempt` (0-based): the provider's Retry-After (at most 5 s), else 0.5 s, 1 s, 2 s … */
export function retryDelayMs(attempt: number, retryAfterSeconds?: number): number {
  if (retryAfterSeconds !== undefined) return Math.min(5000, retryAfterSeconds * 1000);
  return Math.min(8000, 500 * 2 ** attempt);
}

class Stop extends Error {
  readonly why: "cancelled" | "timeout";
  constructor(why: "cancelled" | "timeout") {
    super(why);
    this.why = why;
  }
}

export async function runTurn(
  provider: AiProvider,
  request: { messages: AiMessage[]; maxTokens: number },
  hooks: TurnHooks,
  options: TurnOptions,
): Promise<TurnEnd> {
  const timer = options.timer ?? realTimer;
  const abort = new AbortController();
  let stopped: Stop | null = null;
  const stop = (why: Stop["why"]) => {
    if (stopped) return;
    stopped = new Stop(why);
    abort.abort(stopped);
  };
  const onCancel = () => stop("cancelled");
  if (options.cancel.aborted) onCancel();
  options.cancel.addEventListener("abort", onCancel);
  const stopTimeout = timer(options.timeoutMs, () => stop("timeout"));

  let text = "";
  let usage: Usage | null = null;
  let lastSave = options.clock();
  const end = (state: TurnState, error: string | null): TurnEnd => {
    stopTimeout();
    options.cancel.removeEventListener("abort", onCancel);
    return { state, text, usage, error };
  };
  const whenStopped = (): TurnEnd | null => {
    const reason = stopped as Stop | null;
    if (!reason) return null;
    if (reason.why === "cancelled") return end("cancelled", null);
    return end("failed", `The assistant took longer than ${Math.round(options.timeoutMs / 1000)} s`);
  };

  for (let attempt = 0; ; attempt++) {
    try {
      for await (const event of provider.stream({ ...request, signal: abort.signal })) {
        if (stopped) break;
        if (event.type === "usage") {
          usage = event.usage;
          continue;
        }
        hooks.delta(event.text, text.length);
        text += event.text;
        if (options.clock() - lastSave >= options.saveIntervalMs) {
          lastSave = options.clock();
          hooks.save(text);
        }
      }
      return whenStopped() ?? end("complete", null);
    } catch (error) {
      const halted = whenStopped();
      if (halted) return halted;
      const retryable = error instanceof AiProviderError ? error.retryable : true;
      if (text.length === 0 && retryable && attempt < options.maxRetries) {
        const wait = retryDelayMs(attempt, error instanceof AiProviderError ? error.retryAfterSeconds : undefined);
        await new Promise<void>((resolve) => {
          const cancelWait = timer(wait, resolve);
          abort.signal.addEventListener("abort", () => {
            cancelWait();
            resolve();
          });
        });
        const afterWait = whenStopped();
        if (afterWait) return afterWait;
        continue;
      }
      if (text.length > 0) return end("failed", "The reply broke off: the AI provider's stream ended early");
      return end("failed", error instanceof AiProviderError ? error.message : "The AI provider could not be reached");
    }
  }
}
