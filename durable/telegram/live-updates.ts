// updates.getDifference answers → the proxy's live update events, and the webhook signature.
// Plain functions over GramJS's TL classes.
import { Api } from "telegram";
import type { TelegramUpdate } from "../../openapi/telegram-updates.ts";
import { wireMessage } from "./messages.ts";

export type UpdateState = { pts: number; qts: number; date: number };

export type DifferenceEvents = {
  events: TelegramUpdate[];
  /** Where the next getDifference starts; undefined when nothing changed. */
  state: UpdateState | undefined;
  /** No further page to fetch now. */
  final: boolean;
  /** Telegram cannot replay what was missed (differenceTooLong): start again from its pts. */
  gap: boolean;
  users: Api.TypeUser[];
  chats: Api.TypeChat[];
};

export const asState = (state: Api.updates.State): UpdateState => ({
  pts: state.pts,
  qts: state.qts,
  date: state.date,
});

function otherEvent(update: Api.TypeUpdate, selfId: string | null): TelegramUpdate | undefined {
  if (update instanceof Api.UpdateEditMessage || update instanceof Api.UpdateEditChannelMessage) {
    const message = wireMessage(update.message, selfId);
    return message && { type: "message.edited", message };
  }
  if (update instanceof Api.UpdateNewMessage || update instanceof Api.UpdateNewChannelMessage) {
    const message = wireMessage(update.message, selfId);
    return message && { type: "message.new", message };
  }
  if (update instanceof Api.UpdateDeleteMessages || update instanceof Api.UpdateDeleteChannelMessages) {
    return { type: "message.deleted", messageIds: update.messages };
  }
  return undefined;
}

/** The events of one getDifference answer, in Telegram's order: new messages, then the other updates. */
export function differenceEvents(answer: Api.updates.TypeDifference, selfId: string | null): DifferenceEvents {
  const none = { events: [], users: [], chats: [] };
  if (answer instanceof Api.updates.DifferenceEmpty) return { ...none, state: undefined, final: true, gap: false };
  if (answer instanceof Api.updates.DifferenceTooLong) {
    return { ...none, events: [{ type: "updates.gap" }], state: undefined, final: true, gap: true };
  }
  const events: TelegramUpdate[] = [];
  for (const message of answer.newMessages) {
    const wire = wireMessage(message, selfId);
    if (wire) events.push({ type: "message.new", message: wire });
  }
  for (const update of answer.otherUpdates) {
    const event = otherEvent(update, selfId);
    if (event) events.push(event);
  }
  const slice = answer instanceof Api.updates.DifferenceSlice;
  const state = slice ? answer.intermediateState : answer.state;
  return { events, state: asState(state), final: !slice, gap: false, users: answer.users, chats: answer.chats };
}

/** `sha256=<hex HMAC-SHA256(secret, body)>`: the X-Signature of a webhook post. */
export async function webhookSignature(secret: string, body: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(body)));
  return `sha256=${Array.from(mac, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}
