// Which chats hold an attachment (D1 `attachment_holds`, migrations/0008_attachments.sql): the
// list a download is authorised against, and what keeps the cleanup of unsent uploads away. A
// ChatDO's outbox writes it for every message sent (or scheduled) with attachments and releases it
// when a delete-for-everyone removes the last message of the chat holding one; a cancelled
// scheduled message only drops its hold. The send handler also writes it at once, so a member can
// download the moment the message arrives. Every write is idempotent. A hold alone lets nobody
// download: the chat must also show the file in a message (ChatStore.showsAttachment).

// The slices of D1 and R2 used here, typed structurally: Node tooling loads this module through
// durable/index.ts (holdAttachments is the Worker's too) and has no Workers types.
type Statement = { bind(...values: unknown[]): Statement; all<T>(): Promise<{ results: T[] }> };
type Database = { prepare(query: string): Statement; batch(statements: Statement[]): Promise<unknown[]> };
type Bucket = { delete(keys: string[]): Promise<void> };

/**
 * The R2 keys of an attachment: its bytes under its id, and the cached thumbnail beside them
 * (api/attachments/thumbnail.ts). Whatever deletes an attachment deletes all of them.
 */
export function attachmentObjectKeys(attachmentId: string): string[] {
  return [attachmentId, thumbnailKey(attachmentId)];
}

export function thumbnailKey(attachmentId: string): string {
  return `${attachmentId}/thumb.webp`;
}

/**
 * One outbox row for the '#attachments' recipient. `release` drops the chat's hold and deletes a
 * file no chat holds any more (delete-for-everyone: the file is gone for everyone); `unhold` only
 * drops the hold (a cancelled scheduled message: the file is unsent again, and the 24 h cleanup of
 * unsent uploads decides).
 */
export type AttachmentChange = { kind: "hold" | "release" | "unhold"; chatId: string; attachmentIds: string[] };

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
  stillHeld: (attachmentId: string) => boolean,
  deleteOrphans = true,
) {
  const released = attachmentIds.filter((id) => !stillHeld(id));
  if (released.length === 0) return;
  await db.batch(
    released.map((id) =>
      db.prepare("DELETE FROM attachment_holds WHERE attachment_id = ? AND chat_id = ?").bind(id, chatId),
    ),
  );
  if (!deleteOrphans) return;
  const { results } = await db
    .prepare(
      `SELECT a.id FROM attachments a WHERE a.id IN (${released.map(() => "?").join(", ")})
         AND NOT EXISTS (SELECT 1 FROM attachment_holds h WHERE h.attachment_id = a.id)`,
    )
    .bind(...released)
    .all<{ id: string }>();
  const orphans = results.map((row) => row.id);
  if (orphans.length === 0) return;
  await bucket.delete(orphans.flatMap(attachmentObjectKeys));
  await db.batch(orphans.map((id) => db.prepare("DELETE FROM attachments WHERE id = ?").bind(id)));
}

export async function applyAttachmentChanges(
  db: Database,
  bucket: Bucket,
  changes: AttachmentChange[],
  now: number,
  /** Whether the chat still needs the file: a message shows it, or a scheduled message will send it. */
  stillHeld: (attachmentId: string) => boolean,
) {
  // In order: a hold and a later release of the same attachment must end released.
  for (const change of changes) {
    if (change.kind === "hold") await holdAttachments(db, change.chatId, change.attachmentIds, now);
    else {
      const deleteOrphans = change.kind === "release";
      await releaseAttachments(db, bucket, change.chatId, change.attachmentIds, stillHeld, deleteOrphans);
    }
  }
}
