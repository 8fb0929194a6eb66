// Server side of the MTProto 2.0 auth-key exchange (https://core.telegram.org/mtproto/auth_key),
// built from GramJS's own TL classes and crypto so both ends agree byte for byte.
import { createHash, randomBytes } from "node:crypto";
import type bigInt from "big-integer";
import { Api } from "telegram";
import { AuthKey } from "telegram/crypto/AuthKey.js";
import { IGE } from "telegram/crypto/IGE.js";
import { BinaryReader } from "telegram/extensions/index.js";
import { generateKeyDataFromNonce, readBigIntFromBuffer, readBufferFromBigInt } from "telegram/Helpers.js";
import { big, bigFromHex } from "../../durable/telegram/bigint.ts";
import type { DcRsaKey } from "./rsa.ts";

/** Telegram's 2048-bit safe prime (also GramJS's "good prime" for SRP), generator 3. */
export const DH_PRIME_HEX =
  "c71caeb9c6b1c9048e6c522f70f13f73980d40238e3e21c14934d037563d930f48198a0aa7c14058229493d22530f4db" +
  "fa336f6e0ac925139543aed44cce7c3720fd51f69458705ac68cd4fe6b6b13abdc9746512969328454f18faf8c595f64" +
  "2477fe96bb2a941d5bcd1d4ac8cc49880708fa9b378e3c4f3a9060bee67cf9a4a4a695811051907e162753b56b0f6b41" +
  "0dba74d8a84b2a14b3144e0ef1284754fd17ed950d5965b4b9dd46582db1178d169c6bc465b0d6ff9ca3928fef5b9ae4" +
  "e418fc15e83ebea0f87fa9ff5eed70050ded2849f47bf959d956850ce929851f0d8115f635b105ee2e4e15d04b2454bf" +
  "6f4fadf034b10403119cd8e3b92fcc5b";
export const DH_PRIME = bigFromHex(DH_PRIME_HEX);
export const DH_G = 3;

const sha1 = (data: Buffer) => createHash("sha1").update(data).digest();
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest();

function isPrime31(n: number): boolean {
  if (n < 2 || n % 2 === 0) return n === 2;
  for (let d = 3; d * d <= n; d += 2) if (n % d === 0) return false;
  return true;
}

/** A random prime just below 2^31: pq stays below 2^63, which GramJS reads as a signed number. */
function randomPrime31(): number {
  for (;;) {
    const candidate = (randomBytes(4).readUInt32BE(0) | 0x40000001) & 0x7fffffff;
    if (isPrime31(candidate)) return candidate;
  }
}

/** The state of one exchange, carried between its three round trips on one connection. */
export class AuthKeyExchange {
  private nonce: bigInt.BigInteger | undefined;
  private serverNonce: bigInt.BigInteger | undefined;
  private newNonce: bigInt.BigInteger | undefined;
  private p = 0;
  private q = 0;
  private a: bigInt.BigInteger | undefined;
  private key: Buffer | undefined;
  private iv: Buffer | undefined;

  private readonly rsa: DcRsaKey;

  constructor(rsa: DcRsaKey) {
    this.rsa = rsa;
  }

  /** Answers one unencrypted message; returns the reply and, at the end, the new auth key. */
  async handle(
    request: unknown,
  ): Promise<{ reply: Api.AnyRequest | object; authKey?: AuthKey; salt?: bigInt.BigInteger }> {
    if (request instanceof Api.ReqPqMulti || request instanceof Api.ReqPq) {
      this.nonce = request.nonce;
      this.serverNonce = readBigIntFromBuffer(randomBytes(16), true, true);
      this.p = randomPrime31();
      do this.q = randomPrime31();
      while (this.q === this.p);
      if (this.p > this.q) [this.p, this.q] = [this.q, this.p];
      const pq = big(this.p).multiply(this.q);
      return {
        reply: new Api.ResPQ({
          nonce: this.nonce,
          serverNonce: this.serverNonce,
          pq: readBufferFromBigInt(pq, 8, false, false),
          serverPublicKeyFingerprints: [big(this.rsa.fingerprint)],
        }),
      };
    }
    if (request instanceof Api.ReqDHParams) return { reply: await this.dhParams(request) };
    if (request instanceof Api.SetClientDHParams) return this.clientDhParams(request);
    throw new Error(`unexpected unencrypted message ${(request as { className?: string })?.className}`);
  }

  private checkNonces(message: { nonce: bigInt.BigInteger; serverNonce: bigInt.BigInteger }) {
    if (
      !this.nonce ||
      !this.serverNonce ||
      message.nonce.neq(this.nonce) ||
      message.serverNonce.neq(this.serverNonce)
    ) {
      throw new Error("nonce mismatch");
    }
  }

