// The Telegram proxy's live updates for SDK users: a WebSocket subscription (GET
// /api/telegram-proxy/updates/ws, browser-safe: the key travels as a subprotocol) and the check
// a webhook receiver makes on each post (X-Signature). WebCrypto only: browsers, Node, Workers.
import type { WebSocketLike } from "./realtime.ts";
import type { components } from "./schema.d.ts";

export type TelegramUpdateEvent = components["schemas"]["TelegramUpdateEvent"];

/** The subprotocol the server answers (browsers need one answered when they offer any). */
export const TELEGRAM_UPDATES_PROTOCOL = "big.telegram.v1";

export interface TelegramUpdatesOptions {
  /** The gateway's origin, e.g. `https://api.iambig.ai`. */
  baseUrl: string;
  apiKey: string;
  sessionId: string;
  onEvent: (event: TelegramUpdateEvent) => void;
  onClose?: (event: { code: number; reason: string }) => void;
  /** Opens the socket; the global WebSocket by default. */
  connect?: (url: string, protocols: string[]) => WebSocketLike | Promise<WebSocketLike>;
}

/**
 * Opens the updates socket of one session (`ready` settles once it is open, or with the refusal).
 * Reconnecting (after onClose) is the caller's choice: the server catches up on its side.
 */
export function connectTelegramUpdates(options: TelegramUpdatesOptions): { ready: Promise<void>; close(): void } {
  const url = new URL("/api/telegram-proxy/updates/ws", options.baseUrl);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  url.searchParams.set("sessionId", options.sessionId);
  const protocols = [TELEGRAM_UPDATES_PROTOCOL, `bearer.${options.apiKey}`];
  const connect =
    options.connect ??
    ((target: string, offered: string[]) => {
      const Socket = (globalThis as { WebSocket?: new (u: string, p: string[]) => WebSocketLike }).WebSocket;
      if (!Socket) throw new Error("No global WebSocket here: pass `connect`");
      return new Socket(target, offered);
    });
  const opened = Promise.resolve(connect(url.toString(), protocols)).then((socket) => {
    socket.addEventListener("message", (event) => {
      if (typeof event.data !== "string") return;
      options.onEvent(JSON.parse(event.data) as TelegramUpdateEvent);
    });
    socket.addEventListener("close", (event) => options.onClose?.(event));
    return socket;
  });
  return {
    ready: opened.then(() => undefined),
    close: () => void opened.then((socket) => socket.close(1000, "closed by the client")).catch(() => undefined),
  };
}

/**
 * Whether a webhook post is genuine: `signature` (the X-Signature header) must be `sha256=` + the
 * hex HMAC-SHA256 of the raw `body` with your webhook's secret. Compared in constant time.
 */
export async function verifyTelegramWebhook(secret: string, body: string, signature: string): Promise<boolean> {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(body)));
  const expected = `sha256=${Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("")}`;
  if (signature.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= expected.charCodeAt(i) ^ signature.charCodeAt(i);
  return difference === 0;
}

/**
 * Delivery is at least once (a webhook retry, a replay after the session restarted): this
 * remembers the ids of the last `capacity` events and answers false for one already seen.
 * `const isNew = telegramUpdateDeduplicator(); onEvent: (e) => { if (isNew(e)) handle(e) }`.
 */
export function telegramUpdateDeduplicator(capacity = 1000): (event: Pick<TelegramUpdateEvent, "id">) => boolean {
  const seen = new Set<string>();
  return (event) => {
    if (seen.has(event.id)) return false;
    seen.add(event.id);
    // A Set iterates in insertion order: the first one is the oldest.
    if (seen.size > capacity) seen.delete(seen.values().next().value as string);
    return true;
  };
}
