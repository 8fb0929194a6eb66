import { randomBytes } from "node:crypto";
// The loopback DC's RPC methods: TL requests in, TL results (or RpcFailure) out, over World.
import { Api } from "telegram";
import { big } from "../../durable/telegram/bigint.ts";
import { getDialogs } from "./dialogs.ts";
import { passwordAlgo, verifyCheck } from "./srp.ts";
import { resolvePeer, tlChat, tlEntities, tlMessage, tlPeer, tlUser } from "./tl.ts";
import {
  type BoxUpdate,
  type ChannelUpdateListener,
  RpcFailure,
  type World,
  type WorldChat,
  type WorldMessage,
  type WorldUser,
} from "./world.ts";

export interface RpcContext {
  world: World;
  authKeyId: string;
  /** The DC's own address, reported by help.getConfig. */
  dc: { id: number; host: string; port: number };
}

/** What a method may answer: a TL object, a Vector of them, or a Bool. */
export type RpcResult = { getBytes(): Buffer } | { getBytes(): Buffer }[] | boolean;

const now = () => Math.floor(Date.now() / 1000);

function config(ctx: RpcContext) {
  return new Api.Config({
    date: now(),
    expires: now() + 3600,
    testMode: true,
    thisDc: ctx.dc.id,
    dcOptions: [new Api.DcOption({ id: ctx.dc.id, ipAddress: ctx.dc.host, port: ctx.dc.port })],
    dcTxtDomainName: "loopback.invalid",
    chatSizeMax: 200,
    megagroupSizeMax: 200000,
    forwardedCountMax: 100,
    onlineUpdatePeriodMs: 210000,
    offlineBlurTimeoutMs: 5000,
    offlineIdleTimeoutMs: 30000,
    onlineCloudTimeoutMs: 300000,
    notifyCloudDelayMs: 30000,
    notifyDefaultDelayMs: 1500,
    pushChatPeriodMs: 60000,
    pushChatLimit: 2,
    editTimeLimit: 172800,
    revokeTimeLimit: 2147483647,
    revokePmTimeLimit: 2147483647,
    ratingEDecay: 2419200,
    stickersRecentLimit: 200,
    channelsReadMediaPeriod: 604800,
    callReceiveTimeoutMs: 20000,
    callRingTimeoutMs: 90000,
    callConnectTimeoutMs: 30000,
    callPacketTimeoutMs: 10000,
    meUrlPrefix: "https://t.me/",
    captionLengthMax: 1024,
    messageLengthMax: 4096,
    webfileDcId: ctx.dc.id,
  });
}

function tlState(pts: number) {
  return new Api.updates.State({ pts, qts: 0, date: now(), seq: 0, unreadCount: 0 });
}

/** One change of a user's box as Telegram's update (pushed live, and in getDifference's otherUpdates). */
export function tlBoxUpdate(world: World, me: WorldUser, update: BoxUpdate): Api.TypeUpdate {
  if (update.type === "delete") {
    return new Api.UpdateDeleteMessages({ messages: update.ids, pts: update.pts, ptsCount: update.ids.length });
  }
  const message = tlMessage(update.message, world, me.id);
  return update.type === "new"
    ? new Api.UpdateNewMessage({ message, pts: update.pts, ptsCount: 1 })
    : new Api.UpdateEditMessage({ message, pts: update.pts, ptsCount: 1 });
}

/** What the DC pushes to a signed-in connection when the account's box changed. */
export function tlPushedUpdates(world: World, me: WorldUser, update: BoxUpdate) {
  const messages = update.type === "delete" ? [] : [update.message];
  const { users, chats } = tlEntities(world, me, [], messages);
  return new Api.Updates({ updates: [tlBoxUpdate(world, me, update)], users, chats, date: now(), seq: 0 });
}

