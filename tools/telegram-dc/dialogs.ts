// messages.getDialogs over the loopback world: the user's chats, most recent first, paged by
// (offset_date, offset_peer) as Telegram pages them.
import { Api } from "telegram";
import { markedPeerId } from "../../durable/telegram/peer-ids.ts";
import { tlEntities, tlMessage, tlPeer } from "./tl.ts";
import type { World, WorldPeer, WorldUser } from "./world.ts";

const marked = (peer: WorldPeer) => Number(markedPeerId(peer.type, peer.id));

interface Entry {
  peer: WorldPeer;
  date: number;
}

/** Newest activity first; ties (same second) broken by the marked peer id, so paging is stable. */
const newerFirst = (a: Entry, b: Entry) => b.date - a.date || marked(b.peer) - marked(a.peer);

export function getDialogs(
  world: World,
  me: WorldUser,
  request: { offsetDate: number; offsetPeer: WorldPeer | undefined; limit: number },
) {
  const entries = world.dialogPeers(me).map((peer) => {
    const top = world.messagesIn(me, peer).at(-1);
    return { peer, top, date: top?.date ?? world.chat(peer)?.date ?? 0 };
  });
  entries.sort(newerFirst);
  const after = request.offsetDate
    ? entries.filter((entry) =>
        request.offsetPeer
          ? newerFirst({ peer: request.offsetPeer, date: request.offsetDate }, entry) < 0
          : entry.date < request.offsetDate,
      )
    : entries;
  const page = after.slice(0, Math.max(0, Math.min(request.limit || 100, 100)));
  const dialogs = page.map(({ peer, top }) => {
    const readMax = world.readMax(me, peer);
    const unreadCount = world.messagesIn(me, peer).filter((m) => !m.out && m.fromId !== me.id && m.id > readMax).length;
    return new Api.Dialog({
      peer: tlPeer(peer),
      topMessage: top?.id ?? 0,
      readInboxMaxId: readMax,
      readOutboxMaxId: 0,
      unreadCount,
      unreadMentionsCount: 0,
      unreadReactionsCount: 0,
      notifySettings: new Api.PeerNotifySettings({}),
      // A channel's or supergroup's own pts: where a client starts its getChannelDifference.
      pts: peer.type === "channel" ? world.channelPts(peer.id) : undefined,
    });
  });
  const messages = page.flatMap(({ top }) => (top ? [top] : []));
  const { users, chats } = tlEntities(
    world,
    me,
    page.map((entry) => entry.peer),
    messages,
  );
  return new Api.messages.DialogsSlice({
    count: entries.length,
    dialogs,
    messages: messages.map((m) => tlMessage(m, world, me.id)),
    chats,
    users,
  });
}
