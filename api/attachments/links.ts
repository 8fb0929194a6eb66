// Short-lived signed download links, for places that cannot send an Authorization header (an
// <img src>). The URL carries the attachment id, an expiry and an HMAC over both, keyed by the
// JWT secret under a label of its own, so a link signature can never pass as anything else.

const LABEL = "attachment-link/v1";

async function key(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
    "verify",
  ]);
}

function message(attachmentId: string, expires: number): Uint8Array {
  return new TextEncoder().encode(`${LABEL}\n${attachmentId}\n${expires}`);
}

function base64url(bytes: ArrayBuffer): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

function fromBase64url(text: string): Uint8Array | null {
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** `expires` is unix seconds. */
export async function signLink(secret: string, attachmentId: string, expires: number): Promise<string> {
  return base64url(await crypto.subtle.sign("HMAC", await key(secret), message(attachmentId, expires)));
}

/** True for an unexpired link this server signed for this attachment (compared in constant time). */
export async function verifyLink(
  secret: string,
  attachmentId: string,
  expires: number,
  signature: string,
  nowMs: number,
): Promise<boolean> {
  if (expires * 1000 <= nowMs) return false;
  const bytes = fromBase64url(signature);
  if (!bytes) return false;
  return crypto.subtle.verify("HMAC", await key(secret), bytes, message(attachmentId, expires));
}
