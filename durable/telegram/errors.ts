// Telegram RPC errors → the proxy's HTTP answers, as the one refusal every object answers with
// (durable/outcome.ts): plain data once it crosses Workers RPC.
import { type DomainRefusal, refuse } from "../outcome.ts";

/** Errors meaning the account is signed out: the session must show `authorized: false`. */
export const SIGNED_OUT_ERRORS = new Set([
  "AUTH_KEY_UNREGISTERED",
  "AUTH_KEY_INVALID",
  "SESSION_REVOKED",
  "USER_DEACTIVATED",
  "SESSION_EXPIRED",
  "AUTH_KEY_DUPLICATED",
]);

/**
 * Errors after which the stored auth key is useless: the DC does not know it (-404, read as
 * AUTH_KEY_INVALID), or it was used from two places at once (AUTH_KEY_DUPLICATED). The session
 * forgets it; the next sign-in makes a new one. Never retried: retrying a duplicated key only
 * repeats the error.
 */
export const DISCARDED_KEY_ERRORS = new Set(["AUTH_KEY_INVALID", "AUTH_KEY_DUPLICATED"]);

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

/** Refusals about what this account may do in a chat: 403 with Telegram's own code. */
const FORBIDDEN: Record<string, string> = {
  CHAT_WRITE_FORBIDDEN: "This account cannot post in this chat",
  CHAT_ADMIN_REQUIRED: "Only the chat's admins can do this (a channel takes posts from its admins)",
  CHANNEL_PRIVATE: "This channel is private and the account is not in it",
};

const NOT_FOUND = new Set([
  "PEER_ID_INVALID",
  "USERNAME_NOT_OCCUPIED",
  "USERNAME_INVALID",
  "USER_ID_INVALID",
  "CHANNEL_INVALID",
  "CHAT_ID_INVALID",
]);

/** The text of a GramJS RPCError (`errorMessage`), or undefined for anything else. */
export function telegramErrorMessage(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { errorMessage, seconds } = error as { errorMessage?: unknown; seconds?: unknown };
  // GramJS turns FLOOD_WAIT_X into FloodWaitError {errorMessage: "FLOOD", seconds: X}.
  if (errorMessage === "FLOOD" && typeof seconds === "number") return `FLOOD_WAIT_${seconds}`;
  return typeof errorMessage === "string" && /^[A-Z0-9_]+$/.test(errorMessage) ? errorMessage : undefined;
}

/** The refusal a failed Telegram call answers with; anything that is not Telegram's own error is 503. */
export function telegramRefusal(error: unknown): DomainRefusal {
  const rpc = telegramErrorMessage(error);
  if (!rpc) return refuse.unavailable("Could not reach Telegram; try again", "TELEGRAM_UNAVAILABLE");
  const flood = /^(?:FLOOD_WAIT|FLOOD_PREMIUM_WAIT|SLOWMODE_WAIT)_(\d+)$/.exec(rpc);
  if (flood) {
    const seconds = Math.max(1, Number(flood[1]));
    return refuse.tooManyRequests(
      `Telegram asks to wait ${seconds} s before this call`,
      seconds,
      "TELEGRAM_FLOOD_WAIT",
    );
  }
  const badRequest = BAD_REQUEST[rpc];
  if (badRequest) return refuse.badRequest(badRequest, rpc);
  if (SIGNED_OUT_ERRORS.has(rpc)) {
    return refuse.unauthorized(
      `The Telegram session is signed out (${rpc}): sign in again (send-code, verify-code)`,
      "TELEGRAM_UNAUTHORIZED",
    );
  }
  if (rpc === "RANDOM_ID_DUPLICATE") {
    return refuse.conflict("Telegram already has a message with this clientMessageId", "DUPLICATE_SEND");
  }
  if (rpc === "SESSION_PASSWORD_NEEDED") {
    return refuse.unauthorized("This account has 2FA: send the password", "PASSWORD_REQUIRED");
  }
  if (NOT_FOUND.has(rpc)) return refuse.notFound("No such chat", "CHAT_NOT_FOUND");
  const forbidden = FORBIDDEN[rpc];
  if (forbidden) return refuse.forbidden(forbidden, rpc);
  const telegramCode = (error as { code?: unknown }).code;
  if (telegramCode === 400) return refuse.badRequest(`Telegram refused: ${rpc}`, "TELEGRAM_BAD_REQUEST");
  if (telegramCode === 403) return refuse.forbidden(`Telegram refused: ${rpc}`, "TELEGRAM_FORBIDDEN");
  return refuse.unavailable(`Telegram answered ${rpc}`, "TELEGRAM_ERROR");
}
