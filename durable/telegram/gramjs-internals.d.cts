import type bigInt from "big-integer";

export declare const serverKeys: Map<string, { n: bigInt.BigInteger; e: number }>;
