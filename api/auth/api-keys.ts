// Telegram-proxy API keys: `bgk_` + 43 base64url characters (256 random bits). Only the SHA-256
// of a key is stored. This module has no platform imports: tools/apikey.ts uses it under Node.

export const API_KEY_PREFIX = "bgk_";
const KEY_PATTERN = /^bgk_[A-Za-z0-9_-]{43}$/;

function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function looksLikeApiKey(value: string): boolean {
  return KEY_PATTERN.test(value);
}

export async function hashApiKey(key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A new key, its id and its hash. The key itself is shown once and never stored. */
export async function newApiKey(): Promise<{ id: string; key: string; keyHash: string }> {
  const key = API_KEY_PREFIX + base64url(crypto.getRandomValues(new Uint8Array(32)));
  const id = `key_${base64url(crypto.getRandomValues(new Uint8Array(9)))}`;
  return { id, key, keyHash: await hashApiKey(key) };
}

/** The D1 row for a key made by `newApiKey` (used by the CLI and by tests). */
export function insertApiKeySql(row: { id: string; name: string; keyHash: string; createdAt: number }) {
  const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
  return `INSERT INTO api_keys (id, name, key_hash, created_at) VALUES (${quote(row.id)}, ${quote(row.name)}, ${quote(row.keyHash)}, ${row.createdAt});`;
}
