/**
 * Small crypto helpers for identity: random ids and tokens, and the hashes that stand in for
 * secrets at rest (SMS codes, refresh tokens). Plain Web Crypto, so they run in workerd and Node.
 */

const encoder = new TextEncoder();

function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}

/** `usr_3f9a…`: an opaque id with a prefix that says what it names (80 random bits). */
export function newId(prefix: string): string {
  return `${prefix}_${hex(crypto.getRandomValues(new Uint8Array(10)))}`;
}

/** An opaque refresh token: 256 random bits, so a plain SHA-256 is enough to store it. */
export function newRefreshToken(): string {
  return `rt_${base64url(crypto.getRandomValues(new Uint8Array(32)))}`;
}

/** A uniformly random six-digit code (rejection sampling: no modulo bias). */
export function newSmsCode(): string {
  const limit = 4_294_000_000; // largest multiple of 1,000,000 below 2^32
  for (;;) {
    const [value = limit] = crypto.getRandomValues(new Uint32Array(1));
    if (value < limit) return String(value % 1_000_000).padStart(6, "0");
  }
}

export async function sha256Hex(value: string): Promise<string> {
  return hex(new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(value))));
}

const hmacKeys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = hmacKeys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    hmacKeys.set(secret, key);
  }
  return key;
}

/**
 * The stored form of an SMS code. A six-digit code has only 10^6 values, so a plain hash would be
 * reversed in milliseconds from a leaked table; keyed by a server secret it cannot be. The label
 * keeps these MACs apart from anything else the same secret signs, and the phone binds the code
 * to its number.
 */
export async function smsCodeHash(secret: string, phone: string, code: string): Promise<string> {
  const key = await hmacKey(secret);
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(`big-gateway/sms-code/v1\n${phone}\n${code}`));
  return hex(new Uint8Array(mac));
}

/** Compares two hex digests without leaking, through timing, how much of them matched. */
export function sameDigest(a: string, b: string): boolean {
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  if (left.byteLength !== right.byteLength) return false;
  // XOR-accumulate every byte (no early exit). Portable, unlike workerd's timingSafeEqual.
  let difference = 0;
  for (let i = 0; i < left.byteLength; i++) difference |= (left[i] ?? 0) ^ (right[i] ?? 0);
  return difference === 0;
}
