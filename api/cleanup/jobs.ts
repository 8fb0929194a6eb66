import { CODE_TTL_SECONDS } from "../auth/codes.ts";

// What the scheduled cleanup deletes: every D1 table that grows with traffic, and the rule that
// says when one of its rows means nothing any more. Each rule is a WHERE clause over the table with
// `?1` = now (unix ms); the indexes of migrations/0007_cleanup.sql serve them.

export type CleanupJob = {
  name: string;
  table: string;
  where: string;
  /** The rows' `id`s are keys in the ATTACHMENTS bucket: those objects are deleted before the rows. */
  objectsInBucket?: true;
};

/** The longest rate-limit window in use (the daily caps): rows older than this are over. */
const LONGEST_WINDOW_MS = 86_400_000;
/** Revoked sessions are kept a day: long enough for support to see a recent sign-out. */
export const REVOKED_SESSION_RETENTION_MS = 86_400_000;
/** Dead outbox rows are counted by /api/v1/health for 30 days: long enough to be noticed and looked into. */
export const DEAD_LETTER_RETENTION_MS = 30 * 86_400_000;
/** An attachment no message holds is kept this long after its upload, for its sender to send it. */
export const UNSENT_ATTACHMENT_RETENTION_MS = 86_400_000;

export const cleanupJobs: CleanupJob[] = [
  {
    // A code is useless once expired; its row also holds the resend cooldown, which is shorter.
    name: "expiredAuthCodes",
    table: "auth_codes",
    where: `expires_at <= ?1 AND sent_at <= ?1 - ${CODE_TTL_SECONDS * 1000}`,
  },
  {
    name: "finishedRateLimitWindows",
    table: "rate_limits",
    where: `expires_at <= ?1 OR (expires_at IS NULL AND window_start <= ?1 - ${LONGEST_WINDOW_MS})`,
  },
  {
    // A used token is kept until it expires, so presenting it again is still detected as reuse.
    name: "expiredRefreshTokens",
    table: "refresh_tokens",
    where: "expires_at <= ?1",
  },
  {
    // Their refresh tokens go with them (ON DELETE CASCADE); their access tokens already fail,
    // since a token whose session row is missing is refused like a revoked one.
    name: "revokedSessions",
    table: "auth_sessions",
    where: `revoked_at IS NOT NULL AND revoked_at <= ?1 - ${REVOKED_SESSION_RETENTION_MS}`,
  },
  {
    // Signed in but never refreshed within the refresh token's lifetime: it can never be used again.
    name: "expiredSessions",
    table: "auth_sessions",
    where: `revoked_at IS NULL AND NOT EXISTS (
      SELECT 1 FROM refresh_tokens t WHERE t.session_id = auth_sessions.id AND t.expires_at > ?1)`,
  },
  {
    name: "oldOutboxDeadLetters",
    table: "outbox_dead_letters",
    where: `dead_at <= ?1 - ${DEAD_LETTER_RETENTION_MS}`,
  },
  {
    // Uploaded (or half-uploaded: a pending row an interrupted upload left) and never sent, or
    // no longer in any message: its bytes go from R2, then its row.
    name: "unsentAttachments",
    table: "attachments",
    where: `created_at <= ?1 - ${UNSENT_ATTACHMENT_RETENTION_MS}
      AND NOT EXISTS (SELECT 1 FROM attachment_holds h WHERE h.attachment_id = attachments.id)`,
    objectsInBucket: true,
  },
  {
    // The parts list of a multipart upload whose row the job above (or an abort) removed.
    name: "orphanedUploadParts",
    table: "attachment_parts",
    where: `created_at <= ?1 - ${UNSENT_ATTACHMENT_RETENTION_MS}
      AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.id = attachment_parts.attachment_id)`,
  },
];
