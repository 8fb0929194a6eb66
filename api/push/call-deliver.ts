import { callObject } from "../calls/objects.ts";
import { userObject } from "../chats/objects.ts";
import type { Bindings } from "../env.ts";
import { unwrap } from "../objects/unwrap.ts";
import { composeCallNotification } from "./call-content.ts";
import type { CallPushDelivery } from "./call-deliveries.ts";
import { deviceToSendTo, notYet, sendAndSettle, skipped, type Verdict } from "./deliver.ts";
import type { Providers } from "./providers.ts";
import { deliveryOutcome, getPushSettings } from "./records.ts";

/** Attempts a stop push waits for its ring push to this device to settle (2 s, 4 s) before giving up. */
export const WAIT_FOR_RING_ATTEMPTS = 3;

/**
 * Sends one call push to one device, once. An invitation goes only to a device that is not online
 * on the socket (that one rang there), only while the user's devices still ring for the call and
 * before its ring deadline. A stop goes only to a device the invitation reached, and not to the
 * device that answered.
 */
export async function deliverCall(
  env: Bindings,
  providers: Providers,
  delivery: CallPushDelivery,
  attempts: number,
  now: number,
): Promise<Verdict> {
  const device = await deviceToSendTo(env, delivery);
  if (!("token" in device)) return device;
  const skip = () => skipped(env, delivery.jobId, device.id, now);
  const call = await callObject(env, delivery.callId).view(delivery.userId, device.sessionId);
  if (delivery.event === "ring") {
    if (now >= delivery.expiresAt) return skip();
    if (!call.ok || call.value.state === "ended" || !call.value.ringing.includes(delivery.userId)) return skip();
    const online = unwrap(await userObject(env, delivery.userId).socketSessions(delivery.userId));
    if (online.includes(device.sessionId)) return skip();
  } else {
    if (call.ok && call.value.self !== null) return skip();
    const rang = delivery.ringJobId ? await deliveryOutcome(env.DB, delivery.ringJobId, device.id) : null;
    // The invitation to this device may still be on its way (the queue keeps no order): wait for it.
    if (rang === null && attempts < WAIT_FOR_RING_ATTEMPTS) return notYet(attempts, "ring push not settled yet");
    if (rang !== "sent") return skip();
  }
  const settings = await getPushSettings(env.DB, delivery.userId);
  const notification = composeCallNotification(delivery, settings.hidePreviews);
  return sendAndSettle(env, providers, device, delivery.jobId, notification, attempts, now);
}
