import type { PushContext, PushMessagePreview } from "../../durable/index.ts";
import type { PushDelivery } from "./deliveries.ts";
import type { Notification } from "./provider.ts";

export const HIDDEN_PREVIEW_TITLE = "New message";

/** What a push says in place of an empty text, by the message's first attachment. */
function attachmentLabel(message: PushMessagePreview): string {
  return message.attachmentKind === "photo" ? "Photo" : "File";
}

export type Composed = { skip: "withheld" | "muted" | "seenOnSocket" | "deleted" } | { notification: Notification };

/**
 * The push for one (message, device), or why there is none. Title: the sender, and the group's
 * title in a group; body: the preview ("Photo"/"File" for an attachment without text). With
 * hidden previews, or when the recipient's object has not had the message yet, only "New message".
 * A chat's pushes share one thread and one collapse id (the newest replaces the older ones).
 *
 * Extension point for calls (issue 14): a `callInvite` delivery would return `pushType: "voip"`,
 * `priority: "high"` here, skipped neither by mute nor by an open socket.
 */
export function composeNotification(
  delivery: PushDelivery,
  context: PushContext,
  recipient: { sessionId: string; hidePreviews: boolean },
): Composed {
  // The recipient blocked the sender (in a group): nothing of the message reaches them.
  if (context.withheld) return { skip: "withheld" };
  if (context.muted) return { skip: "muted" };
  if (context.message?.deleted) return { skip: "deleted" };
  if (context.seenOnSocket.includes(recipient.sessionId)) return { skip: "seenOnSocket" };
  const base = {
    badge: context.badge,
    threadId: delivery.chatId,
    collapseId: delivery.chatId,
    priority: "high" as const,
    pushType: "alert" as const,
    data: { type: "newMessage", chatId: delivery.chatId, seq: String(delivery.seq) },
  };
  const message = context.message;
  if (recipient.hidePreviews || !message) {
    return { notification: { ...base, title: HIDDEN_PREVIEW_TITLE, body: "" } };
  }
  const sender = delivery.senderName || "Someone";
  const title = context.chatKind === "group" && context.chatTitle ? `${sender} · ${context.chatTitle}` : sender;
  const body = message.text || (message.attachmentCount > 0 ? attachmentLabel(message) : HIDDEN_PREVIEW_TITLE);
  return { notification: { ...base, title, body } };
}
