import type { PushJob } from "./rpc.ts";

// Queues refuses a sendBatch over 100 messages or 256 KB, and any message over 128 KB. A big
// group's backlog is thousands of jobs of hundreds of recipient ids each, so jobs are packed by
// size as well as count, and a job too big for one message is split by its recipients.

export const QUEUE_LIMITS = {
  messagesPerBatch: 100,
  // Below the platform's 256 KB and 128 KB: each message also carries metadata we do not see.
  bytesPerBatch: 224_000,
  bytesPerMessage: 112_000,
  /** What we assume the platform adds to each message, counted against the batch. */
  overheadPerMessage: 200,
} as const;

const encoder = new TextEncoder();
const jsonBytes = (job: PushJob) => encoder.encode(JSON.stringify(job)).byteLength;

/**
 * A job small enough for one message, or its halves by recipients (recursively). Each part gets a
 * stable jobId derived from the original, so a redelivered part is still recognised.
 */
export function splitOversizedJob(job: PushJob, limit: number = QUEUE_LIMITS.bytesPerMessage): PushJob[] {
  if (jsonBytes(job) <= limit || job.recipientIds.length <= 1) return [job];
  const half = Math.ceil(job.recipientIds.length / 2);
  return [
    ...splitOversizedJob({ ...job, jobId: `${job.jobId}.a`, recipientIds: job.recipientIds.slice(0, half) }, limit),
    ...splitOversizedJob({ ...job, jobId: `${job.jobId}.b`, recipientIds: job.recipientIds.slice(half) }, limit),
  ];
}

/** The jobs in sendBatch-sized groups, in order: each within the count and byte limits. */
export function packPushBatches(jobs: PushJob[], limits = QUEUE_LIMITS): PushJob[][] {
  const batches: PushJob[][] = [];
  let current: PushJob[] = [];
  let bytes = 0;
  for (const job of jobs.flatMap((j) => splitOversizedJob(j, limits.bytesPerMessage))) {
    const size = jsonBytes(job) + limits.overheadPerMessage;
    if (current.length > 0 && (current.length >= limits.messagesPerBatch || bytes + size > limits.bytesPerBatch)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(job);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
