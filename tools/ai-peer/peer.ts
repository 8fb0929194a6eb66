// A loopback OpenAI-compatible Chat Completions endpoint for `npm start` and the tests, like the
// loopback Telegram DC: it checks each request the way OpenAI does (path, Bearer key, model,
// messages, the stream flag) and streams a clearly labelled development reply in the real SSE
// format (`data: {chat.completion.chunk}` … a usage chunk … `data: [DONE]`).
//
// Faults are asked for by the last user message itself, so parallel test files never share a
// switch: `#fail429x2` (the first two attempts with that text answer 429), `#fail500x3`, `#stall`
// (headers and no token, ever), `#drop` (a few tokens, then the connection is cut), `#slow`
// (a long reply, 150 ms between tokens), `#tokens=N` (a reply of N tokens).

export type PeerOptions = {
  apiKey: string;
  model: string;
  /** Milliseconds between two tokens of an ordinary reply. */
  tokenDelayMs?: number;
};

export type RecordedRequest = {
  model: unknown;
  stream: unknown;
  maxTokens: unknown;
  messages: { role: string; content: string }[];
  /** Whether the Authorization header carried the expected key (the key itself is never kept). */
  authorized: boolean;
};

export const DEV_REPLY_LABEL = "[development reply from the loopback AI peer]";

const encoder = new TextEncoder();

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

/** OpenAI's error body. */
const openAiError = (status: number, type: string, message: string, headers: Record<string, string> = {}) =>
  json(status, { error: { message, type, param: null, code: type } }, headers);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The reply's tokens: words with their following space, so their concatenation is the text. */
export function replyTokens(lastUserText: string, count?: number): string[] {
  const quoted = lastUserText.length > 80 ? `${lastUserText.slice(0, 79)}…` : lastUserText;
  const words = `${DEV_REPLY_LABEL} You said: "${quoted}". Point AI_BASE_URL at a real server for real answers.`
    .split(/(?<= )/)
    .filter(Boolean);
  if (count === undefined) return words;
  return Array.from({ length: count }, (_, i) => `t${i} `);
}

