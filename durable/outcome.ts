// Workers RPC carries return values faithfully but not custom error classes, so a Durable Object
// answers a refused request with a plain value the handler turns back into an ApiError.

export type RefusalStatus = 400 | 403 | 404 | 409 | 429;

export type Refusal = { ok: false; status: RefusalStatus; code: string; message: string };
export type Outcome<T> = { ok: true; value: T } | Refusal;

/** Thrown by domain code inside a Durable Object; caught at the RPC boundary by `outcome()`. */
export class DomainRefusal extends Error {
  readonly status: RefusalStatus;
  readonly code: string;
  constructor(status: RefusalStatus, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export const refuse = {
  badRequest: (message: string) => new DomainRefusal(400, "VALIDATION_FAILED", message),
  forbidden: (message: string) => new DomainRefusal(403, "FORBIDDEN", message),
  /** Also what a non-member hears about a chat that exists: nothing to tell it apart from none. */
  notFound: (message = "Chat not found") => new DomainRefusal(404, "NOT_FOUND", message),
  conflict: (message: string, code = "CONFLICT") => new DomainRefusal(409, code, message),
};

/** Runs `work` and turns a DomainRefusal into a Refusal value; anything else stays an error (a bug). */
export function outcome<T>(work: () => T): Outcome<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    if (error instanceof DomainRefusal) {
      return { ok: false, status: error.status, code: error.code, message: error.message };
    }
    throw error;
  }
}
