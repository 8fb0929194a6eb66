// MTProto 2.0 message encryption, server side (https://core.telegram.org/mtproto/description).
// msg_key = middle 128 bits of sha256(auth_key[88+x : 120+x] ‖ plaintext); x = 0 from the client,
// 8 from the server. The AES-IGE key and iv derive from msg_key and auth_key the same way.
import { createHash, randomBytes } from "node:crypto";
import { IGE } from "telegram/crypto/IGE.js";

const sha256 = (...parts: Buffer[]) => createHash("sha256").update(Buffer.concat(parts)).digest();

function keyAndIv(authKey: Buffer, msgKey: Buffer, x: 0 | 8) {
  const a = sha256(msgKey, authKey.subarray(x, x + 36));
  const b = sha256(authKey.subarray(x + 40, x + 76), msgKey);
  return {
    key: Buffer.concat([a.subarray(0, 8), b.subarray(8, 24), a.subarray(24, 32)]),
    iv: Buffer.concat([b.subarray(0, 8), a.subarray(8, 24), b.subarray(24, 32)]),
  };
}

/** Decrypts a client message (after the 8-byte auth_key_id); undefined when msg_key does not match. */
export function decryptFromClient(authKey: Buffer, packet: Buffer): Buffer | undefined {
  const msgKey = packet.subarray(8, 24);
  const encrypted = packet.subarray(24);
  if (encrypted.length === 0 || encrypted.length % 16 !== 0) return undefined;
  const { key, iv } = keyAndIv(authKey, msgKey, 0);
  const plain = new IGE(key, iv).decryptIge(encrypted);
  const expected = sha256(authKey.subarray(88, 120), plain).subarray(8, 24);
  return expected.equals(msgKey) ? plain : undefined;
}

/** Encrypts a server message: auth_key_id ‖ msg_key ‖ AES-IGE(data ‖ 12..27 bytes of padding). */
export function encryptForClient(authKey: Buffer, authKeyId: Buffer, data: Buffer): Buffer {
  const padLength = 12 + ((16 - ((data.length + 12) % 16)) % 16);
  const plain = Buffer.concat([data, randomBytes(padLength)]);
  const msgKey = sha256(authKey.subarray(96, 128), plain).subarray(8, 24);
  const { key, iv } = keyAndIv(authKey, msgKey, 8);
  return Buffer.concat([authKeyId, msgKey, new IGE(key, iv).encryptIge(plain)]);
}