/** updates.getDifference: what changed in the user's box after `pts` (Telegram's catch-up). */
function difference(world: World, me: WorldUser, pts: number) {
  const diff = world.difference(me, pts);
  if (diff.tooLong) return new Api.updates.DifferenceTooLong({ pts: diff.pts });
  if (diff.updates.length === 0) return new Api.updates.DifferenceEmpty({ date: now(), seq: 0 });
  const newMessages: WorldMessage[] = [];
  const otherUpdates: Api.TypeUpdate[] = [];
  for (const update of diff.updates) {
    if (update.type === "new") newMessages.push(update.message);
    else otherUpdates.push(tlBoxUpdate(world, me, update));
  }
  const edited = diff.updates.flatMap((u) => (u.type === "edit" ? [u.message] : []));
  const { users, chats } = tlEntities(world, me, [], [...newMessages, ...edited]);
  const fields = {
    newMessages: newMessages.map((m) => tlMessage(m, world, me.id)),
    newEncryptedMessages: [],
    otherUpdates,
    chats,
    users,
  };
  const state = tlState(diff.pts);
  return diff.final
    ? new Api.updates.Difference({ ...fields, state })
    : new Api.updates.DifferenceSlice({ ...fields, intermediateState: state });
}

/** A channel's message as `viewer` sees it (one stored copy for all members: `out` is the viewer's). */
const seenBy = (message: WorldMessage, viewer: WorldUser): WorldMessage => ({
  ...message,
  out: message.fromId === viewer.id,
});

/** One change of a channel's or supergroup's box as Telegram's update (with the channel's own pts). */
export function tlChannelUpdate(world: World, me: WorldUser, channel: WorldChat, update: BoxUpdate): Api.TypeUpdate {
  if (update.type === "delete") {
    return new Api.UpdateDeleteChannelMessages({
      channelId: big(channel.id),
      messages: update.ids,
      pts: update.pts,
      ptsCount: update.ids.length,
    });
  }
  const message = tlMessage(seenBy(update.message, me), world, me.id);
  return update.type === "new"
    ? new Api.UpdateNewChannelMessage({ message, pts: update.pts, ptsCount: 1 })
    : new Api.UpdateEditChannelMessage({ message, pts: update.pts, ptsCount: 1 });
}

/** What the DC pushes to a member's connection when a channel's box changed (or asks for a getChannelDifference). */
export function tlPushedChannelUpdates(
  world: World,
  me: WorldUser,
  channel: WorldChat,
  update: Parameters<ChannelUpdateListener>[1],
) {
  const peer = { type: "channel" as const, id: channel.id };
  if (update.type === "tooLong") {
    const tooLong = new Api.UpdateChannelTooLong({ channelId: big(channel.id), pts: update.pts });
    const { users, chats } = tlEntities(world, me, [peer], []);
    return new Api.Updates({ updates: [tooLong], users, chats, date: now(), seq: 0 });
  }
  const messages = update.type === "delete" ? [] : [update.message];
  const { users, chats } = tlEntities(world, me, [peer], messages);
  return new Api.Updates({ updates: [tlChannelUpdate(world, me, channel, update)], users, chats, date: now(), seq: 0 });
}

/** updates.getChannelDifference: what changed in one channel's box after `pts` (its own catch-up). */
function channelDifference(world: World, me: WorldUser, request: Api.updates.GetChannelDifference) {
  const peer = resolvePeer(world, me, request.channel);
  if (peer.type !== "channel") throw new RpcFailure(400, "CHANNEL_INVALID");
  const channel = world.readableChannel(me, peer.id);
  const diff = world.channelDifference(me, peer.id, request.pts, request.limit || 100);
  if (diff.tooLong) {
    const latest = diff.latest.map((m) => seenBy(m, me));
    const { users, chats } = tlEntities(world, me, [peer], latest);
    const top = latest.at(-1);
    return new Api.updates.ChannelDifferenceTooLong({
      final: true,
      dialog: new Api.Dialog({
        peer: tlPeer(peer),
        topMessage: top?.id ?? 0,
        readInboxMaxId: world.readMax(me, peer),
        readOutboxMaxId: 0,
        unreadCount: 0,
        unreadMentionsCount: 0,
        unreadReactionsCount: 0,
        notifySettings: new Api.PeerNotifySettings({}),
        pts: diff.pts,
      }),
      messages: latest.map((m) => tlMessage(m, world, me.id)),
      chats,
      users,
    });
  }
  if (diff.updates.length === 0) return new Api.updates.ChannelDifferenceEmpty({ final: true, pts: diff.pts });
  const newMessages = diff.updates.flatMap((u) => (u.type === "new" ? [seenBy(u.message, me)] : []));
  const otherUpdates = diff.updates.filter((u) => u.type !== "new").map((u) => tlChannelUpdate(world, me, channel, u));
  const edited = diff.updates.flatMap((u) => (u.type === "edit" ? [u.message] : []));
  const { users, chats } = tlEntities(world, me, [peer], [...newMessages, ...edited]);
  return new Api.updates.ChannelDifference({
    final: diff.final,
    pts: diff.pts,
    newMessages: newMessages.map((m) => tlMessage(m, world, me.id)),
    otherUpdates,
    chats,
    users,
  });
}

