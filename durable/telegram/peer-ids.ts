// Telegram's "marked" peer ids, the ones its apps and the Bot API show: a user's id as is, a basic
// group's negated, a channel's (supergroups too) as -(10^12 + id). One number then names any chat,
// which is what the proxy's `chatId` is. Plain BigInt arithmetic: ids are 64-bit.

export type PeerType = "user" | "chat" | "channel";

const CHANNEL_BASE = 1_000_000_000_000n;

export function markedPeerId(type: PeerType, id: bigint | number | string): string {
  const raw = BigInt(id);
  if (type === "user") return raw.toString();
  if (type === "chat") return (-raw).toString();
  return (-(CHANNEL_BASE + raw)).toString();
}

/** The peer a marked id names, or undefined for 0 and anything that is not an integer. */
export function parseMarkedPeerId(marked: string): { type: PeerType; id: string } | undefined {
  if (!/^-?[1-9][0-9]{0,18}$/.test(marked)) return undefined;
  const value = BigInt(marked);
  if (value > 0n) return { type: "user", id: value.toString() };
  if (-value > CHANNEL_BASE) return { type: "channel", id: (-value - CHANNEL_BASE).toString() };
  return { type: "chat", id: (-value).toString() };
}