export function createAiPeer(options: PeerOptions) {
  const requests: RecordedRequest[] = [];
  /** Attempts seen per last user message: what `#failNNNxK` counts. */
  const attempts = new Map<string, number>();
  const tokenDelayMs = options.tokenDelayMs ?? 20;

  async function completions(request: Request): Promise<Response> {
    const authorized = request.headers.get("authorization") === `Bearer ${options.apiKey}`;
    let body: Record<string, unknown>;
    try {
      body = (await request.json()) as Record<string, unknown>;
    } catch {
      return openAiError(400, "invalid_request_error", "We could not parse the JSON body of your request.");
    }
    const messages = Array.isArray(body.messages) ? (body.messages as { role: string; content: string }[]) : [];
    requests.push({ model: body.model, stream: body.stream, maxTokens: body.max_tokens, messages, authorized });
    if (!authorized) {
      // Like OpenAI, the answer quotes (part of) the key it got: a client must never pass it on.
      const given = request.headers.get("authorization") ?? "";
      return openAiError(401, "invalid_api_key", `Incorrect API key provided: ${given.slice(7)}.`);
    }
    if (body.model !== options.model) {
      return openAiError(404, "model_not_found", `The model \`${String(body.model)}\` does not exist.`);
    }
    if (body.stream !== true) return openAiError(400, "invalid_request_error", "This peer only streams: stream=true");
    const valid = messages.every(
      (m) => typeof m === "object" && ["system", "user", "assistant"].includes(m.role) && typeof m.content === "string",
    );
    if (messages.length === 0 || !valid) {
      return openAiError(400, "invalid_request_error", "messages must be a non-empty array of {role, content}");
    }
    const lastUser = [...messages].reverse().find((m) => m.role === "user")?.content ?? "";
    const attempt = (attempts.get(lastUser) ?? 0) + 1;
    attempts.set(lastUser, attempt);

    const failure = /#fail(\d{3})x(\d+)/.exec(lastUser);
    if (failure && attempt <= Number(failure[2])) {
      const status = Number(failure[1]);
      if (status === 429) return openAiError(429, "rate_limit_exceeded", "Rate limit reached", { "retry-after": "0" });
      return openAiError(status, "server_error", "The server had an error while processing your request.");
    }
    const tokenCount = /#tokens=(\d+)/.exec(lastUser);
    const slow = lastUser.includes("#slow");
    const tokens = slow
      ? replyTokens(lastUser, 200)
      : replyTokens(lastUser, tokenCount ? Number(tokenCount[1]) : undefined);
    return streamReply(request, body, tokens, {
      delayMs: slow ? 150 : tokenDelayMs,
      stall: lastUser.includes("#stall"),
      dropAfter: lastUser.includes("#drop") ? 3 : null,
      promptTokens: Math.ceil(messages.reduce((n, m) => n + m.content.length, 0) / 4),
    });
  }

  function streamReply(
    request: Request,
    body: Record<string, unknown>,
    tokens: string[],
    plan: { delayMs: number; stall: boolean; dropAfter: number | null; promptTokens: number },
  ): Response {
    const id = `chatcmpl-${crypto.randomUUID().replace(/-/g, "").slice(0, 24)}`;
    const created = Math.floor(Date.now() / 1000);
    const chunk = (delta: Record<string, unknown>, finish: string | null, usage?: unknown) =>
      encoder.encode(
        `data: ${JSON.stringify({
          id,
          object: "chat.completion.chunk",
          created,
          model: body.model,
          choices: usage ? [] : [{ index: 0, delta, finish_reason: finish }],
          ...(usage ? { usage } : {}),
        })}\n\n`,
      );
    const includeUsage = (body.stream_options as { include_usage?: boolean } | undefined)?.include_usage === true;
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const aborted = () => request.signal.aborted;
        try {
          controller.enqueue(chunk({ role: "assistant", content: "" }, null));
          if (plan.stall) {
            // Never another byte: the client's timeout must end the turn.
            while (!aborted()) await pause(100);
            controller.close();
            return;
          }
          for (const [index, token] of tokens.entries()) {
            if (aborted()) return controller.close();
            if (plan.dropAfter !== null && index === plan.dropAfter) {
              controller.error(new Error("connection dropped by the peer"));
              return;
            }
            await pause(plan.delayMs);
            controller.enqueue(chunk({ content: token }, null));
          }
          controller.enqueue(chunk({}, "stop"));
          if (includeUsage) {
            const completionTokens = tokens.length;
            controller.enqueue(
              chunk({}, null, {
                prompt_tokens: plan.promptTokens,
                completion_tokens: completionTokens,
                total_tokens: plan.promptTokens + completionTokens,
              }),
            );
          }
          controller.enqueue(encoder.encode("data: [DONE]\n\n"));
          controller.close();
        } catch {
          // The client went away: nothing to finish.
        }
      },
    });
    return new Response(stream, {
      status: 200,
      headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" },
    });
  }

  /** Answers one request in the fetch API's terms (the Node server and tests both use it). */
  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/v1/chat/completions" && request.method === "POST") return completions(request);
    if (url.pathname === "/v1/models" && request.method === "GET") {
      return json(200, { object: "list", data: [{ id: options.model, object: "model", owned_by: "loopback" }] });
    }
    // For tests: the requests whose last message contains `contains`, as received.
    if (url.pathname === "/__peer/requests" && request.method === "GET") {
      const contains = url.searchParams.get("contains") ?? "";
      return json(200, { requests: requests.filter((r) => r.messages.some((m) => m.content.includes(contains))) });
    }
    return openAiError(404, "not_found", `Unknown path ${url.pathname}`);
  }

  return { handle, requests };
}
