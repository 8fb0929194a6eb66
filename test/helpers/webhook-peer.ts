// Reading the local webhook receiver (test/peers/webhook.ts) from tests, and checking signatures.
import { WEBHOOK_PEER_BASE } from "../peers/webhook.ts";

export const hookUrl = (name: string) => `${WEBHOOK_PEER_BASE}/hooks/${name}`;

export type Received = { body: string; signature: string; deliveryId: string; updateId: string };

export async function receivedAt(name: string): Promise<Received[]> {
  const response = await fetch(`${WEBHOOK_PEER_BASE}/__peer/hooks/${name}`);
  return ((await response.json()) as { received: Received[] }).received;
}

export async function failNextPosts(name: string, times: number, status = 500) {
  await fetch(`${WEBHOOK_PEER_BASE}/__peer/hooks/${name}/fail`, {
    method: "POST",
    body: JSON.stringify({ times, status }),
  });
}

/** The signature a receiver expects: sha256=<hex HMAC-SHA256(secret, body)>, made as the test's own. */
export async function expectedSignature(secret: string, body: string) {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(body)));
  return `sha256=${Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}
