// The `chatId` path parameter of the Telegram proxy: `me` (Saved Messages), `@username`, or a
// numeric chat id as Telegram's apps show it ("marked": a user's id, a basic group's id negated,
// a channel's or supergroup's as -100…). Part of the contract (the route's pattern); the session
// object reads the parsed ChatRef, so both sides share one definition.

export type ChatRef = { kind: "self" } | { kind: "username"; username: string } | { kind: "id"; id: string };

export const CHAT_ID_PATTERN = /^(?:me|@[A-Za-z][A-Za-z0-9_]{3,31}|-?[1-9][0-9]{0,18})$/;

export function parseChatId(chatId: string): ChatRef | undefined {
  if (!CHAT_ID_PATTERN.test(chatId)) return undefined;
  if (chatId === "me") return { kind: "self" };
  if (chatId.startsWith("@")) return { kind: "username", username: chatId.slice(1) };
  return { kind: "id", id: chatId };
}
