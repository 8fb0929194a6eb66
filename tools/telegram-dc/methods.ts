import { randomBytes } from "node:crypto";
// The loopback DC's RPC methods: TL requests in, TL results (or RpcFailure) out, over World.
import { Api } from "telegram";
import { big } from "../../durable/telegram/bigint.ts";
import { passwordAlgo, verifyCheck } from "./srp.ts";
import { RpcFailure, SERVICE_USER_ID, type World, type WorldMessage, type WorldUser } from "./world.ts";

export interface RpcContext {
  world: World;
  authKeyId: string;
  /** The DC's own address, reported by help.getConfig. */
  dc: { id: number; host: string; port: number };
}

/** What a method may answer: a TL object, a Vector of them, or a Bool. */
export type RpcResult = { getBytes(): Buffer } | { getBytes(): Buffer }[] | boolean;

const now = () => Math.floor(Date.now() / 1000);

function tlUser(user: WorldUser, viewerId?: number) {
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

function tlMessage(message: WorldMessage, ownerId: number) {
  return new Api.Message({
    id: message.id,
    out: message.out,
    peerId: new Api.PeerUser({ userId: big(message.peerId) }),
    fromId: new Api.PeerUser({ userId: big(message.fromId) }),
    date: message.date,
    message: message.text,
    // Saved Messages: Telegram marks your own notes as outgoing.
    ...(message.peerId === ownerId ? { out: true } : {}),
  });
}

/** Resolves an InputPeer/InputUser to a world user, checking its access_hash like Telegram does. */
function resolvePeer(ctx: RpcContext, me: WorldUser, peer: unknown): WorldUser {
  if (peer instanceof Api.InputPeerSelf || peer instanceof Api.InputUserSelf) return me;
  if (peer instanceof Api.InputPeerUser || peer instanceof Api.InputUser) {
    const user = ctx.world.user(peer.userId.toJSNumber());
    if (user && user.accessHash.toString() === peer.accessHash.toString()) return user;
  }
  throw new RpcFailure(400, "PEER_ID_INVALID");
}

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

/** Answers one RPC (wrappers such as invokeWithLayer already removed). */
export async function handleRpc(ctx: RpcContext, request: { className: string }): Promise<RpcResult> {
  const { world, authKeyId } = ctx;
  const phone =
    request instanceof Api.auth.SendCode || request instanceof Api.auth.SignIn
      ? request.phoneNumber
      : world.accountOf(authKeyId)?.phone;
  world.takeFault(request.className, phone);

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
    return request.id.map((input) => tlUser(resolvePeer(ctx, me, input), me.id));
  }

  if (request instanceof Api.contacts.ResolveUsername) {
    const user = world.byUsername(request.username.replace(/^@/, ""));
    if (!user) throw new RpcFailure(400, "USERNAME_NOT_OCCUPIED");
    return new Api.contacts.ResolvedPeer({
      peer: new Api.PeerUser({ userId: big(user.id) }),
      chats: [],
      users: [tlUser(user, me.id)],
    });
  }

  if (request instanceof Api.messages.GetHistory) {
    const peer = resolvePeer(ctx, me, request.peer);
    const { count, messages } = world.history(me, peer.id, request.offsetId, request.limit);
    const userIds = new Set<number>([me.id, peer.id, ...messages.map((m) => m.fromId)]);
    const users = [...userIds].flatMap((id) => {
      const user = world.user(id);
      return user ? [tlUser(user, me.id)] : [];
    });
    const tlMessages = messages.map((m) => tlMessage(m, me.id));
    return new Api.messages.MessagesSlice({ count, messages: tlMessages, chats: [], users });
  }

  if (request instanceof Api.messages.SendMessage) {
    const peer = resolvePeer(ctx, me, request.peer);
    const { message, pts } = world.sendMessage(me, peer.id, request.message, String(request.randomId ?? ""));
    return new Api.UpdateShortSentMessage({ out: true, id: message.id, pts, ptsCount: 1, date: message.date });
  }

  if (request instanceof Api.updates.GetState) {
    const state = world.state(me);
    return new Api.updates.State({ pts: state.pts, qts: 0, date: state.date, seq: 0, unreadCount: 0 });
  }

  throw new RpcFailure(
    400,
    `METHOD_NOT_SUPPORTED_BY_LOOPBACK_DC_${request.className.replace(/\W/g, "_").toUpperCase()}`,
  );
}
