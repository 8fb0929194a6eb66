// The loopback DC's world objects as Telegram's TL objects, and input peers back to world peers
// (with the access-hash check Telegram makes).
import { Api } from "telegram";
import { big } from "../../durable/telegram/bigint.ts";
import {
  RpcFailure,
  SERVICE_USER_ID,
  type World,
  type WorldChat,
  type WorldMessage,
  type WorldPeer,
  type WorldUser,
} from "./world.ts";

export function tlUser(user: WorldUser, viewerId?: number) {
  const self = user.id === viewerId;
  return new Api.User({
    id: big(user.id),
    self,
    contact: false,
    accessHash: big(user.accessHash),
    firstName: user.firstName,
    lastName: user.lastName || undefined,
    username: user.username,
    phone: self ? user.phone : undefined,
    verified: user.id === SERVICE_USER_ID,
  });
}

export function tlChat(chat: WorldChat, viewerId: number) {
  const left = !chat.members.has(viewerId);
  if (chat.kind === "group") {
    return new Api.Chat({
      id: big(chat.id),
      title: chat.title,
      photo: new Api.ChatPhotoEmpty(),
      participantsCount: chat.members.size,
      date: chat.date,
      version: 1,
      creator: chat.creatorId === viewerId,
      left,
    });
  }
  return new Api.Channel({
    id: big(chat.id),
    accessHash: big(chat.accessHash),
    title: chat.title,
    username: chat.username,
    photo: new Api.ChatPhotoEmpty(),
    date: chat.date,
    broadcast: chat.kind === "channel",
    megagroup: chat.kind === "supergroup",
    creator: chat.creatorId === viewerId,
    left,
    participantsCount: chat.members.size,
  });
}

export function tlPeer(peer: WorldPeer): Api.TypePeer {
  if (peer.type === "chat") return new Api.PeerChat({ chatId: big(peer.id) });
  if (peer.type === "channel") return new Api.PeerChannel({ channelId: big(peer.id) });
  return new Api.PeerUser({ userId: big(peer.id) });
}

export function tlMessage(message: WorldMessage, world: World, viewerId: number) {
  const broadcast = message.peer.type === "channel" && world.chat(message.peer)?.kind === "channel";
  return new Api.Message({
    id: message.id,
    // Saved Messages: Telegram marks your own notes as outgoing.
    out: message.out || (message.peer.type === "user" && message.peer.id === viewerId),
    peerId: tlPeer(message.peer),
    // Posts in a broadcast channel carry no author; private chats and groups do.
    fromId: broadcast ? undefined : new Api.PeerUser({ userId: big(message.fromId) }),
    post: broadcast,
    date: message.date,
    message: message.text,
  });
}

/** The users and chats a list of messages/peers mentions, as TL (what every answer carries along). */
export function tlEntities(world: World, viewer: WorldUser, peers: WorldPeer[], messages: WorldMessage[]) {
  const userIds = new Set<number>([viewer.id, ...messages.map((m) => m.fromId)]);
  const chats = new Map<string, WorldChat>();
  for (const peer of [...peers, ...messages.map((m) => m.peer)]) {
    if (peer.type === "user") userIds.add(peer.id);
    const chat = world.chat(peer);
    if (chat) chats.set(`${peer.type}:${chat.id}`, chat);
  }
  const users = [...userIds].flatMap((id) => {
    const user = world.user(id);
    return user ? [tlUser(user, viewer.id)] : [];
  });
  return { users, chats: [...chats.values()].map((chat) => tlChat(chat, viewer.id)) };
}

/** Resolves an InputPeer/InputUser/InputChannel to a world peer, checking access hashes like Telegram. */
export function resolvePeer(world: World, me: WorldUser, peer: unknown): WorldPeer {
  if (peer instanceof Api.InputPeerSelf || peer instanceof Api.InputUserSelf) return { type: "user", id: me.id };
  if (peer instanceof Api.InputPeerUser || peer instanceof Api.InputUser) {
    const user = world.user(peer.userId.toJSNumber());
    if (user && user.accessHash.toString() === peer.accessHash.toString()) return { type: "user", id: user.id };
  }
  if (peer instanceof Api.InputPeerChat) {
    const chat = world.chat({ type: "chat", id: peer.chatId.toJSNumber() });
    if (chat?.members.has(me.id)) return { type: "chat", id: chat.id };
  }
  if (peer instanceof Api.InputPeerChannel || peer instanceof Api.InputChannel) {
    const chat = world.chat({ type: "channel", id: peer.channelId.toJSNumber() });
    if (chat && chat.accessHash.toString() === peer.accessHash.toString()) return { type: "channel", id: chat.id };
    if (chat) throw new RpcFailure(400, "CHANNEL_INVALID");
  }
  throw new RpcFailure(400, "PEER_ID_INVALID");
}
