import { type AiProvider, AiProviderError, type CompletionRequest, type StreamEvent } from "./provider.ts";
import { sseData } from "./sse.ts";

// The Workers AI binding (`env.AI`) as a provider, for production. It does not run offline (the
// binding proxies to the account), so only its mapping is tested here; local runs use the
// OpenAI-compatible adapter against the loopback peer.

/** The part of the `Ai` binding this adapter uses. */
export type WorkersAiBinding = {
  run(model: string, inputs: Record<string, unknown>, options?: Record<string, unknown>): Promise<unknown>;
};

type WorkersAiChunk = {
  response?: string | null;
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
};

export function workersAi(binding: WorkersAiBinding, model: string): AiProvider {
  return {
    async *stream(request: CompletionRequest): AsyncGenerator<StreamEvent> {
      let result: unknown;
      try {
        result = await binding.run(model, {
          messages: request.messages,
          stream: true,
          max_tokens: request.maxTokens,
        });
      } catch (error) {
        throw workersAiError(error);
      }
      if (!(result instanceof ReadableStream)) throw new AiProviderError("Workers AI did not stream", false);
      yield* parseWorkersAiStream(result as ReadableStream<Uint8Array>, request.signal);
    },
  };
}

/** Workers AI streams `data: {"response": "…"}` events, a usage object near the end, then `[DONE]`. */
export async function* parseWorkersAiStream(
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
): AsyncGenerator<StreamEvent> {
  for await (const data of sseData(body)) {
    if (signal?.aborted) {
      await body.cancel().catch(() => {});
      return;
    }
    if (data.trim() === "[DONE]") return;
    let chunk: WorkersAiChunk;
    try {
      chunk = JSON.parse(data) as WorkersAiChunk;
    } catch {
      throw new AiProviderError("Workers AI sent an unreadable stream", false);
    }
    if (typeof chunk.response === "string" && chunk.response.length > 0) yield { type: "delta", text: chunk.response };
    if (chunk.usage) {
      yield {
        type: "usage",
        usage: { promptTokens: chunk.usage.prompt_tokens ?? 0, completionTokens: chunk.usage.completion_tokens ?? 0 },
      };
    }
  }
}

/** The binding throws plain errors whose text names the failure ("3040: Capacity temporarily exceeded"). */
export function workersAiError(error: unknown): AiProviderError {
  const text = error instanceof Error ? error.message : String(error);
  if (/\b(3040|429)\b|capacity|rate limit/i.test(text)) return new AiProviderError("Workers AI is over capacity", true);
  if (/\b5\d\d\b|internal/i.test(text)) return new AiProviderError("Workers AI failed", true);
  return new AiProviderError("Workers AI refused the request", false);
}
