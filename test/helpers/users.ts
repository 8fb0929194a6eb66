import { env } from "cloudflare:test";
import { signAccessToken } from "../../api/auth/access-token.ts";
import { loadConfig } from "../../api/env.ts";

let counter = 0;

/**
 * Inserts a user straight into D1, with a live sign-in session (the bearer authenticator checks
 * that an access token's session exists and is not revoked), and mints an access token for it:
 * for tests of features that need signed-in users but are not about sign-in itself.
 * Default phones are valid numbers (+1 303 555 0xxx, fictional but well-formed).
 */
export async function createTestUser(fields: { firstName?: string; username?: string; phone?: string } = {}) {
  counter += 1;
  const userId = `usr_test${Date.now().toString(36)}${counter}`;
  const phone = fields.phone ?? `+1303555${String(counter).padStart(4, "0")}`;
  const now = Date.now();
  const sessionId = `ses_test${Date.now().toString(36)}${counter}`;
  await env.DB.batch([
    env.DB.prepare(
      "INSERT INTO users (id, phone, first_name, username, username_lower, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ).bind(
      userId,
      phone,
      fields.firstName ?? `User ${counter}`,
      fields.username ?? null,
      fields.username?.toLowerCase() ?? null,
      now,
      now,
    ),
    env.DB.prepare(
      "INSERT INTO auth_sessions (id, user_id, device_name, platform, created_at, last_used_at) VALUES (?, ?, 'test', 'other', ?, ?)",
    ).bind(sessionId, userId, now, now),
  ]);
  const accessToken = await signAccessToken({ userId, sessionId }, loadConfig(env));
  return { userId, sessionId, phone, accessToken, authHeader: { authorization: `Bearer ${accessToken}` } };
}
