import { env } from "cloudflare:test";
import { signAccessToken } from "../../api/auth/access-token.ts";
import { loadConfig } from "../../api/env.ts";

let counter = 0;

/**
 * Inserts a user straight into D1 and mints an access token for it, for tests of features that
 * need signed-in users but are not about sign-in itself.
 */
export async function createTestUser(fields: { firstName?: string; username?: string; phone?: string } = {}) {
  counter += 1;
  const userId = `usr_test${Date.now().toString(36)}${counter}`;
  const phone = fields.phone ?? `+1555${String(1_000_000 + counter).slice(-7)}`;
  const now = Date.now();
  await env.DB.prepare(
    "INSERT INTO users (id, phone, first_name, username, username_lower, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
  )
    .bind(
      userId,
      phone,
      fields.firstName ?? `User ${counter}`,
      fields.username ?? null,
      fields.username?.toLowerCase() ?? null,
      now,
      now,
    )
    .run();
  const sessionId = `ses_test${counter}`;
  const accessToken = await signAccessToken({ userId, sessionId }, loadConfig(env));
  return { userId, sessionId, phone, accessToken, authHeader: { authorization: `Bearer ${accessToken}` } };
}
