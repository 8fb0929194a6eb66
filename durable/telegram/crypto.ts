// The Telegram session string (it holds the account's auth key) is stored encrypted: AES-256-GCM
// with a key derived by HKDF-SHA-256 from SESSION_SECRET, salted per session id, so a copy moved
// to another session or read without the secret is useless. Plain WebCrypto: runs in Node too.

const VERSION = "v1";
const encoder = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

async function sessionKey(secret: string, sessionId: string): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey("raw", encoder.encode(secret), "HKDF", false, ["deriveKey"]);
  return crypto.subtle.deriveKey(
    {
      name: "HKDF",
      hash: "SHA-256",
      salt: encoder.encode(`telegram-session:${sessionId}`),
      info: encoder.encode("big-gateway telegram session string v1"),
    },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

/** `v1.<base64(iv ‖ ciphertext+tag)>` */
export async function sealSessionString(plain: string, secret: string, sessionId: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await sessionKey(secret, sessionId);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, encoder.encode(plain)));
  const out = new Uint8Array(iv.length + sealed.length);
  out.set(iv);
  out.set(sealed, iv.length);
  return `${VERSION}.${toBase64(out)}`;
}

/** The session string, or an error when the secret (or the session id) is not the one it was sealed with. */
export async function openSessionString(sealed: string, secret: string, sessionId: string): Promise<string> {
  const [version, payload] = sealed.split(".");
  if (version !== VERSION || !payload) throw new Error("unknown sealed session format");
  const bytes = fromBase64(payload);
  const key = await sessionKey(secret, sessionId);
  const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: bytes.subarray(0, 12) }, key, bytes.subarray(12));
  return new TextDecoder().decode(plain);
}
