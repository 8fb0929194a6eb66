// The loopback DC's RSA key. Made fresh at start-up (no private key is committed); its public half
// is handed to the Worker, which registers it in GramJS's trusted-key map (`_serverKeys`).
import { generateKeyPairSync } from "node:crypto";
import type bigInt from "big-integer";
import { readBigIntFromBuffer } from "telegram/Helpers.js";
import { rsaFingerprint } from "../../durable/telegram/rsa.ts";

export interface DcRsaKey {
  n: bigInt.BigInteger;
  e: number;
  d: bigInt.BigInteger;
  /** Signed 64-bit fingerprint, as GramJS keys `_serverKeys` (decimal string). */
  fingerprint: string;
  /** n as hex: the value of TELEGRAM_DC_RSA_N for the Worker. */
  nHex: string;
}

const fromBase64Url = (value: string) => Buffer.from(value, "base64url");

export function generateDcRsaKey(): DcRsaKey {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048, publicExponent: 65537 });
  const jwk = privateKey.export({ format: "jwk" });
  if (!jwk.n || !jwk.e || !jwk.d) throw new Error("RSA key export failed");
  const nBytes = fromBase64Url(jwk.n);
  const eBytes = fromBase64Url(jwk.e);
  return {
    n: readBigIntFromBuffer(nBytes, false, false),
    e: readBigIntFromBuffer(eBytes, false, false).toJSNumber(),
    d: readBigIntFromBuffer(fromBase64Url(jwk.d), false, false),
    fingerprint: rsaFingerprint(nBytes, eBytes),
    nHex: nBytes.toString("hex"),
  };
}
