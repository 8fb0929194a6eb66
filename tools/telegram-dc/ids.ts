// Server message ids: unixtime in the high 32 bits, strictly increasing, ≡ 1 (mod 4) for answers
// and ≡ 3 for messages the server sends on its own (https://core.telegram.org/mtproto/description#message-identifier-msg-id).
import type bigInt from "big-integer";
import { BIG_ZERO, big } from "../../durable/telegram/bigint.ts";

let last = BIG_ZERO;

export function nextServerMsgId(answer = true): bigInt.BigInteger {
  const now = Date.now();
  let id = big(Math.floor(now / 1000))
    .shiftLeft(32)
    .add(big((now % 1000) * 1_000_000).shiftLeft(2));
  if (id.leq(last)) id = last.add(4);
  id = id.minus(id.mod(4)).add(answer ? 1 : 3);
  last = id;
  return id;
}
