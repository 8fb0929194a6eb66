// Workers RPC carries return values faithfully but not custom error classes, so a Durable Object
// answers a refused request with a plain value the handler turns back into an ApiError. One shape
// for every object (ChatDO, UserDO, TelegramSessionDO): api/objects/unwrap.ts reads it.

export type RefusalStatus = 400 | 401 | 403 | 404 | 409 | 429 | 503;

export type Refusal = {
  ok: false;
  status: RefusalStatus;
  code: string;
  message: string;
  /** Seconds the caller should wait (429, e.g. Telegram's FLOOD_WAIT); sent as Retry-After. */
  retryAfter?: number;
};
export type Outcome<T> = { ok: true; value: T } | Refusal;

/** Thrown by domain code inside a Durable Object; caught at the RPC boundary by `outcome()`. */
export class DomainRefusal extends Error {
  readonly status: RefusalStatus;
  readonly code: string;
  readonly retryAfter: number | undefined;
  constructor(status: RefusalStatus, code: string, message: string, retryAfter?: number) {
    super(message);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }

  /** The plain value that crosses the RPC boundary. */
  toRefusal(): Refusal {
    const refusal: Refusal = { ok: false, status: this.status, code: this.code, message: this.message };
    if (this.retryAfter !== undefined) refusal.retryAfter = this.retryAfter;
    return refusal;
  }
}

export const refuse = {
  badRequest: (message: string, code = "VALIDATION_FAILED") => new DomainRefusal(400, code, message),
  unauthorized: (message: string, code = "UNAUTHORIZED") => new DomainRefusal(401, code, message),
  forbidden: (message: string, code = "FORBIDDEN") => new DomainRefusal(403, code, message),
  /** Also what a non-member hears about a chat that exists: nothing to tell it apart from none. */
  notFound: (message = "Chat not found", code = "NOT_FOUND") => new DomainRefusal(404, code, message),
  conflict: (message: string, code = "CONFLICT") => new DomainRefusal(409, code, message),
  tooManyRequests: (message: string, retryAfter: number, code = "RATE_LIMITED") =>
    new DomainRefusal(429, code, message, retryAfter),
  unavailable: (message: string, code = "SERVICE_UNAVAILABLE") => new DomainRefusal(503, code, message),
};

/** Runs `work` and turns a DomainRefusal into a Refusal value; anything else stays an error (a bug). */
export function outcome<T>(work: () => T): Outcome<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    if (error instanceof DomainRefusal) return error.toRefusal();
    throw error;
  }
}

/** outcome() for asynchronous work: a rejection with a DomainRefusal becomes a Refusal value. */
export async function outcomeOf<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof DomainRefusal) return error.toRefusal();
    throw error;
  }
}
