import { z } from "zod";
import type { CallEndReason } from "../../openapi/call-types.ts";

// What crosses the CallDO's boundary: the types the Worker (api/), the ChatDO and the UserDO use.
// api/ reaches them through durable/index.ts.

/** A chat's call line (ChatDO) hands this to the CallDO: enough to start the call from whichever request arrives first. */
export type CallOpening = {
  callId: string;
  chatId: string;
  kind: "dialog" | "group";
  video: boolean;
  /** Start in SFU mode (POST …/calls {sfu: true}); absent in openings made before SFU mode existed. */
  sfu?: boolean;
  initiatorId: string;
  initiatorSessionId: string;
  memberIds: string[];
  createdAt: number;
};

/** How a call went, for its history message in the chat. */
export type CallSummary = {
  callId: string;
  initiatorId: string;
  video: boolean;
  reason: CallEndReason;
  /** From the first answer to the end; null when nobody answered. */
  durationMs: number | null;
  endedAt: number;
};

export function newCallId(): string {
  return `call_${crypto.randomUUID().replace(/-/g, "")}`;
}

export function newPeerId(): string {
  return `peer_${crypto.randomUUID().replace(/-/g, "").slice(0, 24)}`;
}

export { sfuConfig, sfuConfigIssues, sfuVarsSchema } from "./sfu/config.ts";

// What a CallDO puts on PUSH_QUEUE (its own small outbox, durable/call/pushes.ts). The consumer
// (api/queue.ts, api/push/call-*.ts) turns each job into one message per (job, device), like a
// chat's newMessage job. `ring`: the call invites these callees (a VoIP / high-priority push to
// every device not online on the socket). `stop`: these callees' devices stop ringing (answered on
// another device, declined, missed or ended): sent only to the devices the ring push reached.
export const CALL_PUSH_STOP_REASONS = ["answered", "declined", "missed"] as const;

export const callPushJobSchema = z.object({
  kind: z.literal("callPush"),
  event: z.enum(["ring", "stop"]),
  /** Stable across retries: `<callId>:ring:<part>` or `<callId>:stop:<n>`. */
  jobId: z.string(),
  callId: z.string(),
  chatId: z.string(),
  callerId: z.string(),
  video: z.boolean(),
  recipientIds: z.array(z.string()),
  /** For `stop`: why these callees stop ringing. */
  reason: z.enum(CALL_PUSH_STOP_REASONS).optional(),
  /** For `stop`: the ring job whose deliveries it cancels. */
  ringJobId: z.string().optional(),
  createdAt: z.number().int(),
  /** The ring deadline: a ring push is worthless after it (provider TTL / expiration). */
  expiresAt: z.number().int(),
});

export type CallPushJob = z.infer<typeof callPushJobSchema>;
export type CallPushStopReason = (typeof CALL_PUSH_STOP_REASONS)[number];
