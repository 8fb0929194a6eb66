// Telegram RPC errors → the proxy's HTTP answers. Plain data so it crosses Workers RPC unchanged
// (thrown custom errors lose their fields on the way out of a Durable Object).

export interface ProxyError {
  status: 400 | 401 | 403 | 404 | 409 | 429 | 503;
  code: string;
  message: string;
  retryAfter?: number;
}

export type ProxyResult<T> = { ok: true; data: T } | { ok: false; error: ProxyError };

/** Errors meaning the account is signed out: the session must show `authorized: false`. */
export const SIGNED_OUT_ERRORS = new Set([
  "AUTH_KEY_UNREGISTERED",
  "AUTH_KEY_INVALID",
  "SESSION_REVOKED",
  "USER_DEACTIVATED",
  "SESSION_EXPIRED",
]);

const BAD_REQUEST: Record<string, string> = {
  PHONE_CODE_INVALID: "The login code is wrong",
  PHONE_CODE_EXPIRED: "The login code expired or belongs to another number; request a new one",
  PHONE_CODE_EMPTY: "The login code is missing",
  PHONE_CODE_HASH_EMPTY: "phoneCodeHash is missing",
  PHONE_NUMBER_INVALID: "Telegram does not accept this phone number",
  PHONE_NUMBER_BANNED: "This phone number is banned by Telegram",
  PASSWORD_HASH_INVALID: "The 2FA password is wrong",
  SRP_ID_INVALID: "The 2FA challenge expired; send the password again",
  MESSAGE_EMPTY: "The message is empty",
  MESSAGE_TOO_LONG: "The message is longer than Telegram allows (4096 characters)",
};

const NOT_FOUND = new Set(["PEER_ID_INVALID", "USERNAME_NOT_OCCUPIED", "USERNAME_INVALID", "USER_ID_INVALID"]);

/** The text of a GramJS RPCError (`errorMessage`), or undefined for anything else. */
export function telegramErrorMessage(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { errorMessage, seconds } = error as { errorMessage?: unknown; seconds?: unknown };
  // GramJS turns FLOOD_WAIT_X into FloodWaitError {errorMessage: "FLOOD", seconds: X}.
  if (errorMessage === "FLOOD" && typeof seconds === "number") return `FLOOD_WAIT_${seconds}`;
  return typeof errorMessage === "string" && /^[A-Z0-9_]+$/.test(errorMessage) ? errorMessage : undefined;
}

export function toProxyError(error: unknown): ProxyError {
  const rpc = telegramErrorMessage(error);
  if (!rpc) {
    return { status: 503, code: "TELEGRAM_UNAVAILABLE", message: "Could not reach Telegram; try again" };
  }
  const flood = /^(?:FLOOD_WAIT|FLOOD_PREMIUM_WAIT|SLOWMODE_WAIT)_(\d+)$/.exec(rpc);
  if (flood) {
    const seconds = Math.max(1, Number(flood[1]));
    return {
      status: 429,
      code: "TELEGRAM_FLOOD_WAIT",
      message: `Telegram asks to wait ${seconds} s before this call`,
      retryAfter: seconds,
    };
  }
  const badRequest = BAD_REQUEST[rpc];
  if (badRequest) return { status: 400, code: rpc, message: badRequest };
  if (SIGNED_OUT_ERRORS.has(rpc)) {
    return { status: 401, code: "TELEGRAM_UNAUTHORIZED", message: `The Telegram session is signed out (${rpc})` };
  }
  if (rpc === "RANDOM_ID_DUPLICATE") {
    return { status: 409, code: "DUPLICATE_SEND", message: "Telegram already has a message with this clientMessageId" };
  }
  if (rpc === "SESSION_PASSWORD_NEEDED") {
    return { status: 401, code: "PASSWORD_REQUIRED", message: "This account has 2FA: send the password" };
  }
  if (NOT_FOUND.has(rpc)) return { status: 404, code: "CHAT_NOT_FOUND", message: "No such chat" };
  const telegramCode = (error as { code?: unknown }).code;
  if (telegramCode === 400) return { status: 400, code: "TELEGRAM_BAD_REQUEST", message: `Telegram refused: ${rpc}` };
  if (telegramCode === 403) return { status: 403, code: "TELEGRAM_FORBIDDEN", message: `Telegram refused: ${rpc}` };
  return { status: 503, code: "TELEGRAM_ERROR", message: `Telegram answered ${rpc}` };
}

export function failure(status: ProxyError["status"], code: string, message: string): { ok: false; error: ProxyError } {
  return { ok: false, error: { status, code, message } };
}
