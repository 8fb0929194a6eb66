// Which chats hold an attachment (D1 `attachment_holds`, migrations/0008_attachments.sql): the
// list a download is authorised against. A ChatDO's outbox writes it for every message sent with
// attachments and releases it when a delete-for-everyone removes the last message of the chat
// holding one; the send handler also writes it at once, so a member can download the moment the
// message arrives. Both writes are idempotent.

// The slices of D1 and R2 used here, typed structurally: Node tooling loads this module through
// durable/index.ts (holdAttachments is the Worker's too) and has no Workers types.
type Statement = { bind(...values: unknown[]): Statement; all<T>(): Promise<{ results: T[] }> };
type Database = { prepare(query: string): Statement; batch(statements: Statement[]): Promise<unknown[]> };
type Bucket = { delete(keys: string[]): Promise<void> };

/** One outbox row for the '#attachments' recipient. */
export type AttachmentChange = { kind: "hold" | "release"; chatId: string; attachmentIds: string[] };

export async function holdAttachments(db: Database, chatId: string, attachmentIds: string[], now: number) {
  if (attachmentIds.length === 0) return;
  await db.batch(
    attachmentIds.map((id) =>
      db
        .prepare("INSERT OR IGNORE INTO attachment_holds (attachment_id, chat_id, created_at) VALUES (?, ?, ?)")
        .bind(id, chatId, now),
    ),
  );
}

/**
 * Drops this chat's hold on each attachment it no longer shows, and deletes an attachment no chat
 * holds any more: its bytes from R2 first, then its row, so a failure leaves the row for the retry
 * (the outbox retries the whole change) and never orphaned bytes without one.
 */
export async function releaseAttachments(
  db: Database,
  bucket: Bucket,
  chatId: string,
  attachmentIds: string[],
  stillShown: (attachmentId: string) => boolean,
) {
  const released = attachmentIds.filter((id) => !stillShown(id));
  if (released.length === 0) return;
  await db.batch(
    released.map((id) =>
      db.prepare("DELETE FROM attachment_holds WHERE attachment_id = ? AND chat_id = ?").bind(id, chatId),
    ),
  );
  const { results } = await db
    .prepare(
      `SELECT a.id FROM attachments a WHERE a.id IN (${released.map(() => "?").join(", ")})
         AND NOT EXISTS (SELECT 1 FROM attachment_holds h WHERE h.attachment_id = a.id)`,
    )
    .bind(...released)
    .all<{ id: string }>();
  const orphans = results.map((row) => row.id);
  if (orphans.length === 0) return;
  await bucket.delete(orphans);
  await db.batch(orphans.map((id) => db.prepare("DELETE FROM attachments WHERE id = ?").bind(id)));
}

export async function applyAttachmentChanges(
  db: Database,
  bucket: Bucket,
  changes: AttachmentChange[],
  now: number,
  stillShown: (attachmentId: string) => boolean,
) {
  // In order: a hold and a later release of the same attachment must end released.
  for (const change of changes) {
    if (change.kind === "hold") await holdAttachments(db, change.chatId, change.attachmentIds, now);
    else await releaseAttachments(db, bucket, change.chatId, change.attachmentIds, stillShown);
  }
}
