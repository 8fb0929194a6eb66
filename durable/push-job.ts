import { z } from "zod";

// What a ChatDO's outbox puts on PUSH_QUEUE for every new message. The consumer (api/queue.ts)
// accepts it idempotently; real push delivery (APNs/FCM, per-device tokens, honouring mutes)
// arrives with the push issue. `jobId` is stable across redeliveries of the same message.
export const pushJobSchema = z.object({
  kind: z.literal("newMessage"),
  jobId: z.string(),
  chatId: z.string(),
  seq: z.number().int(),
  senderId: z.string(),
  recipientIds: z.array(z.string()),
  createdAt: z.number().int(),
});

export type PushJob = z.infer<typeof pushJobSchema>;
