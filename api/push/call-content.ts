import type { CallPushDelivery } from "./call-deliveries.ts";
import type { Notification } from "./provider.ts";

export const HIDDEN_CALLER_TITLE = "Incoming call";

/**
 * The push of a call invitation (`incomingCall`) or of its end for this device (`callEnded`: stop
 * ringing). Both collapse on the call's id, so a stop replaces an invitation still waiting at the
 * provider. Neither carries a badge (a call is not an unread chat; its history message is, and
 * gets its own push). With hidden previews the caller's name stays out of the push: the app shows
 * it once it has connected. A muted chat still rings: see docs-site/guides/65-push.md.
 */
export function composeCallNotification(delivery: CallPushDelivery, hidePreviews: boolean): Notification {
  const data: Record<string, string> = {
    type: delivery.event === "ring" ? "incomingCall" : "callEnded",
    callId: delivery.callId,
    chatId: delivery.chatId,
    callerId: delivery.callerId,
    video: String(delivery.video),
    expiresAt: String(delivery.expiresAt),
  };
  if (!hidePreviews && delivery.callerName) data.callerName = delivery.callerName;
  if (delivery.reason) data.reason = delivery.reason;
  const common = {
    threadId: delivery.chatId,
    collapseId: delivery.callId,
    priority: "high" as const,
    expiresAt: delivery.expiresAt,
    data,
  };
  if (delivery.event === "stop") return { ...common, title: "", body: "", pushType: "background" };
  return {
    ...common,
    title: hidePreviews ? HIDDEN_CALLER_TITLE : delivery.callerName || "Someone",
    body: delivery.video ? "Incoming video call" : "Incoming voice call",
    pushType: "voip",
  };
}