  /** req_DH_params: RSA_PAD decryption (https://core.telegram.org/mtproto/auth_key#41-rsa-paddata-server-public-key-mentioned-above-is-implemented-as-follows). */
  private async dhParams(request: Api.ReqDHParams) {
    this.checkNonces(request);
    if (request.publicKeyFingerprint.toString() !== this.rsa.fingerprint) throw new Error("unknown RSA fingerprint");
    const encrypted = readBigIntFromBuffer(request.encryptedData, false, false);
    const plain = readBufferFromBigInt(encrypted.modPow(this.rsa.d, this.rsa.n), 256, false, false);
    const tempKeyXor = plain.subarray(0, 32);
    const aesEncrypted = plain.subarray(32);
    const tempKey = Buffer.alloc(32);
    const aesHash = sha256(aesEncrypted);
    for (let i = 0; i < 32; i++) tempKey[i] = (tempKeyXor[i] ?? 0) ^ (aesHash[i] ?? 0);
    const dataWithHash = new IGE(tempKey, Buffer.alloc(32)).decryptIge(aesEncrypted);
    const dataWithPadding = Buffer.from(dataWithHash.subarray(0, 192)).reverse();
    const hash = dataWithHash.subarray(192, 224);
    if (!sha256(Buffer.concat([tempKey, dataWithPadding])).equals(hash)) throw new Error("RSA_PAD hash mismatch");
    const inner = new BinaryReader(dataWithPadding).tgReadObject();
    if (!(inner instanceof Api.PQInnerData || inner instanceof Api.PQInnerDataDc))
      throw new Error("bad p_q_inner_data");
    this.checkNonces(inner);
    const p = readBigIntFromBuffer(inner.p, false, false).toJSNumber();
    const q = readBigIntFromBuffer(inner.q, false, false).toJSNumber();
    if (p !== this.p || q !== this.q) throw new Error("wrong factorisation of pq");
    this.newNonce = inner.newNonce;

    this.a = readBigIntFromBuffer(randomBytes(256), false, false);
    const gA = big(DH_G).modPow(this.a, DH_PRIME);
    const answer = new Api.ServerDHInnerData({
      nonce: inner.nonce,
      serverNonce: inner.serverNonce,
      g: DH_G,
      dhPrime: readBufferFromBigInt(DH_PRIME, 256, false, false),
      gA: readBufferFromBigInt(gA, 256, false, false),
      serverTime: Math.floor(Date.now() / 1000),
    }).getBytes();
    const withHash = Buffer.concat([sha1(answer), answer]);
    const padded = Buffer.concat([withHash, randomBytes((16 - (withHash.length % 16)) % 16)]);
    const { key, iv } = await generateKeyDataFromNonce(inner.serverNonce, inner.newNonce);
    this.key = key;
    this.iv = iv;
    return new Api.ServerDHParamsOk({
      nonce: inner.nonce,
      serverNonce: inner.serverNonce,
      encryptedAnswer: new IGE(key, iv).encryptIge(padded),
    });
  }

  private async clientDhParams(request: Api.SetClientDHParams) {
    this.checkNonces(request);
    if (!this.key || !this.iv || !this.a || !this.newNonce || !this.serverNonce) throw new Error("out of order");
    const plain = new IGE(this.key, this.iv).decryptIge(request.encryptedData);
    const inner = new BinaryReader(plain.subarray(20)).tgReadObject();
    if (!(inner instanceof Api.ClientDHInnerData)) throw new Error("bad client_DH_inner_data");
    const innerBytes = inner.getBytes();
    if (!sha1(innerBytes).equals(plain.subarray(0, 20))) throw new Error("client_DH_inner_data hash mismatch");
    const gB = readBigIntFromBuffer(inner.gB, false, false);
    if (gB.leq(1) || gB.geq(DH_PRIME.minus(1))) throw new Error("bad g_b");
    const authKey = new AuthKey();
    await authKey.setKey(readBufferFromBigInt(gB.modPow(this.a, DH_PRIME), 256, false, false));
    const newNonceHash1 = await authKey.calcNewNonceHash(this.newNonce, 1);
    // server_salt = substr(new_nonce, 0, 8) XOR substr(server_nonce, 0, 8)
    const newNonceBytes = readBufferFromBigInt(this.newNonce, 32, true, true);
    const serverNonceBytes = readBufferFromBigInt(this.serverNonce, 16, true, true);
    const saltBytes = Buffer.alloc(8);
    for (let i = 0; i < 8; i++) saltBytes[i] = (newNonceBytes[i] ?? 0) ^ (serverNonceBytes[i] ?? 0);
    return {
      reply: new Api.DhGenOk({ nonce: request.nonce, serverNonce: request.serverNonce, newNonceHash1 }),
      authKey,
      salt: readBigIntFromBuffer(saltBytes, true, true),
    };
  }
}
