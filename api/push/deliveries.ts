import { z } from "zod";
import type { PushJob } from "../../durable/index.ts";

/**
 * One push to one device, as the consumer puts it back on PUSH_QUEUE after splitting a job (so a
 * slow or broken device is retried alone and never holds back the others). Idempotent per
 * (jobId, deviceId): see push_deliveries.
 */
export const pushDeliverySchema = z.object({
  kind: z.literal("pushDelivery"),
  jobId: z.string(),
  deviceId: z.string(),
  userId: z.string(),
  chatId: z.string(),
  seq: z.number().int(),
  senderId: z.string(),
  /** Looked up once per job (D1), not once per device. */
  senderName: z.string(),
  createdAt: z.number().int(),
});

export type PushDelivery = z.infer<typeof pushDeliverySchema>;

export function deliveryFor(job: PushJob, senderName: string, device: { id: string; userId: string }): PushDelivery {
  return {
    kind: "pushDelivery",
    jobId: job.jobId,
    deviceId: device.id,
    userId: device.userId,
    chatId: job.chatId,
    seq: job.seq,
    senderId: job.senderId,
    senderName,
    createdAt: job.createdAt,
  };
}
