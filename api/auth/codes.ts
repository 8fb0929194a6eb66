import type { Config } from "../env.ts";
import { ApiError } from "../errors.ts";
import { consumeRateLimit, enforceRateLimit, peekRateLimit, type RateLimit } from "../rate-limit/fixed-window.ts";
import type { SmsProvider } from "../sms/index.ts";
import { signInNumberRefusal } from "./phone.ts";
import { newSmsCode, sameDigest, smsCodeHash } from "./secrets.ts";

export const CODE_TTL_SECONDS = 5 * 60;
export const RESEND_COOLDOWN_SECONDS = 60;
/** Wrong guesses one client (IP bucket) may make at one code. */
export const MAX_CODE_ATTEMPTS = 5;
/**
 * Wrong guesses one code takes from all clients together before it dies. Above the per-client 5,
 * so one client cannot kill a victim's code; low enough that guessing a six-digit code stays
 * hopeless (25 in 10^6 per code, and every code costs the guessers a send).
 */
export const MAX_CODE_ATTEMPTS_ALL_CLIENTS = 25;
const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

/** `ip` is the client's rate-limit bucket (api/auth/client-ip.ts), not the raw header. */
type CodeRequest = { db: D1Database; config: Config; sms: SmsProvider; phone: string; ip: string; now: number };

/**
 * Sends a new sign-in code to `phone` (already E.164), replacing any earlier one. Order of the
 * checks: what may never be texted (number type, country) first, then the per-IP cap (it
 * protects everything else), then the cooldown (a cheap read, so hammering during it does not
 * eat the phone's caps), then this client's share of the phone's day, the global hourly cap,
 * and the phone's daily cap. One client alone reaches only its share of the phone's day, so it
 * cannot lock the number out.
 */
export async function sendSignInCode({ db, config, sms, phone, ip, now }: CodeRequest) {
  const refusal = config.authTestNumbers.has(phone) ? null : signInNumberRefusal(phone, config.authAllowedCountries);
  if (refusal) throw ApiError.badRequest(refusal.message, undefined, refusal.code);
  await enforceRateLimit(
    db,
    { key: `auth:code:ip:${ip}`, limit: config.limits.authCodeHourlyPerIp, windowSeconds: HOUR },
    now,
    "Too many codes requested from this network; try again later",
  );
  const cooldownEnds = (sentAt: number) => sentAt + RESEND_COOLDOWN_SECONDS * 1000;
  const current = await db
    .prepare("SELECT sent_at FROM auth_codes WHERE phone = ?")
    .bind(phone)
    .first<{ sent_at: number }>();
  if (current && cooldownEnds(current.sent_at) > now) {
    throw ApiError.tooManyRequests(
      (cooldownEnds(current.sent_at) - now) / 1000,
      "A code was just sent; wait before asking again",
    );
  }
  await enforceRateLimit(
    db,
    {
      key: `auth:code:phone-ip:${phone}:${ip}`,
      limit: config.limits.authCodeDailyPerPhonePerIp,
      windowSeconds: DAY,
    },
    now,
    "Too many codes requested for this number from this network today",
  );
  await enforceRateLimit(
    db,
    { key: "auth:code:global", limit: config.limits.authCodeHourlyGlobal, windowSeconds: HOUR },
    now,
    "Sign-in codes are paused for a while; try again later",
  );
  await enforceRateLimit(
    db,
    { key: `auth:code:phone:${phone}`, limit: config.limits.authCodeDailyPerPhone, windowSeconds: DAY },
    now,
    "Too many codes sent to this number today",
  );

  // Test numbers (development and tests only; api/env.ts refuses them in production) have a
  // fixed code and are never texted.
  const fixedCode = config.authTestNumbers.get(phone);
  const code = fixedCode ?? newSmsCode();
  const codeHash = await smsCodeHash(config.jwtSecret, phone, code);
  // The WHERE makes the cooldown hold under concurrency: of two racing sends, one replaces the code.
  const stored = await db
    .prepare(
      `INSERT INTO auth_codes (phone, code_hash, attempts, sent_at, expires_at) VALUES (?1, ?2, 0, ?3, ?4)
       ON CONFLICT(phone) DO UPDATE SET code_hash = excluded.code_hash, attempts = 0,
         sent_at = excluded.sent_at, expires_at = excluded.expires_at
       WHERE auth_codes.sent_at <= ?5
       RETURNING phone`,
    )
    .bind(phone, codeHash, now, now + CODE_TTL_SECONDS * 1000, now - RESEND_COOLDOWN_SECONDS * 1000)
    .first();
  if (!stored)
    throw ApiError.tooManyRequests(RESEND_COOLDOWN_SECONDS, "A code was just sent; wait before asking again");

  if (!fixedCode) {
    try {
      await sms.send({
        to: phone,
        body: `Your BIG Messenger code is ${code}. It expires in 5 minutes. Never share it with anyone.`,
      });
    } catch (error) {
      // Nobody received this code: drop it, so the caller may try again without waiting.
      await db.prepare("DELETE FROM auth_codes WHERE phone = ? AND code_hash = ?").bind(phone, codeHash).run();
      throw error;
    }
  }
  return { phone, expiresIn: CODE_TTL_SECONDS, resendAfter: RESEND_COOLDOWN_SECONDS };
}

