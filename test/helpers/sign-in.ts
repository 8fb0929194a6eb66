import { exports } from "cloudflare:workers";
import { expect } from "vitest";
import { TWILIO_PEER_BASE } from "../peers/twilio.ts";

export type SignInData = {
  accessToken: string;
  accessTokenExpiresIn: number;
  refreshToken: string;
  sessionId: string;
  isNewUser: boolean;
  user: { id: string; phone: string; firstName: string; lastName: string; username: string | null; bio: string };
};

/** Calls the real Worker with a JSON body (and an optional client IP / bearer token). */
export function api(
  method: string,
  path: string,
  options: { body?: unknown; ip?: string; token?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.ip) headers["cf-connecting-ip"] = options.ip;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return exports.default.fetch(`http://gateway/api/v1${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}

/** Every SMS the local Twilio peer received for `phone` (E.164), oldest first. */
export async function sentMessages(phone: string): Promise<{ body: string; from: string | null }[]> {
  const res = await fetch(`${TWILIO_PEER_BASE}/__peer/messages?to=${encodeURIComponent(phone)}`);
  return ((await res.json()) as { messages: { body: string; from: string | null }[] }).messages;
}

/** The code in the latest SMS the peer received for `phone`. */
export async function latestCode(phone: string): Promise<string> {
  const messages = await sentMessages(phone);
  const match = /\b(\d{6})\b/.exec(messages.at(-1)?.body ?? "");
  if (!match?.[1]) throw new Error(`no code was texted to ${phone}`);
  return match[1];
}

let ipCounter = 0;
/**
 * A fresh client IP, so tests do not share the per-IP cap unless they mean to. Test files share a
 * runtime (vitest.config.ts), so the addresses come from 198.18.0.0/16 (reserved for testing),
 * 65,536 of them, apart from the fixed 198.51.100.x that tests of the per-IP limits use.
 */
export function freshIp(): string {
  ipCounter += 1;
  return `198.18.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

/** The whole flow through the API: text a code, read it from the peer, verify it. */
export async function signIn(phone: string, device = { name: "Test phone", platform: "ios" }): Promise<SignInData> {
  const sent = await api("POST", "/auth/code", { body: { phone }, ip: freshIp() });
  expect(sent.status).toBe(200);
  const code = await latestCode(phone);
  const res = await api("POST", "/auth/verify", { body: { phone, code, device } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { data: SignInData }).data;
}

/** Lets a code be sent again at once: moves the last send back past the cooldown. */
export async function skipCooldown(db: D1Database, phone: string) {
  await db.prepare("UPDATE auth_codes SET sent_at = sent_at - 61000 WHERE phone = ?").bind(phone).run();
}
