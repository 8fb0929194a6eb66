import { importPKCS8, SignJWT } from "jose";
import type { FcmConfig } from "./config.ts";
import type { StoredDevice } from "./devices.ts";
import {
  fetchOrRetry,
  isTransientStatus,
  lifetimeSeconds,
  type Notification,
  type PushProvider,
  type SendResult,
  transient,
} from "./provider.ts";

// Firebase Cloud Messaging HTTP v1: the service account signs an RS256 JWT, which Google's OAuth
// token endpoint exchanges for an access token (kept until shortly before it expires), and
// `POST /v1/projects/<project>/messages:send` carries one message with android, apns and webpush
// blocks (FCM also delivers to iOS apps and browsers).

const SCOPE = "https://www.googleapis.com/auth/firebase.messaging";
/** An access token is replaced this long before Google says it expires. */
const EXPIRY_MARGIN_MS = 60_000;

type CachedAccess = { token: string; expiresAt: number };
const accessTokens = new Map<string, CachedAccess>();

async function accessToken(config: FcmConfig, fetcher: typeof fetch, now: number): Promise<string | SendResult> {
  const cached = accessTokens.get(config.clientEmail);
  if (cached && cached.expiresAt - EXPIRY_MARGIN_MS > now) return cached.token;
  let assertion: string;
  try {
    const key = await importPKCS8(config.privateKey, "RS256");
    const iat = Math.floor(now / 1000);
    assertion = await new SignJWT({ scope: SCOPE })
      .setProtectedHeader({ alg: "RS256", typ: "JWT" })
      .setIssuer(config.clientEmail)
      .setAudience(config.tokenUri)
      .setIssuedAt(iat)
      .setExpirationTime(iat + 3600)
      .sign(key);
  } catch {
    return { status: "misconfigured", reason: "fcm service account key could not be used" };
  }
  const response = await fetchOrRetry("fcm-oauth", fetcher, config.tokenUri, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion }).toString(),
  });
  if (!(response instanceof Response)) return response;
  if (isTransientStatus(response.status)) return transient("fcm-oauth", response);
  const body = (await response.json().catch(() => ({}))) as {
    access_token?: string;
    expires_in?: number;
    error?: string;
  };
  if (response.status !== 200 || !body.access_token) {
    // invalid_grant, invalid_client: a revoked or wrong service account key.
    return { status: "misconfigured", reason: `fcm-oauth ${response.status} ${body.error ?? ""}`.trim() };
  }
  accessTokens.set(config.clientEmail, {
    token: body.access_token,
    expiresAt: now + (body.expires_in ?? 3600) * 1000,
  });
  return body.access_token;
}

/**
 * A call invitation or a stop-ringing push: a data message (no `notification` block, so Android
 * hands it to the app, which shows its own full-screen call screen or stops it), at HIGH priority
 * with a TTL of the ring timeout. FCM cannot reach PushKit, so an iOS app on FCM gets a
 * time-sensitive alert for an invitation and a background push for the stop.
 */
function fcmCallMessage(token: string, notification: Notification, now: number) {
  const ttl = lifetimeSeconds(notification, now);
  const ring = notification.pushType === "voip";
  return {
    message: {
      token,
      data: notification.data,
      android: { priority: "HIGH", ttl: `${ttl}s`, collapse_key: notification.collapseId },
      apns: {
        headers: {
          "apns-priority": ring ? "10" : "5",
          "apns-push-type": ring ? "alert" : "background",
          "apns-expiration": String(Math.floor(now / 1000) + ttl),
          "apns-collapse-id": notification.collapseId.slice(0, 64),
        },
        payload: {
          aps: ring
            ? {
                alert: { title: notification.title, body: notification.body },
                sound: "default",
                "interruption-level": "time-sensitive",
              }
            : { "content-available": 1 },
        },
      },
      webpush: { headers: { Urgency: "high", TTL: String(ttl) } },
    },
  };
}

function fcmMessage(token: string, notification: Notification, now: number) {
  if (notification.pushType !== "alert") return fcmCallMessage(token, notification, now);
  const high = notification.priority === "high";
  return {
    message: {
      token,
      notification: { title: notification.title, body: notification.body },
      data: notification.data,
      android: {
        priority: high ? "HIGH" : "NORMAL",
        collapse_key: notification.collapseId,
        notification: { tag: notification.threadId, notification_count: notification.badge },
      },
      apns: {
        headers: { "apns-priority": high ? "10" : "5", "apns-collapse-id": notification.collapseId.slice(0, 64) },
        payload: { aps: { badge: notification.badge, "thread-id": notification.threadId, sound: "default" } },
      },
      webpush: { headers: { Urgency: high ? "high" : "normal" } },
    },
  };
}

type FcmError = { error?: { status?: string; message?: string; details?: { errorCode?: string }[] } };

export function fcmProvider(config: FcmConfig, fetcher: typeof fetch = fetch, clock = Date.now): PushProvider {
  return {
    name: "fcm",
    async send(device: StoredDevice, notification: Notification) {
      if (device.kind !== "fcm") throw new Error("fcm provider given a non-FCM device");
      const now = clock();
      const token = await accessToken(config, fetcher, now);
      if (typeof token !== "string") return token;
      const url = `${config.apiBase}/v1/projects/${encodeURIComponent(config.projectId)}/messages:send`;
      const response = await fetchOrRetry("fcm", fetcher, url, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(fcmMessage(device.token, notification, now)),
      });
      if (!(response instanceof Response)) return response;
      if (response.status === 200) {
        await response.body?.cancel();
        return { status: "ok" };
      }
      const error = ((await response.json().catch(() => ({}))) as FcmError).error ?? {};
      const code = error.details?.find((d) => d.errorCode)?.errorCode ?? error.status ?? "";
      if (response.status === 404 || code === "UNREGISTERED" || code === "SENDER_ID_MISMATCH") {
        return { status: "deadToken", reason: `fcm ${response.status} ${code}`.trim() };
      }
      if (response.status === 401) {
        // The access token was refused before its time: fetch a new one on the next attempt.
        accessTokens.delete(config.clientEmail);
        return { status: "retry", reason: "fcm 401" };
      }
      if (isTransientStatus(response.status)) return transient("fcm", response, code);
      return { status: "misconfigured", reason: `fcm ${response.status} ${code}`.trim() };
    },
  };
}
