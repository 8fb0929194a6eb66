import { importPKCS8, SignJWT } from "jose";
import type { ApnsConfig } from "./config.ts";
import type { StoredDevice } from "./devices.ts";
import {
  fetchOrRetry,
  isTransientStatus,
  lifetimeSeconds,
  type Notification,
  type PushProvider,
  transient,
} from "./provider.ts";

// Apple Push Notification service, token-based: `POST /3/device/<token>` with an ES256 provider
// token (JWT: kid = key id, iss = team id, iat). Apple refuses a token refreshed more often than
// every 20 minutes and one older than 60, so each isolate keeps one for 50 minutes.
// APNs speaks only HTTP/2; Workers' fetch negotiates it by ALPN, which Cloudflare does not
// document for fetch: FCM (which also delivers to iOS) is the fallback.

export const APNS_TOKEN_LIFETIME_MS = 50 * 60_000;

type CachedToken = { jwt: string; issuedAt: number };
const tokens = new Map<string, CachedToken>();

async function providerToken(config: ApnsConfig, now: number): Promise<string> {
  const cacheKey = `${config.teamId}.${config.keyId}`;
  const cached = tokens.get(cacheKey);
  // Its age by the clock asking: one issued in that clock's future (a clock set back, or another
  // provider's clock sharing this isolate's cache) cannot be dated, so it is made again.
  if (cached && now >= cached.issuedAt && now - cached.issuedAt < APNS_TOKEN_LIFETIME_MS) return cached.jwt;
  const key = await importPKCS8(config.privateKey, "ES256");
  const jwt = await new SignJWT({})
    .setProtectedHeader({ alg: "ES256", kid: config.keyId })
    .setIssuer(config.teamId)
    .setIssuedAt(Math.floor(now / 1000))
    .sign(key);
  tokens.set(cacheKey, { jwt, issuedAt: now });
  return jwt;
}

/** Reasons meaning "this token is gone for good" (Apple's documented `reason` values). */
const DEAD_REASONS = new Set(["BadDeviceToken", "Unregistered", "DeviceTokenNotForTopic", "ExpiredToken"]);

function alertPayload(notification: Notification, timeSensitive: boolean) {
  return {
    aps: {
      alert: { title: notification.title, body: notification.body },
      badge: notification.badge,
      sound: "default",
      "thread-id": notification.threadId,
      // Lets a Notification Service Extension decrypt or enrich the push on the device.
      "mutable-content": 1,
      // An incoming call shown as an alert breaks through Focus like a phone call (the app needs the entitlement).
      ...(timeSensitive ? { "interruption-level": "time-sensitive" } : {}),
    },
    ...notification.data,
  };
}

type ApnsDevice = Extract<StoredDevice, { kind: "apns" }>;

/**
 * How one notification goes to one device. A call invitation goes to the PushKit token (topic
 * `<bundle>.voip`; iOS wakes the app, which must report it to CallKit at once) when the app gave
 * one, else as a time-sensitive alert. A background push (a call stopped ringing) carries only
 * `content-available`, at priority 5 as Apple requires; it is never a VoIP push, since iOS ends an
 * app that receives a VoIP push without reporting a new call.
 */
function apnsRequest(device: ApnsDevice, notification: Notification) {
  const { topic, voipToken } = device.details;
  if (notification.pushType === "voip" && voipToken) {
    return {
      token: voipToken,
      voip: true,
      headers: { "apns-topic": `${topic}.voip`, "apns-push-type": "voip", "apns-priority": "10" },
      payload: { aps: {}, ...notification.data },
    };
  }
  if (notification.pushType === "background") {
    return {
      token: device.token,
      voip: false,
      headers: { "apns-topic": topic, "apns-push-type": "background", "apns-priority": "5" },
      payload: { aps: { "content-available": 1 }, ...notification.data },
    };
  }
  return {
    token: device.token,
    voip: false,
    headers: {
      "apns-topic": topic,
      "apns-push-type": "alert",
      "apns-priority": notification.priority === "high" ? "10" : "5",
    },
    payload: alertPayload(notification, notification.pushType === "voip"),
  };
}

export function apnsProvider(config: ApnsConfig, fetcher: typeof fetch = fetch, clock = Date.now): PushProvider {
  return {
    name: "apns",
    async send(device: StoredDevice, notification: Notification) {
      if (device.kind !== "apns") throw new Error("apns provider given a non-APNs device");
      const now = clock();
      let jwt: string;
      try {
        jwt = await providerToken(config, now);
      } catch {
        return { status: "misconfigured", reason: "apns key could not be used (APNS_PRIVATE_KEY)" };
      }
      const request = apnsRequest(device, notification);
      const base = device.details.sandbox ? config.sandboxApiBase : config.apiBase;
      const response = await fetchOrRetry("apns", fetcher, `${base}/3/device/${request.token}`, {
        method: "POST",
        headers: {
          authorization: `bearer ${jwt}`,
          ...request.headers,
          "apns-collapse-id": notification.collapseId.slice(0, 64),
          // Undelivered by then (phone off): drop it. A message after a day (the app catches up on
          // its own), a call invitation at its ring deadline.
          "apns-expiration": String(Math.floor(now / 1000) + lifetimeSeconds(notification, now)),
          "content-type": "application/json",
        },
        body: JSON.stringify(request.payload),
      });
      if (!(response instanceof Response)) return response;
      if (response.status === 200) {
        await response.body?.cancel();
        return { status: "ok" };
      }
      const reason = ((await response.json().catch(() => ({}))) as { reason?: string }).reason ?? "";
      if (response.status === 410 || DEAD_REASONS.has(reason)) {
        const dead = { status: "deadToken" as const, reason: `apns ${response.status} ${reason}`.trim() };
        return request.voip ? { ...dead, voipOnly: true } : dead;
      }
      if (response.status === 403 && reason === "ExpiredProviderToken") {
        // Our clock and Apple's disagree about the token's age: make a new one next time.
        tokens.delete(`${config.teamId}.${config.keyId}`);
        return { status: "retry", reason: "apns 403 ExpiredProviderToken" };
      }
      if (isTransientStatus(response.status)) return transient("apns", response, reason);
      // 403 InvalidProviderToken, 400 BadTopic/TopicDisallowed …: our settings, not the device.
      return { status: "misconfigured", reason: `apns ${response.status} ${reason}`.trim() };
    },
  };
}
