import type { Attachment } from "../../openapi/attachment-types.ts";

// The attachments' metadata in D1 (migrations/0008_attachments.sql). The bytes are in R2 under the
// attachment's id.

export type AttachmentRow = {
  id: string;
  owner_id: string;
  /** closed: a presigned upload rejected or expired, kept (size 0) for the cleanup (migrations/0015). */
  state: "pending" | "ready" | "closed";
  name: string;
  size: number;
  mime_type: string;
  declared_type: string;
  sha256: string | null;
  /** R2's upload id while a multipart upload is open. */
  multipart_upload_id: string | null;
  /** While a presigned upload is open: when its URL stops working (unix ms). */
  presigned_until: number | null;
  created_at: number;
};

export type Quota = { dailyBytes: number; totalBytes: number };

export function newAttachmentId(): string {
  return `att_${crypto.randomUUID().replace(/-/g, "")}`;
}

export function toAttachment(row: AttachmentRow): Attachment {
  return { id: row.id, name: row.name, size: row.size, mimeType: row.mime_type, sha256: row.sha256 ?? "" };
}

/** Unix ms of the UTC midnight that starts `now`'s day: the daily quota's window. */
export function dayStart(now: number): number {
  return now - (now % 86_400_000);
}

/**
 * Records a pending upload of `size` bytes if it fits the owner's quota, in one statement (so two
 * parallel uploads cannot both slip under it). Answers which quota it would break otherwise.
 */
export async function reservePending(
  db: D1Database,
  row: Omit<AttachmentRow, "state" | "sha256" | "multipart_upload_id" | "presigned_until">,
  quota: Quota,
): Promise<"reserved" | "daily" | "total"> {
  const since = dayStart(row.created_at);
  const result = await db
    .prepare(
      `INSERT INTO attachments (id, owner_id, state, name, size, mime_type, declared_type, sha256, created_at)
       SELECT ?1, ?2, 'pending', ?3, ?4, ?5, ?6, NULL, ?7
       WHERE (SELECT COALESCE(SUM(size), 0) FROM attachments WHERE owner_id = ?2) + ?4 <= ?8
         AND (SELECT COALESCE(SUM(size), 0) FROM attachments WHERE owner_id = ?2 AND created_at >= ?9) + ?4 <= ?10`,
    )
    .bind(
      row.id,
      row.owner_id,
      row.name,
      row.size,
      row.mime_type,
      row.declared_type,
      row.created_at,
      quota.totalBytes,
      since,
      quota.dailyBytes,
    )
    .run();
  if (result.meta.changes === 1) return "reserved";
  const used = await db
    .prepare("SELECT COALESCE(SUM(size), 0) AS total FROM attachments WHERE owner_id = ?")
    .bind(row.owner_id)
    .first<{ total: number }>();
  return (used?.total ?? 0) + row.size > quota.totalBytes ? "total" : "daily";
}

export async function markReady(
  db: D1Database,
  id: string,
  stored: { size: number; mimeType: string; sha256: string },
): Promise<AttachmentRow | null> {
  return db
    .prepare("UPDATE attachments SET state = 'ready', size = ?, mime_type = ?, sha256 = ? WHERE id = ? RETURNING *")
    .bind(stored.size, stored.mimeType, stored.sha256, id)
    .first<AttachmentRow>();
}

export async function forgetAttachment(db: D1Database, id: string): Promise<void> {
  await db.batch([
    db.prepare("DELETE FROM attachment_parts WHERE attachment_id = ?").bind(id),
    db.prepare("DELETE FROM attachment_holds WHERE attachment_id = ?").bind(id),
    db.prepare("DELETE FROM attachments WHERE id = ?").bind(id),
  ]);
}

export async function findAttachment(db: D1Database, id: string): Promise<AttachmentRow | null> {
  return db.prepare("SELECT * FROM attachments WHERE id = ?").bind(id).first<AttachmentRow>();
}

/** The rows of `ids` that exist (at most MAX_ATTACHMENTS, well under D1's 100 parameters). */
export async function findAttachments(db: D1Database, ids: string[]): Promise<Map<string, AttachmentRow>> {
  if (ids.length === 0) return new Map();
  const { results } = await db
    .prepare(`SELECT * FROM attachments WHERE id IN (${ids.map(() => "?").join(", ")})`)
    .bind(...ids)
    .all<AttachmentRow>();
  return new Map(results.map((row) => [row.id, row]));
}

/** Most chats asked whether a download may go ahead: an attachment forwarded further is rare. */
const MAX_HOLDS_CHECKED = 50;

/** The chats where an attachment was sent, most recent first. */
export async function holdingChats(db: D1Database, id: string): Promise<string[]> {
  const { results } = await db
    .prepare("SELECT chat_id FROM attachment_holds WHERE attachment_id = ? ORDER BY created_at DESC LIMIT ?")
    .bind(id, MAX_HOLDS_CHECKED)
    .all<{ chat_id: string }>();
  return results.map((row) => row.chat_id);
}
