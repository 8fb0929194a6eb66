// GramJS's TL classes check big integers with `bigInt.isInstance`, which only accepts instances of
// *its own* copy of big-integer. Bundlers (vite in tests, esbuild in wrangler) may load a second
// copy for our imports, so every big integer handed to GramJS is made by GramJS's helpers.
import type bigInt from "big-integer";
import { readBigIntFromBuffer, returnBigInt } from "telegram/Helpers.js";

export type BigInteger = bigInt.BigInteger;

export const big = (value: number | string | bigint): BigInteger => returnBigInt(value);

export const bigFromHex = (hex: string): BigInteger => readBigIntFromBuffer(Buffer.from(hex, "hex"), false, false);

export const BIG_ZERO = big(0);
