import { DEAD_LETTER_RETENTION_MS } from "../../durable/index.ts";
import { EXPORT_RETENTION_MS } from "../../openapi/exports.ts";
import { CODE_TTL_SECONDS } from "../auth/codes.ts";

export { DEAD_LETTER_RETENTION_MS };

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
/** Longer than a push can spend being retried (6 attempts, each delay at most 12 h). */
export const PUSH_DELIVERY_RETENTION_MS = 4 * 86_400_000;

/** Reported messages are kept 90 days for the moderators, then go like any other copy. */
export const MESSAGE_REPORT_RETENTION_MS = 90 * 86_400_000;
/** API-key usage is kept for 90 days (the admin API shows today's; older rows are for support). */
export const API_KEY_USAGE_RETENTION_DAYS = 90;
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
    // A budget row counts one UTC day: untouched for two days, its day is over (a turn that ran
    // across midnight settles into the day it reserved in, at most a turn timeout later).
    name: "pastAiTokenBudgets",
    table: "ai_token_usage",
    where: `updated_at <= ?1 - ${2 * LONGEST_WINDOW_MS}`,
  },
  {
    name: "oldOutboxDeadLetters",
    table: "outbox_dead_letters",
    where: `dead_at <= ?1 - ${DEAD_LETTER_RETENTION_MS}`,
  },
  {
    // A pair is remembered only while the queue may still redeliver its message.
    name: "oldPushDeliveries",
    table: "push_deliveries",
    where: `done_at <= ?1 - ${PUSH_DELIVERY_RETENTION_MS}`,
  },
  {
    name: "oldPushDeadLetters",
    table: "push_dead_letters",
    where: `dead_at <= ?1 - ${DEAD_LETTER_RETENTION_MS}`,
  },
  {
    // Unanswered group invitations lapse after INVITATION_TTL_MS (api/groups/invitations.ts).
    name: "expiredGroupInvitations",
    table: "group_invitations",
    where: "expires_at <= ?1",
  },
  {
    name: "oldMessageReports",
    table: "message_reports",
    where: `created_at <= ?1 - ${MESSAGE_REPORT_RETENTION_MS}`,
  },
  {
    // Past its retention an export can no longer be downloaded (the download refuses it already).
    name: "expiredDataExports",
    table: "data_exports",
    where: `created_at <= ?1 - ${EXPORT_RETENTION_MS}`,
  },
  {
    // `day` is YYYY-MM-DD (UTC), so a text comparison orders it; migrations/0013 indexes it.
    name: "oldApiKeyUsage",
    table: "api_key_usage",
    where: `day < strftime('%Y-%m-%d', ?1 / 1000 - ${API_KEY_USAGE_RETENTION_DAYS * 86_400}, 'unixepoch')`,
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
