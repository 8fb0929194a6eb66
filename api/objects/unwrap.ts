import type { Outcome } from "../../durable/index.ts";
import { ApiError } from "../errors.ts";

/**
 * The value of a Durable Object's answer, or the ApiError its refusal stands for. The one way
 * handlers read an RPC answer (ChatDO, UserDO, TelegramSessionDO): a 429 keeps its wait as Retry-After.
 */
export function unwrap<T>(result: Outcome<T>): T {
  if (result.ok) return result.value;
  const { status, code, message, retryAfter } = result;
  throw new ApiError(status, code, message, retryAfter === undefined ? {} : { retryAfter, details: { retryAfter } });
}