/** The budgets of wrong codes that are not tied to one code: per client, and all clients together. */
function failureBudgets(config: Config, ip: string): { limit: RateLimit; message: string }[] {
  return [
    {
      limit: {
        key: `auth:verify:fail:ip:${ip}`,
        limit: config.limits.authVerifyFailuresHourlyPerIp,
        windowSeconds: HOUR,
      },
      message: "Too many wrong codes from this network; try again later",
    },
    {
      limit: {
        key: "auth:verify:fail:global",
        limit: config.limits.authVerifyFailuresPerMinuteGlobal,
        windowSeconds: MINUTE,
      },
      message: "Too many wrong codes right now; try again in a minute",
    },
  ];
}

type VerifyRequest = { db: D1Database; config: Config; phone: string; code: string; ip: string; now: number };

/**
 * Checks `code` against the phone's active code, for the client `ip` (its rate-limit bucket).
 *
 * A client already over a failure budget (its own hourly one, or the global per-minute one) gets
 * 429 before anything is tried. Each try then spends one of this client's MAX_CODE_ATTEMPTS on
 * this code and one of the code's MAX_CODE_ATTEMPTS_ALL_CLIENTS (each in one atomic write, so
 * parallel guesses cannot share an attempt). A stranger's wrong guesses therefore use up the
 * stranger's attempts, not the owner's. A right code is consumed (deleted) so it signs in once;
 * a wrong or missing one is charged to the failure budgets.
 */
export async function consumeSignInCode({ db, config, phone, code, ip, now }: VerifyRequest) {
  const budgets = failureBudgets(config, ip);
  for (const { limit, message } of budgets) {
    const budget = await peekRateLimit(db, limit, now);
    if (!budget.allowed) throw ApiError.tooManyRequests(budget.retryAfterSeconds, message);
  }
  try {
    await checkCode(db, config, phone, code, ip, now);
  } catch (error) {
    for (const { limit } of budgets) await consumeRateLimit(db, limit, now);
    throw error;
  }
}

async function checkCode(db: D1Database, config: Config, phone: string, code: string, ip: string, now: number) {
  const expired = () =>
    ApiError.badRequest("No valid code for this number: request a new one", undefined, "CODE_EXPIRED");
  const active = await db
    .prepare("SELECT sent_at FROM auth_codes WHERE phone = ? AND expires_at > ?")
    .bind(phone, now)
    .first<{ sent_at: number }>();
  if (!active) throw expired();
  // This client's attempts at this code: a window that opens when the code was sent and lasts as long as it.
  const mine = await consumeRateLimit(
    db,
    {
      key: `auth:verify:code:${phone}:${active.sent_at}:${ip}`,
      limit: MAX_CODE_ATTEMPTS,
      windowSeconds: CODE_TTL_SECONDS,
      startsAt: active.sent_at,
    },
    now,
  );
  if (!mine.allowed) throw expired();
  const attempt = await db
    .prepare(
      `UPDATE auth_codes SET attempts = attempts + 1
       WHERE phone = ?1 AND sent_at = ?2 AND attempts < ?3 AND expires_at > ?4
       RETURNING code_hash, attempts`,
    )
    .bind(phone, active.sent_at, MAX_CODE_ATTEMPTS_ALL_CLIENTS, now)
    .first<{ code_hash: string; attempts: number }>();
  if (!attempt) throw expired();
  const submitted = await smsCodeHash(config.jwtSecret, phone, code);
  if (!sameDigest(attempt.code_hash, submitted)) {
    const attemptsLeft = Math.min(mine.remaining, MAX_CODE_ATTEMPTS_ALL_CLIENTS - attempt.attempts);
    throw ApiError.badRequest(
      attemptsLeft > 0 ? "Wrong code" : "Wrong code, and no attempts are left: request a new one",
      { attemptsLeft },
      "CODE_INVALID",
    );
  }
  const consumed = await db
    .prepare("DELETE FROM auth_codes WHERE phone = ? AND code_hash = ? RETURNING phone")
    .bind(phone, attempt.code_hash)
    .first();
  if (!consumed) throw expired();
}
