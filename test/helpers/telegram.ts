// Helpers for the Telegram proxy's end-to-end tests: REST → Worker → TelegramSessionDO → GramJS
// → the loopback DC started by test/setup/telegram-dc.ts.
import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { insertApiKeySql, newApiKey } from "../../api/auth/api-keys.ts";

export const BASE = "http://gateway/api/telegram-proxy";

/** Makes an API key the way `npm run apikey -- create` does (same SQL) and returns its header. */
export async function createTestApiKey(name = "test key") {
  const { id, key, keyHash } = await newApiKey();
  await env.DB.prepare(insertApiKeySql({ id, name, keyHash, createdAt: Date.now() })).run();
  return { id, key, headers: { authorization: `Bearer ${key}` } };
}

export type Headers = Record<string, string>;

export async function call(method: string, path: string, headers: Headers, body?: unknown) {
  const response = await exports.default.fetch(`${BASE}${path}`, {
    method,
    headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the envelope holds
  const json = (await response.json()) as any;
  return { status: response.status, json, headers: response.headers };
}

export async function createSession(headers: Headers): Promise<string> {
  const created = await call("POST", "/sessions", headers);
  if (created.status !== 201) throw new Error(`create session: ${created.status} ${JSON.stringify(created.json)}`);
  return created.json.data.sessionId;
}

/** The loopback DC's test convention: 99966XYYYY signs in with X repeated five times. */
export const codeFor = (phone: string) => (phone.replace(/\D/g, "")[5] ?? "0").repeat(5);

/** A new session signed in to `phone` (an account without 2FA). */
export async function signedInSession(headers: Headers, phone: string) {
  const sessionId = await createSession(headers);
  const sent = await call("POST", "/auth/send-code", headers, { sessionId, phoneNumber: phone });
  if (sent.status !== 200) throw new Error(`send-code: ${sent.status} ${JSON.stringify(sent.json)}`);
  const verified = await call("POST", "/auth/verify-code", headers, {
    sessionId,
    phoneNumber: phone,
    phoneCodeHash: sent.json.data.phoneCodeHash,
    code: codeFor(phone),
  });
  if (verified.status !== 200 || !verified.json.data.authorized) {
    throw new Error(`verify-code: ${verified.status} ${JSON.stringify(verified.json)}`);
  }
  return { sessionId, user: verified.json.data };
}

/** The loopback DC's control API (fault injection, other-device actions). Not part of Telegram. */
export async function dcControl(method: string, path: string, body?: unknown) {
  const response = await fetch(`${env.TELEGRAM_DC_CONTROL_URL}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`DC control ${method} ${path}: ${response.status}`);
  // biome-ignore lint/suspicious/noExplicitAny: the control API's small JSON answers
  return (await response.json()) as any;
}
