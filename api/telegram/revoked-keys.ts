import type { Bindings } from "../env.ts";
import { deleteSession } from "./store.ts";

/** Sessions handed over per scheduled run; the next run (30 min later) continues. */
const SESSIONS_PER_RUN = 200;

/**
 * Revoking an API key (`npm run apikey -- revoke`, a D1 write) stops the key at once; this, run
 * by the cron trigger, ends its sessions' Telegram logins: each session's object is told it was
 * revoked (it refuses every later call, logs out, wipes itself, and retries by its own alarm while
 * Telegram is unreachable). Once the object has taken the revocation over, the D1 row goes, so
 * this is idempotent and a failed hand-over is simply tried again next run.
 */
export async function logOutRevokedKeySessions(env: Pick<Bindings, "DB" | "TELEGRAM_SESSIONS">) {
  const { results } = await env.DB.prepare(
    `SELECT s.id, s.api_key_id FROM telegram_sessions s JOIN api_keys k ON k.id = s.api_key_id
     WHERE k.revoked_at IS NOT NULL LIMIT ?`,
  )
    .bind(SESSIONS_PER_RUN)
    .all<{ id: string; api_key_id: string }>();
  const report = { wiped: 0, pending: 0, failed: 0 };
  for (const row of results) {
    try {
      const answer = await env.TELEGRAM_SESSIONS.get(env.TELEGRAM_SESSIONS.idFromName(row.id)).revoke(row.api_key_id);
      if (!answer.ok) throw new Error(answer.code);
      await deleteSession(env.DB, row.id);
      report[answer.value.state] += 1;
    } catch (error) {
      report.failed += 1;
      console.error(JSON.stringify({ level: "error", message: "revoking a session failed", error: String(error) }));
    }
  }
  if (results.length > 0) console.log(JSON.stringify({ level: "info", message: "revoked key sessions", ...report }));
  return report;
}
