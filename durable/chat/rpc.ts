import { z } from "zod";
import type { UpdateBody } from "../../openapi/realtime-types.ts";

// What crosses the ChatDO's boundary: the types and constants the Worker (api/) and the other
// objects use. api/ reaches them through durable/index.ts.

/**
 * One update for one user, as the UserDO receives it: it dedupes on (chatId, eventId). `body` is
 * the UpdateBody as JSON text, as the outbox row holds it: the chat passes it on unparsed, and the
 * member parses it once (RPC copying the parsed object, field by field, was the largest cost of a
 * group message's fan-out in the profile).
 */
export type ChatEvent = { eventId: number; body: string };

/** The event that carries `update`, for a caller of UserDO.applyChatEvents other than the outbox. */
export function chatEvent(eventId: number, update: UpdateBody): ChatEvent {
  return { eventId, body: JSON.stringify(update) };
}

// What a ChatDO's outbox puts on PUSH_QUEUE for every new message. The consumer (api/queue.ts,
// api/push/) turns it into one queue message per (job, device) and sends those; the text comes
// from each recipient's UserDO when the push is built, never through the queue. `jobId` is stable
// across redeliveries of the same message.
export const pushJobSchema = z.object({
  kind: z.literal("newMessage"),
  jobId: z.string(),
  chatId: z.string(),
  seq: z.number().int(),
  senderId: z.string(),
  recipientIds: z.array(z.string()),
  createdAt: z.number().int(),
  /** "Photo", "File: name" … for a message with attachments (see attachmentLabel); absent otherwise. */
  attachmentLabel: z.string().optional(),
});

export type PushJob = z.infer<typeof pushJobSchema>;

/**
 * An outbox row given up on after OUTBOX_MAX_ATTEMPTS, as recorded in D1
 * (outbox_dead_letters): what it was about and for whom, never its payload (message text).
 */
export type DeadLetter = {
  chatId: string;
  outboxId: number;
  recipient: string;
  eventId: number;
  /** The update type (newMessage, read …) or the push job kind. */
  kind: string;
  attempts: number;
  lastError: string | null;
  deadAt: number;
};

// The assistant's vars, validated by api/env.ts with the same schema the ChatDO reads them with.
export { aiSettings, aiVarsSchema } from "./ai/config.ts";
export type { AttachmentChange } from "./attachment-holds.ts";
export { attachmentObjectKeys, holdAttachments, thumbnailKey } from "./attachment-holds.ts";
