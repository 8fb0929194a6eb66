import { describe, expect, it } from "vitest";
import { openAiCompatible, parseOpenAiStream } from "./openai-compatible.ts";
import { AiProviderError, type StreamEvent } from "./provider.ts";
import { parseWorkersAiStream, workersAi, workersAiError } from "./workers-ai.ts";

const streamOf = (text: string) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });

const collect = async (events: AsyncIterable<StreamEvent>) => {
  const out: StreamEvent[] = [];
  for await (const event of events) out.push(event);
  return out;
};

const chunk = (body: unknown) => `data: ${JSON.stringify(body)}\n\n`;

describe("the OpenAI-compatible adapter", () => {
  it("maps chat.completion.chunk deltas and the usage chunk", async () => {
    const body =
      chunk({ choices: [{ delta: { role: "assistant", content: "" }, finish_reason: null }] }) +
      chunk({ choices: [{ delta: { content: "Hel" }, finish_reason: null }] }) +
      chunk({ choices: [{ delta: { content: "lo" }, finish_reason: null }] }) +
      chunk({ choices: [{ delta: {}, finish_reason: "stop" }] }) +
      chunk({ choices: [], usage: { prompt_tokens: 12, completion_tokens: 2 } }) +
      "data: [DONE]\n\n";
    expect(await collect(parseOpenAiStream(streamOf(body)))).toEqual([
      { type: "delta", text: "Hel" },
      { type: "delta", text: "lo" },
      { type: "usage", usage: { promptTokens: 12, completionTokens: 2 } },
    ]);
  });

  it("treats a stream cut before [DONE] or a finish_reason as an error", async () => {
    const body = chunk({ choices: [{ delta: { content: "Hel" }, finish_reason: null }] });
    await expect(collect(parseOpenAiStream(streamOf(body)))).rejects.toBeInstanceOf(AiProviderError);
  });

  it("posts model, messages, stream and max_tokens with the key, and never repeats the provider's error body", async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const provider = openAiCompatible({
      baseUrl: "https://ai.example/v1/",
      apiKey: "sk-secret",
      model: "m-1",
      fetch: async (url, init) => {
        seen.push({ url: String(url), init: init ?? {} });
        return new Response(JSON.stringify({ error: { message: "Incorrect API key provided: sk-secret" } }), {
          status: 401,
        });
      },
    });
    const signal = new AbortController().signal;
    const error = await collect(
      provider.stream({ messages: [{ role: "user", content: "hi" }], maxTokens: 64, signal }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AiProviderError);
    expect((error as AiProviderError).retryable).toBe(false);
    expect((error as Error).message).not.toContain("sk-secret");
    expect(seen[0]?.url).toBe("https://ai.example/v1/chat/completions");
    expect(new Headers(seen[0]?.init.headers).get("authorization")).toBe("Bearer sk-secret");
    expect(JSON.parse(String(seen[0]?.init.body))).toMatchObject({
      model: "m-1",
      messages: [{ role: "user", content: "hi" }],
      stream: true,
      max_tokens: 64,
    });
  });

  it("classifies statuses: 429 and 5xx are retried (with Retry-After), 4xx are not", () => {
    expect(AiProviderError.fromStatus(429, "3")).toMatchObject({ retryable: true, retryAfterSeconds: 3 });
    expect(AiProviderError.fromStatus(503, null)).toMatchObject({ retryable: true });
    expect(AiProviderError.fromStatus(400, null)).toMatchObject({ retryable: false });
  });
});

describe("the Workers AI binding adapter", () => {
  it("maps the binding's {response} events and usage", async () => {
    const body =
      chunk({ response: "Hi" }) +
      chunk({ response: " there" }) +
      chunk({ response: "", usage: { prompt_tokens: 5, completion_tokens: 2 } }) +
      "data: [DONE]\n\n";
    expect(await collect(parseWorkersAiStream(streamOf(body)))).toEqual([
      { type: "delta", text: "Hi" },
      { type: "delta", text: " there" },
      { type: "usage", usage: { promptTokens: 5, completionTokens: 2 } },
    ]);
  });

  it("calls run(model, {messages, stream, max_tokens}) and maps its errors", async () => {
    const calls: unknown[] = [];
    const provider = workersAi(
      {
        run: async (model, inputs) => {
          calls.push({ model, inputs });
          return streamOf("data: [DONE]\n\n");
        },
      },
      "@cf/meta/llama-3.1-8b-instruct",
    );
    const signal = new AbortController().signal;
    await collect(provider.stream({ messages: [{ role: "user", content: "hi" }], maxTokens: 32, signal }));
    expect(calls).toEqual([
      {
        model: "@cf/meta/llama-3.1-8b-instruct",
        inputs: { messages: [{ role: "user", content: "hi" }], stream: true, max_tokens: 32 },
      },
    ]);
    expect(workersAiError(new Error("3040: Capacity temporarily exceeded")).retryable).toBe(true);
    expect(workersAiError(new Error("5007: No such model")).retryable).toBe(false);
  });
});
