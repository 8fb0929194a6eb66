import { userObject } from "../chats/objects.ts";
import type { Bindings } from "../env.ts";
import { unwrap } from "../objects/unwrap.ts";
import { composeNotification } from "./content.ts";
import type { PushDelivery } from "./deliveries.ts";
import { deviceById, forgetDeadDevice, forgetDeadVoipToken, type StoredDevice } from "./devices.ts";
import type { Notification } from "./provider.ts";
import type { Providers } from "./providers.ts";
import { deliveryDone, getPushSettings, recordDelivery } from "./records.ts";

/** What the consumer does with one delivery message: acknowledge it, or retry it after a delay. */
export type Verdict =
  | { ack: true; outcome: "sent" | "skipped" | "deadToken" | "gone" | "repeat" }
  | { ack: false; delaySeconds: number; reason: string; provider: string };

/** Delays of a configuration error: slow, since a person must fix it; the last try ends in the DLQ. */
export const MISCONFIGURED_DELAY_SECONDS = 600;
/** Attempts that wait for the message to reach the recipient's UserDO (2 s, 4 s) before sending anyway. */
export const WAIT_FOR_MESSAGE_ATTEMPTS = 3;
/** Queues accept a retry delay of at most 12 hours. */
const MAX_DELAY_SECONDS = 43_200;

/** 10 s, 20 s, 40 s … for a transient failure the provider gave no Retry-After for. */
export function backoffSeconds(attempts: number): number {
  return Math.min(MAX_DELAY_SECONDS, 10 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Sends one push to one device, once: a pair already done is acknowledged, a device that is gone
 * (signed out, token moved) is dropped, mute and an open socket that already has the message
 * skip it, and the provider's answer decides the rest.
 */
export async function deliver(
  env: Bindings,
  providers: Providers,
  delivery: PushDelivery,
  attempts: number,
  now: number,
): Promise<Verdict> {
  const device = await deviceToSendTo(env, delivery);
  if (!("token" in device)) return device;
  const [context, settings] = await Promise.all([
    userObject(env, delivery.userId)
      .pushContext(delivery.userId, delivery.chatId, delivery.seq, delivery.senderId)
      .then((answer) => unwrap(answer)),
    getPushSettings(env.DB, delivery.userId),
  ]);
  // The chat's outbox delivers the message to the recipient's object and queues the push side by
  // side: give it a moment, then send without a preview rather than not at all.
  // (A withheld message never arrives: nothing to wait for.)
  if (context.message === null && !context.withheld && attempts < WAIT_FOR_MESSAGE_ATTEMPTS) {
    return notYet(attempts, "message not yet delivered to the user");
  }
  const composed = composeNotification(delivery, context, {
    sessionId: device.sessionId,
    hidePreviews: settings.hidePreviews,
  });
  if ("skip" in composed) return skipped(env, delivery.jobId, device.id, now);
  return sendAndSettle(env, providers, device, delivery.jobId, composed.notification, attempts, now);
}

/** The device of a (job, device) pair still to send, or the verdict when there is nothing to do. */
export async function deviceToSendTo(
  env: Bindings,
  pair: { jobId: string; deviceId: string; userId: string },
): Promise<StoredDevice | Verdict> {
  if (await deliveryDone(env.DB, pair.jobId, pair.deviceId)) return { ack: true, outcome: "repeat" };
  const device = await deviceById(env.DB, pair.deviceId);
  // The session signed out, or its token moved to another session, since the job was split.
  if (!device || device.userId !== pair.userId) return { ack: true, outcome: "gone" };
  return device;
}

/** Something the push depends on has not happened yet: look again in 2 s, 4 s. */
export function notYet(attempts: number, reason: string): Verdict {
  return { ack: false, delaySeconds: 2 ** attempts, reason, provider: "consumer" };
}

/** Records a (job, device) pair as done without sending: muted, seen on the socket, no longer ringing. */
export async function skipped(env: Bindings, jobId: string, deviceId: string, now: number): Promise<Verdict> {
  await recordDelivery(env.DB, jobId, deviceId, "skipped", now);
  return { ack: true, outcome: "skipped" };
}

/** Sends one notification to one device and turns the provider's answer into the queue's verdict. */
export async function sendAndSettle(
  env: Bindings,
  providers: Providers,
  device: StoredDevice,
  jobId: string,
  notification: Notification,
  attempts: number,
  now: number,
): Promise<Verdict> {
  const provider = providers[device.kind];
  const result = await provider.send(device, notification);
  switch (result.status) {
    case "ok":
      await recordDelivery(env.DB, jobId, device.id, "sent", now);
      return { ack: true, outcome: "sent" };
    case "deadToken":
      if (result.voipOnly) await forgetDeadVoipToken(env.DB, device);
      else await forgetDeadDevice(env.DB, device);
      return { ack: true, outcome: "deadToken" };
    case "retry":
      return {
        ack: false,
        delaySeconds: Math.min(MAX_DELAY_SECONDS, result.retryAfterSeconds ?? backoffSeconds(attempts)),
        reason: result.reason,
        provider: provider.name,
      };
    case "misconfigured":
      return { ack: false, delaySeconds: MISCONFIGURED_DELAY_SECONDS, reason: result.reason, provider: provider.name };
  }
}
