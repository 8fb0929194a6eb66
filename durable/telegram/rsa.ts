// Telegram's RSA key fingerprint: the low 64 bits of sha1(TL bytes of n ‖ TL bytes of e), read as
// a signed little-endian long — the key GramJS's `_serverKeys` map uses. Shared by the session
// object (to trust a configured DC's key) and by the loopback DC (to announce its own).
import { createHash } from "node:crypto";
import { readBigIntFromBuffer } from "telegram/Helpers.js";
import { serializeBytes } from "telegram/tl/generationHelpers.js";
import { bigFromHex } from "./bigint.ts";
import { serverKeys } from "./gramjs-internals.cjs";

export function rsaFingerprint(nBytes: Buffer, eBytes: Buffer): string {
  const digest = createHash("sha1")
    .update(Buffer.concat([serializeBytes(nBytes), serializeBytes(eBytes)]))
    .digest();
  return readBigIntFromBuffer(digest.subarray(12, 20), true, true).toString();
}

/** Adds a DC key (modulus in hex, exponent 65537) to the keys GramJS accepts in the handshake. */
export function trustDcKey(modulusHex: string) {
  const e = 65537;
  const fingerprint = rsaFingerprint(Buffer.from(modulusHex, "hex"), Buffer.from([0x01, 0x00, 0x01]));
  if (!serverKeys.has(fingerprint)) serverKeys.set(fingerprint, { n: bigFromHex(modulusHex), e });
}
