import { z } from "zod";
import { CALL_PUSH_STOP_REASONS, type CallPushJob } from "../../durable/index.ts";

/**
 * One call push to one device (a CallDO's ring or stop job, split by the consumer like a chat's
 * job: see push/call-fan-out.ts). Idempotent per (jobId, deviceId): see push_deliveries.
 */
export const callPushDeliverySchema = z.object({
  kind: z.literal("callPushDelivery"),
  event: z.enum(["ring", "stop"]),
  jobId: z.string(),
  deviceId: z.string(),
  userId: z.string(),
  callId: z.string(),
  chatId: z.string(),
  callerId: z.string(),
  /** Looked up once per job (D1), not once per device. */
  callerName: z.string(),
  video: z.boolean(),
  reason: z.enum(CALL_PUSH_STOP_REASONS).optional(),
  ringJobId: z.string().optional(),
  createdAt: z.number().int(),
  expiresAt: z.number().int(),
});

export type CallPushDelivery = z.infer<typeof callPushDeliverySchema>;

export function callDeliveryFor(
  job: CallPushJob,
  callerName: string,
  device: { id: string; userId: string },
): CallPushDelivery {
  const { kind: _job, recipientIds: _all, ...call } = job;
  return { ...call, kind: "callPushDelivery", deviceId: device.id, userId: device.userId, callerName };
}
