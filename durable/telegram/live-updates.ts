// updates.getDifference / updates.getChannelDifference answers → the proxy's live update events,
// and the webhook signature. Plain functions over GramJS's TL classes.
//
// Telegram keeps two kinds of update box: one per account (private chats and basic groups, one
// pts for all of them, caught up with getDifference) and one per channel or supergroup (its own
// pts, caught up with getChannelDifference). Both end up as the same events, with the chat's type
// and a stable id: the same Telegram update always gets the same id, however often it is fetched
// (a replay after the object died between delivering and saving its pts).
import { Api } from "telegram";
import type { TelegramDialog } from "../../openapi/telegram-schemas.ts";
import type { TelegramUpdate } from "../../openapi/telegram-updates.ts";
import { wireMessage } from "./messages.ts";
import { markedPeerId } from "./peer-ids.ts";

export type UpdateState = { pts: number; qts: number; date: number };
export type ChannelType = "supergroup" | "channel";

type Entities = { users: Api.TypeUser[]; chats: Api.TypeChat[] };

export type DifferenceEvents = Entities & {
  events: TelegramUpdate[];
  /** Where the next getDifference starts; undefined when nothing changed. */
  state: UpdateState | undefined;
  /** No further page to fetch now. */
  final: boolean;
  /** Telegram cannot replay what was missed (differenceTooLong): start again from its pts. */
  gap: boolean;
  /** Channels with news Telegram named in it (updateChannelTooLong…): fetch their own difference. */
  channels: NonNullable<ReturnType<typeof channelOfPush>>[];
};

export type ChannelDifferenceEvents = Entities & {
  events: TelegramUpdate[];
  /** The channel's pts to start the next getChannelDifference from. */
  pts: number | undefined;
  /** No further page to fetch now. */
  final: boolean;
  /** Whether it is a supergroup or a broadcast channel, when the answer says. */
  channelType: ChannelType | undefined;
};

export const asState = (state: Api.updates.State): UpdateState => ({
  pts: state.pts,
  qts: state.qts,
  date: state.date,
});

/** Where an update's events come from: the account's common box, or one channel's box. */
type Box = { selfId: string | null; channel?: { chatId: string; type: ChannelType } };

function chatTypeOf(peer: Api.TypePeer, box: Box): TelegramDialog["type"] {
  if (peer instanceof Api.PeerUser) return "user";
  if (peer instanceof Api.PeerChat) return "group";
  return box.channel?.type ?? "channel";
}

const boxPrefix = (box: Box) => (box.channel ? `${box.channel.chatId}:` : "");

function newMessageEvent(message: Api.TypeMessage, box: Box): TelegramUpdate | undefined {
  const wire = wireMessage(message, box.selfId);
  if (!wire || !(message instanceof Api.Message)) return undefined;
  // A message is new once: its chat and id name it (getDifference's new messages carry no pts).
  const id = `new:${wire.chatId}:${wire.id}`;
  return { id, type: "message.new", chatType: chatTypeOf(message.peerId, box), message: wire };
}

function otherEvent(update: Api.TypeUpdate, box: Box): TelegramUpdate | undefined {
  if (update instanceof Api.UpdateEditMessage || update instanceof Api.UpdateEditChannelMessage) {
    const message = wireMessage(update.message, box.selfId);
    if (!message || !(update.message instanceof Api.Message)) return undefined;
    // Each edit moves the box's pts: two edits of one message are two updates.
    const id = `edited:${message.chatId}:${message.id}:${update.pts}`;
    return { id, type: "message.edited", chatType: chatTypeOf(update.message.peerId, box), message };
  }
  if (update instanceof Api.UpdateNewMessage || update instanceof Api.UpdateNewChannelMessage) {
    return newMessageEvent(update.message, box);
  }
  if (update instanceof Api.UpdateDeleteMessages || update instanceof Api.UpdateDeleteChannelMessages) {
    return {
      id: `deleted:${boxPrefix(box)}${update.pts}`,
      type: "message.deleted",
      messageIds: update.messages,
      chatId: box.channel?.chatId ?? null,
      chatType: box.channel?.type ?? null,
    };
  }
  return undefined;
}

/** The events of one page: new messages, then the other updates, in Telegram's order. */
function pageEvents(newMessages: Api.TypeMessage[], otherUpdates: Api.TypeUpdate[], box: Box): TelegramUpdate[] {
  const events: TelegramUpdate[] = [];
  for (const message of newMessages) {
    const event = newMessageEvent(message, box);
    if (event) events.push(event);
  }
  for (const update of otherUpdates) {
    const event = otherEvent(update, box);
    if (event) events.push(event);
  }
  return events;
}

