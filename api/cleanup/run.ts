import { type CleanupJob, cleanupJobs } from "./jobs.ts";

/** Rows deleted per statement, and statements per job per run: a run stays short, the next continues. */
const CHUNK = 500;
const MAX_CHUNKS_PER_JOB = 20;

export type CleanupReport = Record<string, number>;

async function runJob(db: D1Database, job: CleanupJob, now: number): Promise<number> {
  // D1 has no DELETE … LIMIT: pick a chunk of rowids, delete those.
  const statement = db.prepare(
    `DELETE FROM ${job.table} WHERE rowid IN (SELECT rowid FROM ${job.table} WHERE ${job.where} LIMIT ${CHUNK})`,
  );
  let deleted = 0;
  for (let chunk = 0; chunk < MAX_CHUNKS_PER_JOB; chunk++) {
    const result = await statement.bind(now).run();
    deleted += result.meta.changes;
    if (result.meta.changes < CHUNK) break;
  }
  return deleted;
}

/**
 * Deletes what no longer means anything from the tables that grow with traffic (see jobs.ts).
 * One job failing does not stop the others; the failure is reported and the next run retries.
 */
export async function runCleanup(db: D1Database, now = Date.now()): Promise<CleanupReport> {
  const report: CleanupReport = {};
  for (const job of cleanupJobs) {
    try {
      report[job.name] = await runJob(db, job, now);
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
