// The one small interface every AI provider sits behind: a streamed chat completion.

export type AiRole = "system" | "user" | "assistant";
export type AiMessage = { role: AiRole; content: string };

export type CompletionRequest = {
  messages: AiMessage[];
  maxTokens: number;
  /** Aborted on cancel, timeout or eviction: the provider stops reading and hangs up. */
  signal: AbortSignal;
};

export type Usage = { promptTokens: number; completionTokens: number };

/** What a stream yields: pieces of the reply's text, and (once, usually last) the usage. */
export type StreamEvent = { type: "delta"; text: string } | { type: "usage"; usage: Usage };

export interface AiProvider {
  /** Rejects with AiProviderError when the provider refuses before streaming. */
  stream(request: CompletionRequest): AsyncIterable<StreamEvent>;
}

/**
 * A provider failure, described in our own words: never the provider's body (which may quote the
 * API key back), only what kind of failure it was. `retryable` failures (429, 5xx, the network)
 * are retried with backoff before the first token.
 */
export class AiProviderError extends Error {
  readonly retryable: boolean;
  /** Seconds the provider asked us to wait (its Retry-After), if it said. */
  readonly retryAfterSeconds: number | undefined;
  constructor(message: string, retryable: boolean, retryAfterSeconds?: number) {
    super(message);
    this.retryable = retryable;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  static fromStatus(status: number, retryAfter: string | null): AiProviderError {
    const seconds = retryAfter !== null && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined;
    if (status === 429) return new AiProviderError("The AI provider is rate limiting (429)", true, seconds);
    if (status >= 500) return new AiProviderError(`The AI provider failed (${status})`, true, seconds);
    if (status === 401 || status === 403) {
      return new AiProviderError(`The AI provider refused the credentials (${status})`, false);
    }
    return new AiProviderError(`The AI provider refused the request (${status})`, false);
  }
}
