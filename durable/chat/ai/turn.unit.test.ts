import { describe, expect, it } from "vitest";
import { fakeClock } from "../../clock.ts";
import { type AiProvider, AiProviderError, type CompletionRequest, type StreamEvent } from "./provider.ts";
import { retryDelayMs, runTurn, type Timer } from "./turn.ts";

/** Timers that fire only when the test moves time on, with the fake clock. */
function manualTime() {
  const clock = fakeClock();
  let timers: { at: number; fire: () => void }[] = [];
  const timer: Timer = (ms, fire) => {
    const entry = { at: clock() + ms, fire };
    timers.push(entry);
    return () => {
      timers = timers.filter((t) => t !== entry);
    };
  };
  const advance = async (ms: number) => {
    clock.advance(ms);
    const due = timers.filter((t) => t.at <= clock());
    timers = timers.filter((t) => t.at > clock());
    for (const t of due) t.fire();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { clock, timer, advance, pending: () => timers.length };
}

/** A provider scripted per attempt: a list of steps (text, a time step, a failure, or a stall). */
type Step = string | { wait: number } | { fail: AiProviderError | Error } | "stall" | { usage: number };

function scripted(attempts: Step[][], time: ReturnType<typeof manualTime>) {
  const requests: CompletionRequest[] = [];
  const provider: AiProvider = {
    async *stream(request): AsyncGenerator<StreamEvent> {
      requests.push(request);
      const steps = attempts[requests.length - 1] ?? [];
      for (const step of steps) {
        if (request.signal.aborted) throw new Error("aborted");
        if (typeof step === "string" && step !== "stall") yield { type: "delta", text: step };
        else if (step === "stall") {
          await new Promise((_, reject) =>
            request.signal.addEventListener("abort", () => reject(new Error("aborted"))),
          );
        } else if ("wait" in step) time.clock.advance(step.wait);
        else if ("fail" in step) throw step.fail;
        else yield { type: "usage", usage: { promptTokens: 10, completionTokens: step.usage } };
      }
    },
  };
  return { provider, requests };
}

const base = (time: ReturnType<typeof manualTime>, cancel = new AbortController().signal) => ({
  clock: time.clock,
  timer: time.timer,
  timeoutMs: 10_000,
  maxRetries: 2,
  saveIntervalMs: 300,
  cancel,
});

const request = { messages: [{ role: "user" as const, content: "hi" }], maxTokens: 100 };

describe("a turn", () => {
  it("passes each delta on at its offset, saves every saveIntervalMs, and completes with the usage", async () => {
    const time = manualTime();
    const { provider } = scripted(
      [["Hel", { wait: 100 }, "lo", { wait: 250 }, " wor", { wait: 400 }, "ld", { usage: 4 }]],
      time,
    );
    const deltas: [string, number][] = [];
    const saves: string[] = [];
    const end = await runTurn(
      provider,
      request,
      { delta: (t, o) => deltas.push([t, o]), save: (t) => saves.push(t) },
      base(time),
    );
    expect(deltas).toEqual([
      ["Hel", 0],
      ["lo", 3],
      [" wor", 5],
      ["ld", 9],
    ]);
    expect(saves).toEqual(["Hello wor", "Hello world"]);
    expect(end).toEqual({
      state: "complete",
      text: "Hello world",
      usage: { promptTokens: 10, completionTokens: 4 },
      error: null,
    });
    expect(time.pending()).toBe(0);
  });

  it("retries a retryable failure before the first token, waiting the backoff", async () => {
    const time = manualTime();
    const { provider, requests } = scripted(
      [[{ fail: AiProviderError.fromStatus(429, null) }], [{ fail: AiProviderError.fromStatus(502, null) }], ["ok"]],
      time,
    );
    const turn = runTurn(provider, request, { delta: () => {}, save: () => {} }, base(time));
    await time.advance(0);
    expect(requests).toHaveLength(1);
    await time.advance(retryDelayMs(0));
    expect(requests).toHaveLength(2);
    await time.advance(retryDelayMs(1));
    expect((await turn).state).toBe("complete");
    expect(requests).toHaveLength(3);
  });

  it("does not retry a refusal (4xx), nor a failure after the first token", async () => {
    const time = manualTime();
    const refused = scripted([[{ fail: AiProviderError.fromStatus(400, null) }], ["never"]], time);
    const end = await runTurn(refused.provider, request, { delta: () => {}, save: () => {} }, base(time));
    expect(end).toMatchObject({ state: "failed", text: "", error: "The AI provider refused the request (400)" });
    expect(refused.requests).toHaveLength(1);

    const broken = scripted([["partial", { fail: new Error("socket hang up") }], ["never"]], time);
    const cut = await runTurn(broken.provider, request, { delta: () => {}, save: () => {} }, base(time));
    expect(cut).toMatchObject({ state: "failed", text: "partial" });
    expect(cut.error).toMatch(/broke off/);
    expect(broken.requests).toHaveLength(1);
  });

  it("gives up after maxRetries", async () => {
    const time = manualTime();
    const down = AiProviderError.fromStatus(500, null);
    const { provider, requests } = scripted([[{ fail: down }], [{ fail: down }], [{ fail: down }], ["never"]], time);
    const turn = runTurn(provider, request, { delta: () => {}, save: () => {} }, base(time));
    for (let i = 0; i < 3; i++) await time.advance(retryDelayMs(i));
    expect(await turn).toMatchObject({ state: "failed", error: "The AI provider failed (500)" });
    expect(requests).toHaveLength(3);
  });

  it("ends a stall at the timeout, keeping the text so far", async () => {
    const time = manualTime();
    const { provider } = scripted([["so far", "stall"]], time);
    const turn = runTurn(provider, request, { delta: () => {}, save: () => {} }, base(time));
    await time.advance(0);
    await time.advance(10_000);
    expect(await turn).toMatchObject({ state: "failed", text: "so far", error: "The assistant took longer than 10 s" });
  });

  it("a cancel stops the stream and keeps the partial text", async () => {
    const time = manualTime();
    const cancel = new AbortController();
    const { provider } = scripted([["first ", "stall"]], time);
    const turn = runTurn(provider, request, { delta: () => {}, save: () => {} }, base(time, cancel.signal));
    await time.advance(0);
    cancel.abort();
    expect(await turn).toMatchObject({ state: "cancelled", text: "first ", error: null });
    expect(time.pending()).toBe(0);
  });
});

describe("retryDelayMs", () => {
  it("honours Retry-After up to 5 s, else doubles from 0.5 s", () => {
    expect([0, 1, 2].map((a) => retryDelayMs(a))).toEqual([500, 1000, 2000]);
    expect(retryDelayMs(0, 2)).toBe(2000);
    expect(retryDelayMs(0, 60)).toBe(5000);
  });
});
