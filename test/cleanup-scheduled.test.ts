import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import {
  DEAD_LETTER_RETENTION_MS,
  PUSH_DELIVERY_RETENTION_MS,
  REVOKED_SESSION_RETENTION_MS,
} from "../api/cleanup/jobs.ts";
import worker from "../api/index.ts";
import { consumeRateLimit } from "../api/rate-limit/fixed-window.ts";
import { api, signIn } from "./helpers/sign-in.ts";

const MINUTE = 60_000;
const DAY = 86_400_000;

async function runScheduled(now: number) {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: now, cron: "*/30 * * * *" }), env, ctx);
  await waitOnExecutionContext(ctx);
}

async function ids(sql: string, ...binds: string[]): Promise<string[]> {
  const { results } = await env.DB.prepare(sql)
    .bind(...binds)
    .all<{ id: string }>();
  return results.map((row) => row.id).sort();
}

async function insertSession(
  id: string,
  userId: string,
  now: number,
  revokedAt: number | null,
  tokenExpiresAt: number,
) {
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO auth_sessions (id, user_id, device_name, platform, created_at, last_used_at, revoked_at, revoked_reason)
       VALUES (?, ?, 'phone', 'ios', ?, ?, ?, ?)`,
    ).bind(id, userId, now - 40 * DAY, now - 31 * DAY, revokedAt, revokedAt === null ? null : "logout"),
    env.DB.prepare(
      "INSERT INTO refresh_tokens (token_hash, session_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
    ).bind(`hash-${id}`, id, now - 31 * DAY, tokenExpiresAt),
  ]);
}

describe("the scheduled cleanup (cron trigger)", () => {
  it("deletes expired codes, finished rate-limit windows and dead sessions, and keeps everything still live", async () => {
    const now = Date.now();
    const live = await signIn("+14155550171");
    const userId = live.user.id;

    // Sign-in codes: one expired long ago, one pending.
    await env.DB.batch([
      env.DB.prepare(
        "INSERT INTO auth_codes (phone, code_hash, attempts, sent_at, expires_at) VALUES ('+14155550172', 'x', 0, ?, ?)",
      ).bind(now - 20 * MINUTE, now - 15 * MINUTE),
      env.DB.prepare(
        "INSERT INTO auth_codes (phone, code_hash, attempts, sent_at, expires_at) VALUES ('+14155550173', 'x', 0, ?, ?)",
      ).bind(now - MINUTE, now + 4 * MINUTE),
    ]);
    // Rate limits: a minute window that ended, a day window still open, and a row from before
    // expires_at existed (its window started two days ago).
    await consumeRateLimit(env.DB, { key: "cleanup:ended", limit: 5, windowSeconds: 60 }, now - 10 * MINUTE);
    await consumeRateLimit(env.DB, { key: "cleanup:open", limit: 5, windowSeconds: 86_400 }, now);
    await env.DB.prepare("INSERT INTO rate_limits (key, window_start, count) VALUES ('cleanup:legacy', ?, 1)")
      .bind(now - 2 * DAY)
      .run();
    // Sessions: revoked long ago, revoked just now, signed in but never refreshed for 31 days.
    await insertSession("ses_revoked_old", userId, now, now - REVOKED_SESSION_RETENTION_MS - MINUTE, now + DAY);
    await insertSession("ses_revoked_recent", userId, now, now - MINUTE, now + DAY);
    await insertSession("ses_expired", userId, now, null, now - DAY);

    // Dead outbox rows: one from last month, one from today (health still counts it).
    const deadLetter = env.DB.prepare(
      `INSERT INTO outbox_dead_letters (chat_id, outbox_id, recipient, event_id, kind, attempts, dead_at)
       VALUES ('grp_cleanup', ?, 'usr_x', 1, 'newMessage', 12, ?)`,
    );
    await env.DB.batch([deadLetter.bind(1, now - DEAD_LETTER_RETENTION_MS - MINUTE), deadLetter.bind(2, now - MINUTE)]);
    // Push bookkeeping: a (job, device) pair done long ago and one done today; dead pushes likewise.
    const delivery = env.DB.prepare(
      "INSERT INTO push_deliveries (job_id, device_id, outcome, done_at) VALUES (?, 'pdv_x', 'sent', ?)",
    );
    await env.DB.batch([delivery.bind("old", now - PUSH_DELIVERY_RETENTION_MS - MINUTE), delivery.bind("new", now)]);
    const deadPush = env.DB.prepare(
      "INSERT INTO push_dead_letters (job_id, device_id, provider, reason, attempts, dead_at) VALUES (?, 'pdv_x', 'apns', 'apns 403', 6, ?)",
    );
    await env.DB.batch([deadPush.bind("old", now - DEAD_LETTER_RETENTION_MS - MINUTE), deadPush.bind("new", now)]);

    await runScheduled(now);

    expect(await ids("SELECT phone AS id FROM auth_codes WHERE phone LIKE '+1415555017%'")).toEqual(["+14155550173"]);
    expect(await ids("SELECT key AS id FROM rate_limits WHERE key LIKE 'cleanup:%'")).toEqual(["cleanup:open"]);
    // Each query reads this test's rows only: other test files may have run in this runtime before.
    expect(await ids("SELECT id FROM auth_sessions WHERE user_id = ?", userId)).toEqual(
      [live.sessionId, "ses_revoked_recent"].sort(),
    );
    // The dead sessions' refresh tokens went with them; the live one's did not.
    expect(
      await ids(
        `SELECT session_id AS id FROM refresh_tokens WHERE session_id IN (SELECT id FROM auth_sessions WHERE user_id = ?)
           OR session_id IN ('ses_revoked_old', 'ses_expired')`,
        userId,
      ),
    ).toEqual([live.sessionId, "ses_revoked_recent"].sort());

    expect(
      await ids("SELECT CAST(outbox_id AS TEXT) AS id FROM outbox_dead_letters WHERE chat_id = 'grp_cleanup'"),
    ).toEqual(["2"]);
    expect(await ids("SELECT job_id AS id FROM push_deliveries WHERE device_id = 'pdv_x'")).toEqual(["new"]);
    expect(await ids("SELECT job_id AS id FROM push_dead_letters WHERE device_id = 'pdv_x'")).toEqual(["new"]);

    // The signed-in user noticed nothing: the access token and the refresh token still work.
    expect((await api("GET", "/me", { token: live.accessToken })).status).toBe(200);
    const refreshed = await api("POST", "/auth/refresh", { body: { refreshToken: live.refreshToken } });
    expect(refreshed.status).toBe(200);
  });

  it("a second run finds nothing more to delete", async () => {
    const before = await env.DB.prepare("SELECT COUNT(*) AS n FROM auth_sessions").first<{ n: number }>();
    await runScheduled(Date.now());
    const after = await env.DB.prepare("SELECT COUNT(*) AS n FROM auth_sessions").first<{ n: number }>();
    expect(after?.n).toBe(before?.n);
  });
});
