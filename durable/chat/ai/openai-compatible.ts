import { type AiProvider, AiProviderError, type CompletionRequest, type StreamEvent } from "./provider.ts";
import { sseData } from "./sse.ts";

// Any OpenAI-compatible Chat Completions endpoint with SSE streaming: OpenAI, Cloudflare AI
// Gateway, Workers AI's REST endpoint, Ollama, vLLM, llama.cpp, and the loopback peer of
// tools/ai-peer. POST {baseUrl}/chat/completions with stream: true.

export type OpenAiCompatibleOptions = {
  /** e.g. https://api.openai.com/v1 (no trailing /chat/completions). */
  baseUrl: string;
  /** Optional: local servers often need none. */
  apiKey: string | undefined;
  model: string;
  fetch?: typeof fetch;
};

type Chunk = {
  choices?: { delta?: { content?: string | null } }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
};

export function openAiCompatible(options: OpenAiCompatibleOptions): AiProvider {
  const endpoint = `${options.baseUrl.replace(/\/+$/, "")}/chat/completions`;
  const send = options.fetch ?? fetch;
  return {
    async *stream(request: CompletionRequest): AsyncGenerator<StreamEvent> {
      let response: Response;
      try {
        response = await send(endpoint, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            accept: "text/event-stream",
            ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
          },
          body: JSON.stringify({
            model: options.model,
            messages: request.messages,
            stream: true,
            stream_options: { include_usage: true },
            max_tokens: request.maxTokens,
          }),
          signal: request.signal,
        });
      } catch (error) {
        if (request.signal.aborted) throw error;
        throw new AiProviderError("The AI provider could not be reached", true);
      }
      if (!response.ok || !response.body) {
        // The body is dropped unread: it may quote our key back.
        await response.body?.cancel();
        throw AiProviderError.fromStatus(response.status, response.headers.get("retry-after"));
      }
      yield* parseOpenAiStream(response.body);
    },
  };
}

type FinishChunk = { choices?: { finish_reason?: string | null }[] };

/**
 * The events of an OpenAI chat.completion.chunk stream, up to `[DONE]`. A stream that ends
 * without `[DONE]` or a finish_reason was cut off: that is an error, not a complete reply.
 */
export async function* parseOpenAiStream(body: ReadableStream<Uint8Array>): AsyncGenerator<StreamEvent> {
  let finished = false;
  for await (const data of sseData(body)) {
    if (data.trim() === "[DONE]") return;
    let chunk: Chunk;
    try {
      chunk = JSON.parse(data) as Chunk;
    } catch {
      throw new AiProviderError("The AI provider sent an unreadable stream", false);
    }
    const text = chunk.choices?.[0]?.delta?.content;
    if (typeof text === "string" && text.length > 0) yield { type: "delta", text };
    if ((chunk as FinishChunk).choices?.[0]?.finish_reason) finished = true;
    if (chunk.usage) {
      yield {
        type: "usage",
        usage: { promptTokens: chunk.usage.prompt_tokens ?? 0, completionTokens: chunk.usage.completion_tokens ?? 0 },
      };
    }
  }
  if (!finished) throw new AiProviderError("The AI provider's stream ended early", true);
}
