import { type DataExport, EXPORT_BUILD_TIMEOUT_MS, EXPORT_RETENTION_MS } from "../../openapi/exports.ts";

type ExportRow = {
  id: string;
  user_id: string;
  status: "building" | "ready" | "failed";
  r2_key: string;
  size_bytes: number | null;
  error: string | null;
  created_at: number;
  completed_at: number | null;
};

export function toDataExport(row: ExportRow, now: number): DataExport {
  // A build its Worker never finished (stopped, out of time) is reported as failed.
  const status = row.status === "building" && row.created_at < now - EXPORT_BUILD_TIMEOUT_MS ? "failed" : row.status;
  return {
    id: row.id,
    status,
    createdAt: row.created_at,
    completedAt: row.completed_at,
    sizeBytes: row.size_bytes,
    downloadUrl: status === "ready" ? `/api/v1/me/export/${row.id}/download` : null,
    expiresAt: row.created_at + EXPORT_RETENTION_MS,
  };
}

/** The caller's export, if it is theirs and not expired. */
export async function findExport(db: D1Database, userId: string, id: string, now: number): Promise<ExportRow | null> {
  return db
    .prepare("SELECT * FROM data_exports WHERE id = ? AND user_id = ? AND created_at > ?")
    .bind(id, userId, now - EXPORT_RETENTION_MS)
    .first<ExportRow>();
}

/** The caller's build in progress, if any. */
export async function buildingExport(db: D1Database, userId: string, now: number): Promise<ExportRow | null> {
  return db
    .prepare(
      "SELECT * FROM data_exports WHERE user_id = ? AND status = 'building' AND created_at > ? ORDER BY created_at DESC LIMIT 1",
    )
    .bind(userId, now - EXPORT_BUILD_TIMEOUT_MS)
    .first<ExportRow>();
}

export async function insertExport(db: D1Database, userId: string, now: number): Promise<ExportRow> {
  const id = `exp_${crypto.randomUUID().replace(/-/g, "").slice(0, 24)}`;
  const row: ExportRow = {
    id,
    user_id: userId,
    status: "building",
    // One object per user, replaced by each new export: R2 holds at most one archive per user.
    r2_key: `exports/${userId}.json`,
    size_bytes: null,
    error: null,
    created_at: now,
    completed_at: null,
  };
  await db
    .prepare("INSERT INTO data_exports (id, user_id, status, r2_key, created_at) VALUES (?, ?, 'building', ?, ?)")
    .bind(id, userId, row.r2_key, now)
    .run();
  return row;
}

export async function finishExport(
  db: D1Database,
  id: string,
  result: { sizeBytes: number } | { error: string },
  now: number,
) {
  if ("error" in result) {
    await db
      .prepare("UPDATE data_exports SET status = 'failed', error = ?, completed_at = ? WHERE id = ?")
      .bind(result.error, now, id)
      .run();
  } else {
    await db
      .prepare("UPDATE data_exports SET status = 'ready', size_bytes = ?, completed_at = ? WHERE id = ?")
      .bind(result.sizeBytes, now, id)
      .run();
  }
}
