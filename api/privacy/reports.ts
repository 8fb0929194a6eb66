// Reported messages, kept in D1 for moderation (migrations/0012_privacy_blocks.sql).

export type Report = {
  reporterId: string;
  chatId: string;
  seq: number;
  senderId: string;
  text: string;
  reason: string;
  comment: string;
};

/** Stores the report; a second report of the same message by the same user answers the first. */
export async function storeReport(db: D1Database, report: Report, now: number): Promise<string> {
  const id = `rep_${crypto.randomUUID().replace(/-/g, "")}`;
  await db
    .prepare(
      `INSERT INTO message_reports (id, reporter_id, chat_id, seq, sender_id, text, reason, comment, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(reporter_id, chat_id, seq) DO NOTHING`,
    )
    .bind(
      id,
      report.reporterId,
      report.chatId,
      report.seq,
      report.senderId,
      report.text,
      report.reason,
      report.comment,
      now,
    )
    .run();
  const stored = await db
    .prepare("SELECT id FROM message_reports WHERE reporter_id = ? AND chat_id = ? AND seq = ?")
    .bind(report.reporterId, report.chatId, report.seq)
    .first<{ id: string }>();
  return stored?.id ?? id;
}