/**
 * Answers one RPC (wrappers such as invokeWithLayer already removed). A delay fault holds the
 * answer back after the call was carried out, as a Telegram that did the work but answers late.
 */
export async function handleRpc(ctx: RpcContext, request: { className: string }): Promise<RpcResult> {
  const { world, authKeyId } = ctx;
  const phone =
    request instanceof Api.auth.SendCode || request instanceof Api.auth.SignIn
      ? request.phoneNumber
      : world.accountOf(authKeyId)?.phone;
  const delayMs = world.takeFault(request.className, phone);
  try {
    return await answerRpc(ctx, request);
  } finally {
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
}

async function answerRpc(ctx: RpcContext, request: { className: string }): Promise<RpcResult> {
  const { world, authKeyId } = ctx;

  if (request instanceof Api.help.GetConfig) return config(ctx);

  if (request instanceof Api.auth.SendCode) {
    const sent = world.sendCode(request.phoneNumber);
    return new Api.auth.SentCode({
      type: new Api.auth.SentCodeTypeApp({ length: sent.codeLength }),
      phoneCodeHash: sent.phoneCodeHash,
      timeout: sent.timeout,
    });
  }

  if (request instanceof Api.auth.SignIn) {
    const user = await world.signIn(authKeyId, request.phoneNumber, request.phoneCodeHash, request.phoneCode ?? "");
    return new Api.auth.Authorization({ user: tlUser(user, user.id) });
  }

  if (request instanceof Api.account.GetPassword) {
    const pending = world.passwordChallenge(authKeyId);
    if (!pending?.user.password) {
      return new Api.account.Password({
        hasPassword: false,
        newAlgo: new Api.PasswordKdfAlgoUnknown(),
        newSecureAlgo: new Api.SecurePasswordKdfAlgoUnknown(),
        secureRandom: randomBytes(32),
      });
    }
    const { salt1, salt2, hint } = pending.user.password;
    return new Api.account.Password({
      hasPassword: true,
      currentAlgo: passwordAlgo(salt1, salt2),
      srp_B: pending.challenge.B,
      srpId: pending.challenge.srpId,
      hint,
      newAlgo: passwordAlgo(salt1.subarray(0, 8), salt2),
      newSecureAlgo: new Api.SecurePasswordKdfAlgoUnknown(),
      secureRandom: randomBytes(32),
    });
  }

  if (request instanceof Api.auth.CheckPassword) {
    const check = request.password;
    if (!(check instanceof Api.InputCheckPasswordSRP)) throw new RpcFailure(400, "PASSWORD_HASH_INVALID");
    const user = world.checkPassword(authKeyId, BigInt(check.srpId.toString()), (stored, challenge) =>
      verifyCheck(stored, challenge, check.A, check.M1),
    );
    return new Api.auth.Authorization({ user: tlUser(user, user.id) });
  }

  if (request instanceof Api.auth.LogOut) {
    world.me(authKeyId);
    world.logOut(authKeyId);
    return new Api.auth.LoggedOut({});
  }

  // Everything below needs a signed-in account.
  const me = world.me(authKeyId);

  if (request instanceof Api.users.GetUsers) {
    return request.id.map((input) => {
      const peer = resolvePeer(world, me, input);
      return tlUser(world.user(peer.id) ?? me, me.id);
    });
  }

  if (request instanceof Api.contacts.ResolveUsername) {
    const name = request.username.replace(/^@/, "");
    const user = world.byUsername(name);
    if (user)
      return new Api.contacts.ResolvedPeer({
        peer: tlPeer({ type: "user", id: user.id }),
        chats: [],
        users: [tlUser(user, me.id)],
      });
    const chat = world.chatByUsername(name);
    if (!chat) throw new RpcFailure(400, "USERNAME_NOT_OCCUPIED");
    return new Api.contacts.ResolvedPeer({
      peer: tlPeer({ type: "channel", id: chat.id }),
      chats: [tlChat(chat, me.id)],
      users: [],
    });
  }

  if (request instanceof Api.messages.GetDialogs) {
    const offsetPeer =
      request.offsetPeer instanceof Api.InputPeerEmpty || !request.offsetPeer
        ? undefined
        : resolvePeer(world, me, request.offsetPeer);
    return getDialogs(world, me, { offsetDate: request.offsetDate ?? 0, offsetPeer, limit: request.limit ?? 100 });
  }

  if (request instanceof Api.messages.GetHistory) {
    const peer = resolvePeer(world, me, request.peer);
    const { count, messages } = world.history(me, peer, request.offsetId, request.limit);
    const { users, chats } = tlEntities(world, me, [peer], messages);
    const tlMessages = messages.map((m) => tlMessage(m, world, me.id));
    return new Api.messages.MessagesSlice({ count, messages: tlMessages, chats, users });
  }

  if (request instanceof Api.messages.ReadHistory || request instanceof Api.channels.ReadHistory) {
    const peer = resolvePeer(world, me, request instanceof Api.messages.ReadHistory ? request.peer : request.channel);
    world.readHistory(me, peer, request.maxId);
    if (request instanceof Api.channels.ReadHistory) return true;
    return new Api.messages.AffectedMessages({ pts: world.state(me).pts, ptsCount: 0 });
  }

  if (request instanceof Api.messages.SendMessage) {
    const peer = resolvePeer(world, me, request.peer);
    const { message, pts, channel } = world.sendMessage(me, peer, request.message, String(request.randomId ?? ""));
    if (!channel) {
      return new Api.UpdateShortSentMessage({ out: true, id: message.id, pts, ptsCount: 1, date: message.date });
    }
    // A channel's messages live in the channel's own box: Telegram answers with full Updates.
    const { users, chats } = tlEntities(world, me, [peer], [message]);
    return new Api.Updates({
      updates: [
        new Api.UpdateMessageID({ id: message.id, randomId: request.randomId ?? big(0) }),
        new Api.UpdateNewChannelMessage({ message: tlMessage(message, world, me.id), pts, ptsCount: 1 }),
      ],
      users,
      chats,
      date: message.date,
      seq: 0,
    });
  }

  if (request instanceof Api.messages.EditMessage && resolvePeer(world, me, request.peer).type === "channel") {
    const peer = resolvePeer(world, me, request.peer);
    const message = world.editChannelMessage(me, peer.id, request.id, request.message ?? "");
    const { users, chats } = tlEntities(world, me, [peer], [message]);
    const update = new Api.UpdateEditChannelMessage({
      message: tlMessage(seenBy(message, me), world, me.id),
      pts: world.channelPts(peer.id),
      ptsCount: 1,
    });
    return new Api.Updates({ updates: [update], users, chats, date: now(), seq: 0 });
  }

  if (request instanceof Api.channels.DeleteMessages) {
    const peer = resolvePeer(world, me, request.channel);
    if (peer.type !== "channel") throw new RpcFailure(400, "CHANNEL_INVALID");
    const { pts, deleted } = world.deleteChannelMessages(me, peer.id, request.id);
    return new Api.messages.AffectedMessages({ pts, ptsCount: deleted.length });
  }

  if (request instanceof Api.updates.GetChannelDifference) {
    return channelDifference(world, me, request);
  }

  if (request instanceof Api.messages.EditMessage) {
    const peer = resolvePeer(world, me, request.peer);
    const message = world.editMessage(me, request.id, request.message ?? "");
    const { users, chats } = tlEntities(world, me, [peer], [message]);
    return new Api.Updates({
      updates: [
        new Api.UpdateEditMessage({ message: tlMessage(message, world, me.id), pts: world.state(me).pts, ptsCount: 1 }),
      ],
      users,
      chats,
      date: now(),
      seq: 0,
    });
  }

  if (request instanceof Api.messages.DeleteMessages) {
    const pts = world.deleteMessages(me, request.id, Boolean(request.revoke));
    return new Api.messages.AffectedMessages({ pts, ptsCount: request.id.length });
  }

  if (request instanceof Api.updates.GetDifference) {
    return difference(world, me, request.pts);
  }

  if (request instanceof Api.updates.GetState) {
    return tlState(world.state(me).pts);
  }

  throw new RpcFailure(
    400,
    `METHOD_NOT_SUPPORTED_BY_LOOPBACK_DC_${request.className.replace(/\W/g, "_").toUpperCase()}`,
  );
}
