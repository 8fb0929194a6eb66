// Server half of Telegram's SRP 2FA check (https://core.telegram.org/api/srp). The client half is
// GramJS's own `computeCheck`; the verifier v = g^x mod p comes from GramJS's `computeDigest`, so
// both ends hash the password identically.
import { createHash, randomBytes } from "node:crypto";
import type bigInt from "big-integer";
import { Api } from "telegram";
import { readBigIntFromBuffer, readBufferFromBigInt } from "telegram/Helpers.js";
import { computeDigest } from "telegram/Password.js";
import { big } from "../../durable/telegram/bigint.ts";
import { DH_G, DH_PRIME } from "./handshake.ts";

const sha256 = (...parts: Buffer[]) => createHash("sha256").update(Buffer.concat(parts)).digest();
const pad256 = (n: bigInt.BigInteger) => readBufferFromBigInt(n, 256, false, false);
const P_BYTES = pad256(DH_PRIME);
const G_BYTES = pad256(big(DH_G));

export interface StoredPassword {
  salt1: Buffer;
  salt2: Buffer;
  /** The verifier g^x mod p, 256 bytes. The password itself is never kept. */
  verifier: Buffer;
  hint: string;
}

export function passwordAlgo(salt1: Buffer, salt2: Buffer) {
  return new Api.PasswordKdfAlgoSHA256SHA256PBKDF2HMACSHA512iter100000SHA256ModPow({
    salt1,
    salt2,
    g: DH_G,
    p: P_BYTES,
  });
}

export async function makePassword(password: string, hint: string): Promise<StoredPassword> {
  const salt1 = randomBytes(40);
  const salt2 = randomBytes(16);
  const verifier = Buffer.from(await computeDigest(passwordAlgo(salt1, salt2), password));
  return { salt1, salt2, verifier, hint };
}

/** One challenge (srp_id, b, B) handed out by account.getPassword. */
export interface SrpChallenge {
  srpId: bigInt.BigInteger;
  b: bigInt.BigInteger;
  B: Buffer;
}

export function newChallenge(stored: StoredPassword): SrpChallenge {
  const v = readBigIntFromBuffer(stored.verifier, false, false);
  const k = readBigIntFromBuffer(sha256(P_BYTES, G_BYTES), false, false);
  const b = readBigIntFromBuffer(randomBytes(256), false, false);
  const B = k.multiply(v).add(big(DH_G).modPow(b, DH_PRIME)).mod(DH_PRIME);
  return { srpId: readBigIntFromBuffer(randomBytes(8), true, true), b, B: pad256(B) };
}

/** True when the client's M1 proves knowledge of the password behind `stored`. */
export function verifyCheck(stored: StoredPassword, challenge: SrpChallenge, A: Buffer, M1: Buffer): boolean {
  const aInt = readBigIntFromBuffer(A, false, false);
  if (aInt.leq(1) || aInt.geq(DH_PRIME.minus(1))) return false;
  const aBytes = pad256(aInt);
  const u = readBigIntFromBuffer(sha256(aBytes, challenge.B), false, false);
  const v = readBigIntFromBuffer(stored.verifier, false, false);
  const S = aInt.multiply(v.modPow(u, DH_PRIME)).mod(DH_PRIME).modPow(challenge.b, DH_PRIME);
  const K = sha256(pad256(S));
  const hp = sha256(P_BYTES);
  const hg = sha256(G_BYTES);
  for (let i = 0; i < hp.length; i++) hp[i] = (hp[i] ?? 0) ^ (hg[i] ?? 0);
  const expected = sha256(hp, sha256(stored.salt1), sha256(stored.salt2), aBytes, challenge.B, K);
  return expected.equals(M1);
}
