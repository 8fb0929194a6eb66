import { encryptNotification, vapidHeaders } from "@block65/webcrypto-web-push";
import type { WebPushConfig } from "./config.ts";
import type { StoredDevice } from "./devices.ts";
import {
  fetchOrRetry,
  isTransientStatus,
  lifetimeSeconds,
  type Notification,
  type PushProvider,
  transient,
} from "./provider.ts";

// Web Push (RFC 8030) with the payload encrypted for the subscription (RFC 8291, `aes128gcm`:
// what every push service, Apple's included, accepts) and signed by VAPID (RFC 8292), by
// @block65/webcrypto-web-push over WebCrypto. The endpoint comes from the browser.

/** RFC 8030 Topic: at most 32 base64url characters; a chat id's random part fits. */
function topicOf(collapseId: string): string {
  return collapseId.replace(/[^A-Za-z0-9_-]/g, "").slice(-32);
}

export function webPushProvider(config: WebPushConfig, fetcher: typeof fetch = fetch, clock = Date.now): PushProvider {
  const vapid = { subject: config.subject, publicKey: config.publicKey, privateKey: config.privateKey };
  return {
    name: "webpush",
    async send(device: StoredDevice, notification: Notification) {
      if (device.kind !== "webpush") throw new Error("webpush provider given a non-Web Push device");
      const subscription = { endpoint: device.token, expirationTime: null, keys: device.details };
      let authorization: string;
      try {
        authorization = (await vapidHeaders(subscription, vapid)).headers.authorization;
      } catch {
        return { status: "misconfigured", reason: "webpush VAPID keys could not be used" };
      }
      let body: Uint8Array<ArrayBuffer>;
      try {
        const payload = { ...notification, data: notification.data };
        body = await encryptNotification(subscription, new TextEncoder().encode(JSON.stringify(payload)));
      } catch {
        // The browser gave keys no payload can be encrypted for: this subscription can never work.
        return { status: "deadToken", reason: "webpush subscription keys are unusable" };
      }
      const response = await fetchOrRetry("webpush", fetcher, device.token, {
        method: "POST",
        headers: {
          authorization,
          // How long the push service keeps it undelivered: a day, a call invitation its ring timeout.
          ttl: String(lifetimeSeconds(notification, clock())),
          urgency: notification.priority === "high" ? "high" : "normal",
          topic: topicOf(notification.collapseId),
          "content-encoding": "aes128gcm",
          "content-type": "application/octet-stream",
        },
        body,
      });
      if (!(response instanceof Response)) return response;
      await response.body?.cancel();
      if (response.status >= 200 && response.status < 300) return { status: "ok" };
      // 404 / 410: the subscription expired or the user revoked permission.
      if (response.status === 404 || response.status === 410) {
        return { status: "deadToken", reason: `webpush ${response.status}` };
      }
      if (isTransientStatus(response.status)) return transient("webpush", response);
      // 401/403: the push service refuses our VAPID signature; 400/413: our request is wrong.
      return { status: "misconfigured", reason: `webpush ${response.status}` };
    },
  };
}