/** The events of one getDifference answer (the account's private chats and basic groups). */
export function differenceEvents(answer: Api.updates.TypeDifference, selfId: string | null): DifferenceEvents {
  const none = { events: [], users: [], chats: [], channels: [] };
  if (answer instanceof Api.updates.DifferenceEmpty) return { ...none, state: undefined, final: true, gap: false };
  if (answer instanceof Api.updates.DifferenceTooLong) {
    const gap: TelegramUpdate = { id: `gap:${answer.pts}`, type: "updates.gap", chatId: null };
    return { ...none, events: [gap], state: undefined, final: true, gap: true };
  }
  const events = pageEvents(answer.newMessages, answer.otherUpdates, { selfId });
  const slice = answer instanceof Api.updates.DifferenceSlice;
  const state = slice ? answer.intermediateState : answer.state;
  const channels = answer.otherUpdates.flatMap((update) => channelOfPush(update) ?? []);
  return { events, state: asState(state), final: !slice, gap: false, channels, ...entitiesOf(answer) };
}

const entitiesOf = (answer: Entities): Entities => ({ users: answer.users, chats: answer.chats });

/** Whether a channel (by raw id) is a supergroup or a broadcast channel, from an answer's chats. */
export function channelTypeIn(chats: Api.TypeChat[], channelId: string): ChannelType | undefined {
  const channel = chats.find((chat) => chat instanceof Api.Channel && chat.id.toString() === channelId);
  if (!(channel instanceof Api.Channel)) return undefined;
  return channel.megagroup ? "supergroup" : "channel";
}

/**
 * The events of one getChannelDifference answer for the channel `channelId` (raw id). `known` is
 * the type stored for it, for answers whose chats do not name it. channelDifferenceTooLong: the
 * missed updates are gone; one `updates.gap` for the channel and its pts starts again from the
 * dialog's (the latest messages it carries are what poll shows).
 */
export function channelDifferenceEvents(
  answer: Api.updates.TypeChannelDifference,
  channelId: string,
  selfId: string | null,
  known: ChannelType | undefined,
): ChannelDifferenceEvents {
  const channelType =
    answer instanceof Api.updates.ChannelDifferenceEmpty ? known : channelTypeIn(answer.chats, channelId);
  const chatId = markedPeerId("channel", channelId);
  const box: Box = { selfId, channel: { chatId, type: channelType ?? known ?? "channel" } };
  if (answer instanceof Api.updates.ChannelDifferenceEmpty) {
    return { events: [], pts: answer.pts, final: true, channelType, users: [], chats: [] };
  }
  if (answer instanceof Api.updates.ChannelDifferenceTooLong) {
    const pts = answer.dialog instanceof Api.Dialog ? answer.dialog.pts : undefined;
    const gap: TelegramUpdate = { id: `gap:${chatId}:${pts ?? 0}`, type: "updates.gap", chatId };
    return { events: [gap], pts, final: true, channelType, ...entitiesOf(answer) };
  }
  const events = pageEvents(answer.newMessages, answer.otherUpdates, box);
  return { events, pts: answer.pts, final: Boolean(answer.final), channelType, ...entitiesOf(answer) };
}

/**
 * The channel a pushed update belongs to (raw id), and the pts to start from if the session does
 * not follow that channel yet (the pts before this update; updateChannelTooLong's own pts).
 * Undefined for updates of the account's common box.
 */
export function channelOfPush(update: unknown): { channelId: string; startPts: number | undefined } | undefined {
  if (update instanceof Api.UpdateNewChannelMessage || update instanceof Api.UpdateEditChannelMessage) {
    // A service message (someone joined…) moves the channel's pts too.
    const peer =
      update.message instanceof Api.Message || update.message instanceof Api.MessageService
        ? update.message.peerId
        : undefined;
    if (!(peer instanceof Api.PeerChannel)) return undefined;
    return { channelId: peer.channelId.toString(), startPts: update.pts - update.ptsCount };
  }
  if (update instanceof Api.UpdateDeleteChannelMessages) {
    return { channelId: update.channelId.toString(), startPts: update.pts - update.ptsCount };
  }
  if (update instanceof Api.UpdateChannelTooLong) {
    return { channelId: update.channelId.toString(), startPts: update.pts };
  }
  return undefined;
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
