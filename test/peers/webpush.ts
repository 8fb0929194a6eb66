import { webcrypto } from "node:crypto";
import { decodeProtectedHeader, importJWK, jwtVerify } from "jose";
import { FailurePlan, Inbox, json, peerControls } from "./push-common.ts";

/**
 * A local Web Push service (RFC 8030), run as the Worker's outbound service (vitest.config.ts).
 * `POST /__peer/subscribe` makes a subscription as a browser would (its own P-256 key pair and
 * auth secret, kept here); a push to its endpoint must carry a VAPID `authorization: vapid t=…, k=…`
 * (RFC 8292: ES256 JWT verified with k, aud = this origin, exp within 24 h, a mailto:/https: sub)
 * and an `aes128gcm` body (RFC 8291/8188), which the peer decrypts with the subscription's private
 * key and records as text. Answers 201 like real push services.
 */

export const WEBPUSH_PEER_BASE = "https://webpush.test";
const subtle = webcrypto.subtle;

type Subscription = { privateKey: webcrypto.CryptoKey; publicKey: Uint8Array; auth: Uint8Array };
export type WebPushReceived = {
  text: string;
  urgency: string | null;
  topic: string | null;
  ttl: string | null;
  vapidKey: string;
};

const subscriptions = new Map<string, Subscription>();
const failures = new FailurePlan();
const inbox = new Inbox<WebPushReceived>();

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const utf8 = (text: string) => new TextEncoder().encode(text);

async function hmac(key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const k = await subtle.importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await subtle.sign("HMAC", k, data));
}

/** RFC 8291 §3.4 + RFC 8188: one aes128gcm record, decrypted with the subscription's keys. */
async function decrypt(sub: Subscription, body: Uint8Array): Promise<string> {
  const salt = body.slice(0, 16);
  const idLength = body[20] ?? 0;
  const senderPublic = body.slice(21, 21 + idLength);
  const ciphertext = body.slice(21 + idLength);
  const senderKey = await subtle.importKey("raw", senderPublic, { name: "ECDH", namedCurve: "P-256" }, false, []);
  const shared = new Uint8Array(await subtle.deriveBits({ name: "ECDH", public: senderKey }, sub.privateKey, 256));
  const prkKey = await hmac(sub.auth, shared);
  const keyInfo = concat(utf8("WebPush: info\0"), sub.publicKey, senderPublic, new Uint8Array([1]));
  const ikm = await hmac(prkKey, keyInfo);
  const prk = await hmac(salt, ikm);
  const cek = (await hmac(prk, concat(utf8("Content-Encoding: aes128gcm\0"), new Uint8Array([1])))).slice(0, 16);
  const nonce = (await hmac(prk, concat(utf8("Content-Encoding: nonce\0"), new Uint8Array([1])))).slice(0, 12);
  const aes = await subtle.importKey("raw", cek, "AES-GCM", false, ["decrypt"]);
  const padded = new Uint8Array(await subtle.decrypt({ name: "AES-GCM", iv: nonce }, aes, ciphertext));
  // The last record ends with the delimiter 0x02, then zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error("missing the last-record delimiter");
  return new TextDecoder().decode(padded.slice(0, end));
}

async function verifyVapid(authorization: string | null): Promise<string | null> {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization ?? "");
  if (!match?.[1] || !match[2]) return null;
  const [jwt, k] = [match[1], match[2]];
  const raw = Buffer.from(k, "base64url");
  if (raw.length !== 65 || raw[0] !== 4) return null;
  try {
    if (decodeProtectedHeader(jwt).alg !== "ES256") return null;
    const key = await importJWK(
      { kty: "EC", crv: "P-256", x: b64url(raw.subarray(1, 33)), y: b64url(raw.subarray(33)) },
      "ES256",
    );
    const { payload } = await jwtVerify(jwt, key, { audience: WEBPUSH_PEER_BASE, algorithms: ["ES256"] });
    if (!payload.exp || payload.exp - Date.now() / 1000 > 86_400) return null;
    if (!/^(mailto:|https:)/.test(String(payload.sub))) return null;
    return k;
  } catch {
    return null;
  }
}

async function subscribe(): Promise<Response> {
  const pair = (await subtle.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, [
    "deriveBits",
  ])) as webcrypto.CryptoKeyPair;
  const publicKey = new Uint8Array(await subtle.exportKey("raw", pair.publicKey));
  const auth = webcrypto.getRandomValues(new Uint8Array(16));
  const id = crypto.randomUUID();
  subscriptions.set(id, { privateKey: pair.privateKey, publicKey, auth });
  return json(200, {
    endpoint: `${WEBPUSH_PEER_BASE}/push/${id}`,
    keys: { p256dh: b64url(publicKey), auth: b64url(auth) },
  });
}

async function push(request: Request, id: string): Promise<Response> {
  const sub = subscriptions.get(id);
  if (!sub) return json(404, { error: "no such subscription" });
  const vapidKey = await verifyVapid(request.headers.get("authorization"));
  if (!vapidKey) return json(401, { error: "VAPID authorization refused" });
  if (request.headers.get("content-encoding") !== "aes128gcm") return json(415, { error: "aes128gcm expected" });
  if (!request.headers.get("ttl")) return json(400, { error: "TTL header required" });
  const planted = failures.take(id);
  if (planted) return planted;
  let text: string;
  try {
    text = await decrypt(sub, new Uint8Array(await request.arrayBuffer()));
  } catch (error) {
    return json(400, { error: `payload does not decrypt: ${String(error)}` });
  }
  inbox.add(id, {
    text,
    urgency: request.headers.get("urgency"),
    topic: request.headers.get("topic"),
    ttl: request.headers.get("ttl"),
    vapidKey,
  });
  return new Response(null, {
    status: 201,
    headers: { location: `${WEBPUSH_PEER_BASE}/message/${crypto.randomUUID()}` },
  });
}

/** Handles a request for the peer's host; anything else is not ours (null). */
export async function webPushPeer(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  if (url.origin !== WEBPUSH_PEER_BASE) return null;
  if (url.pathname === "/__peer/subscribe" && request.method === "POST") return subscribe();
  const controls = await peerControls(request, url, failures, inbox);
  if (controls) return controls;
  const match = /^\/push\/([^/]+)$/.exec(url.pathname);
  if (match?.[1] && request.method === "POST") return push(request, match[1]);
  return json(404, { error: "not found" });
}
