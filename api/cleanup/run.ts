import { attachmentObjectKeys } from "../../durable/index.ts";
import { type CleanupJob, cleanupJobs } from "./jobs.ts";

/** Rows deleted per statement, and statements per job per run: a run stays short, the next continues. */
const CHUNK = 500;
const MAX_CHUNKS_PER_JOB = 20;

export type CleanupReport = Record<string, number>;

/** What the cleanup deletes from: D1, and the R2 bucket whose keys some tables hold. */
export type CleanupStores = { db: D1Database; attachments: R2Bucket };

async function runJob(stores: CleanupStores, job: CleanupJob, now: number): Promise<number> {
  // D1 has no DELETE … LIMIT: pick a chunk of rowids, delete those.
  const statement = stores.db.prepare(
    `DELETE FROM ${job.table} WHERE rowid IN (SELECT rowid FROM ${job.table} WHERE ${job.where} LIMIT ${CHUNK})`,
  );
  let deleted = 0;
  for (let chunk = 0; chunk < MAX_CHUNKS_PER_JOB; chunk++) {
    const changes = job.objectsInBucket
      ? await deleteWithObjects(stores, job, now)
      : (await statement.bind(now).run()).meta.changes;
    deleted += changes;
    if (changes < CHUNK) break;
  }
  return deleted;
}

/** Objects first, then their rows: a failure in between leaves rows to retry, never orphaned bytes. */
async function deleteWithObjects(stores: CleanupStores, job: CleanupJob, now: number): Promise<number> {
  const { results } = await stores.db
    .prepare(`SELECT * FROM ${job.table} WHERE ${job.where} LIMIT ${CHUNK}`)
    .bind(now)
    .all<{ id: string; multipart_upload_id?: string | null }>();
  const ids = results.map((row) => row.id);
  if (ids.length === 0) return 0;
  // An abandoned multipart upload holds parts, not an object: abort it (the bucket's lifecycle
  // rule would too, a day later; an upload already gone is fine).
  for (const row of results) {
    if (row.multipart_upload_id) {
      await stores.attachments
        .resumeMultipartUpload(row.id, row.multipart_upload_id)
        .abort()
        .catch(() => {});
    }
  }
  // R2 deletes up to 1,000 keys in one call (CHUNK ids, each with its thumbnail's key).
  await stores.attachments.delete(ids.flatMap(attachmentObjectKeys));
  // The rule is checked again: a row sent since the SELECT stays (without its bytes: the same
  // race as a send against a delete-for-everyone, and only for an upload over a day old).
  const deletions = ids.map((id) =>
    stores.db.prepare(`DELETE FROM ${job.table} WHERE id = ?2 AND ${job.where}`).bind(now, id),
  );
  const outcomes = await stores.db.batch(deletions);
  return outcomes.reduce((sum, result) => sum + result.meta.changes, 0);
}

/**
 * Deletes what no longer means anything from the tables that grow with traffic (see jobs.ts).
 * One job failing does not stop the others; the failure is reported and the next run retries.
 */
export async function runCleanup(stores: CleanupStores, now = Date.now()): Promise<CleanupReport> {
  const report: CleanupReport = {};
  for (const job of cleanupJobs) {
    try {
      report[job.name] = await runJob(stores, job, now);
    } catch (error) {
      report[job.name] = -1;
      console.error(
        JSON.stringify({ level: "error", message: "cleanup job failed", job: job.name, error: String(error) }),
      );
    }
  }
  console.log(JSON.stringify({ level: "info", message: "cleanup", time: new Date(now).toISOString(), ...report }));
  return report;
}
