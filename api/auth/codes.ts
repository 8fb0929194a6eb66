import type { Config } from "../env.ts";
import { ApiError } from "../errors.ts";
import { enforceRateLimit } from "../rate-limit/fixed-window.ts";
import type { SmsProvider } from "../sms/index.ts";
import { newSmsCode, sameDigest, smsCodeHash } from "./secrets.ts";

export const CODE_TTL_SECONDS = 5 * 60;
export const RESEND_COOLDOWN_SECONDS = 60;
export const MAX_CODE_ATTEMPTS = 5;
const HOUR = 3600;
const DAY = 86_400;

type CodeRequest = { db: D1Database; config: Config; sms: SmsProvider; phone: string; ip: string; now: number };

/**
 * Sends a new sign-in code to `phone` (already E.164), replacing any earlier one. Order of the
 * checks: the per-IP cap first (it protects everything else), then the cooldown (a cheap read,
 * so hammering during it does not eat the phone's daily cap), then the daily cap.
 */
export async function sendSignInCode({ db, config, sms, phone, ip, now }: CodeRequest) {
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

/**
 * Checks `code` against the phone's active code. Every call spends one attempt first (in one
 * atomic UPDATE, so parallel guesses cannot share an attempt); after MAX_CODE_ATTEMPTS the code
 * is dead. A right code is consumed (deleted) so it signs in once.
 */
export async function consumeSignInCode(db: D1Database, config: Config, phone: string, code: string, now: number) {
  const expired = () =>
    ApiError.badRequest("No valid code for this number: request a new one", undefined, "CODE_EXPIRED");
  const attempt = await db
    .prepare(
      `UPDATE auth_codes SET attempts = attempts + 1
       WHERE phone = ?1 AND attempts < ?2 AND expires_at > ?3
       RETURNING code_hash, attempts`,
    )
    .bind(phone, MAX_CODE_ATTEMPTS, now)
    .first<{ code_hash: string; attempts: number }>();
  if (!attempt) throw expired();
  const submitted = await smsCodeHash(config.jwtSecret, phone, code);
  if (!sameDigest(attempt.code_hash, submitted)) {
    const attemptsLeft = MAX_CODE_ATTEMPTS - attempt.attempts;
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
