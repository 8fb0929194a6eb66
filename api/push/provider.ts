import type { StoredDevice } from "./devices.ts";

/** What one push says, whatever the provider. Built by content.ts. */
export type Notification = {
  title: string;
  body: string;
  /** The recipient's number of unread chats when this push was built (absent: the badge is left alone). */
  badge?: number;
  /** Groups a chat's pushes on the device (APNs thread-id, Android tag). */
  threadId: string;
  /** A newer push with the same id replaces the older one (a redelivery shows once). */
  collapseId: string;
  /** "high" for messages people wait for and call invitations; "normal" for the rest. */
  priority: "high" | "normal";
  /**
   * "alert": shown by the system. "voip": a call invitation (APNs PushKit to a device that gave a
   * VoIP token, else a time-sensitive alert; FCM a data message the app turns into its call screen).
   * "background": silent, wakes the app (a call stopped ringing).
   */
  pushType: "alert" | "voip" | "background";
  /** When the push is worthless (unix ms): apns-expiration, FCM ttl, Web Push TTL. Absent: a day. */
  expiresAt?: number;
  /** For the app: which chat and message to open. Strings only (FCM's data is a string map). */
  data: Record<string, string>;
};

/**
 * How one send ended. `deadToken`: the provider says the device will never accept this token
 * again (delete it). `retry`: it may work later (429, 5xx, timeout), after `retryAfterSeconds` if
 * the provider said. `misconfigured`: our credentials or settings are wrong (a person must act).
 */
export type SendResult =
  | { status: "ok" }
  | { status: "deadToken"; reason: string /** only the device's APNs VoIP token is dead */; voipOnly?: boolean }
  | { status: "retry"; reason: string; retryAfterSeconds?: number }
  | { status: "misconfigured"; reason: string };

export interface PushProvider {
  readonly name: string;
  send(device: StoredDevice, notification: Notification): Promise<SendResult>;
}

/** How long a provider keeps a push it could not deliver yet, unless it says when it expires. */
export const DEFAULT_PUSH_LIFETIME_SECONDS = 86_400;

/** The push's remaining lifetime in whole seconds (its TTL), never negative. */
export function lifetimeSeconds(notification: Notification, now: number): number {
  if (notification.expiresAt === undefined) return DEFAULT_PUSH_LIFETIME_SECONDS;
  return Math.max(0, Math.ceil((notification.expiresAt - now) / 1000));
}

/** Every request to a provider gives up after this long (then it is retried). */
export const PROVIDER_TIMEOUT_MS = 10_000;

/** `Retry-After` as seconds (delta-seconds or an HTTP date), or undefined. */
export function retryAfterSeconds(response: Response, now = Date.now()): number | undefined {
  const value = response.headers.get("retry-after");
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** 429 and 5xx are the provider's momentary trouble: try again, when it says. */
export function transient(provider: string, response: Response, detail = ""): SendResult {
  const retryAfter = retryAfterSeconds(response);
  const reason = `${provider} ${response.status}${detail ? ` ${detail}` : ""}`;
  return retryAfter === undefined
    ? { status: "retry", reason }
    : { status: "retry", reason, retryAfterSeconds: retryAfter };
}

export function isTransientStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** A fetch that throws (network, timeout) is worth retrying. */
export async function fetchOrRetry(
  provider: string,
  fetcher: typeof fetch,
  url: string,
  init: RequestInit,
): Promise<Response | SendResult> {
  try {
    return await fetcher(url, { ...init, signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS) });
  } catch (error) {
    return { status: "retry", reason: `${provider} unreachable: ${error instanceof Error ? error.name : "error"}` };
  }
}
