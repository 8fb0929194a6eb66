import { describe, expect, it } from "vitest";
import { packPushBatches, splitOversizedJob } from "./push-batches.ts";
import type { PushJob } from "./rpc.ts";

// The platform's limits (Queues): what every sendBatch must stay within.
const PLATFORM = { messages: 100, batchBytes: 256_000, messageBytes: 128_000 };
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).byteLength;

const job = (seq: number, recipients: number): PushJob => ({
  kind: "newMessage",
  jobId: `grp_x:${seq}`,
  chatId: "grp_x",
  seq,
  senderId: "usr_sender",
  recipientIds: Array.from({ length: recipients }, (_, i) => `usr_${String(i).padStart(32, "0")}`),
  createdAt: 1_795_000_000_000,
});

describe("push jobs packed for Queues", () => {
  it("keeps every batch under 100 messages and 256 KB, whatever the backlog", () => {
    const backlog = [
      ...Array.from({ length: 300 }, (_, i) => job(i + 1, 500)),
      ...Array.from({ length: 300 }, (_, i) => job(i + 301, 2)),
    ];
    const batches = packPushBatches(backlog);
    for (const batch of batches) {
      expect(batch.length).toBeLessThanOrEqual(PLATFORM.messages);
      expect(batch.reduce((sum, j) => sum + bytes(j), 0)).toBeLessThan(PLATFORM.batchBytes);
    }
    // Nothing lost, nothing reordered.
    expect(batches.flat().map((j) => j.jobId)).toEqual(backlog.map((j) => j.jobId));
  });

  it("splits a job too big for one message by its recipients, with stable job ids", () => {
    const big = job(7, 10_000); // ~370 KB of recipient ids
    expect(bytes(big)).toBeGreaterThan(PLATFORM.messageBytes);
    const parts = splitOversizedJob(big);
    for (const part of parts) expect(bytes(part)).toBeLessThan(PLATFORM.messageBytes);
    expect(parts.flatMap((p) => p.recipientIds)).toEqual(big.recipientIds);
    expect(new Set(parts.map((p) => p.jobId)).size).toBe(parts.length);
    expect(splitOversizedJob(big).map((p) => p.jobId)).toEqual(parts.map((p) => p.jobId));
    expect(packPushBatches([big]).flat()).toHaveLength(parts.length);
  });
});
