// The loopback DC's in-memory Telegram: accounts, login codes, 2FA passwords, private-chat
// message boxes and injected faults. Plain data, no TL: methods.ts translates to and from TL.
//
// Test-DC convention (as on Telegram's test DCs): phone numbers 99966XYYYY sign in with the code
// X repeated five times (+9996621234 → 22222). Any such number gets an account on first use.
// Accounts whose YYYY starts with 9 (e.g. +9996619001) have 2FA on, password TWO_FA_PASSWORD.
import { randomBytes } from "node:crypto";
import type { PeerType } from "../../durable/telegram/peer-ids.ts";
import { makePassword, newChallenge, type SrpChallenge, type StoredPassword } from "./srp.ts";

export const TWO_FA_PASSWORD = "loopback-2fa";
export const CODE_TTL_SECONDS = 300;
/** Telegram's service account: login codes arrive from it, as on the real network. */
export const SERVICE_USER_ID = 777000;

/** A Telegram RPC error: the DC answers rpc_error{code, message}. */
export class RpcFailure extends Error {
  readonly code: number;
  constructor(code: number, message: string) {
    super(message);
    this.code = code;
  }
}

export interface WorldUser {
  id: number;
  accessHash: bigint;
  phone: string;
  firstName: string;
  lastName: string;
  username?: string;
  password?: StoredPassword;
  bot?: boolean;
}

/** Telegram's three kinds of peer: a user, a basic group ("chat"), a channel (supergroups too). */
export interface WorldPeer {
  type: PeerType;
  id: number;
}

export interface WorldChat {
  id: number;
  /** group = a basic group (Api.Chat); supergroup and channel are both Api.Channel. */
  kind: "group" | "supergroup" | "channel";
  title: string;
  username?: string;
  accessHash: bigint;
  creatorId: number;
  members: Set<number>;
  date: number;
}

export interface WorldMessage {
  id: number;
  /** Shared by the copies of one message in several boxes (a private message, a group post). */
  key: number;
  editDate?: number;
  /**
   * The chat it is in, from the box owner's point of view: the other side of a private chat (self
   * for Saved Messages), the group, or the channel.
   */
  peer: WorldPeer;
  fromId: number;
  out: boolean;
  text: string;
  date: number;
}

/**
 * A message box: every user has one (private chats and basic groups share its ids and pts, as on
 * Telegram), and every channel or supergroup has its own.
 */
interface Box {
  messages: WorldMessage[];
  nextId: number;
  pts: number;
  /** What changed at each pts (the last UPDATE_LOG_SIZE), for updates.getDifference. */
  updates: BoxUpdate[];
}

/** One change in a user's box, at its pts. */
export type BoxUpdate =
  | { pts: number; type: "new"; message: WorldMessage }
  | { pts: number; type: "edit"; message: WorldMessage }
  | { pts: number; type: "delete"; ids: number[] };

type BoxChange =
  | { type: "new"; message: WorldMessage }
  | { type: "edit"; message: WorldMessage }
  | { type: "delete"; ids: number[] };

/** A box keeps this many updates; a getDifference from further back answers differenceTooLong. */
export const UPDATE_LOG_SIZE = 1000;

/** Called after a user's box changed (the DC pushes to that user's connections). */
export type UpdateListener = (userId: number, update: BoxUpdate) => void;

/**
 * Called after a channel's or supergroup's box changed (the DC pushes to its members' connections);
 * `tooLong` instead of an update when the box asks its members to fetch the difference themselves.
 */
export type ChannelUpdateListener = (channel: WorldChat, update: BoxUpdate | { type: "tooLong"; pts: number }) => void;

export const samePeer = (a: WorldPeer, b: WorldPeer) => a.type === b.type && a.id === b.id;

export interface Fault {
  method: string;
  error: string;
  /** A delay fault: the call is carried out, but its answer (or error) is sent this much later. */
  delayMs?: number;
  remaining: number;
  /** Only calls made for this account's phone fail (tests run in parallel against one DC). */
  phone?: string;
}

const TEST_PHONE = /^99966(\d)(\d{4})$/;

/** Error code Telegram uses for each error family. */
export function errorCodeFor(message: string): number {
  if (message.startsWith("FLOOD_WAIT_")) return 420;
  if (message === "AUTH_KEY_DUPLICATED") return 406;
  if (message === "AUTH_KEY_UNREGISTERED" || message === "SESSION_PASSWORD_NEEDED" || message === "SESSION_REVOKED") {
    return 401;
  }
  if (message.startsWith("INTERNAL")) return 500;
  return 400;
}

export class World {
  private readonly users = new Map<number, WorldUser>();
  private readonly boxes = new Map<number, Box>();
  /** auth_key_id → signed-in user. */
  private readonly authorizations = new Map<string, number>();
  /** auth_key_id → user waiting for the 2FA step. */
  private readonly passwordPending = new Map<string, number>();
  private readonly challenges = new Map<string, SrpChallenge>();
  private readonly codes = new Map<string, { phone: string; code: string; expiresAt: number }>();
  private readonly seenRandomIds = new Map<string, number>();
  private readonly chats = new Map<number, WorldChat>();
  private readonly channels = new Map<number, WorldChat>();
  private readonly channelBoxes = new Map<number, Box>();
  /** `${userId}:${peer}` → the highest incoming message id read. */
  private readonly readMarkers = new Map<string, number>();
  private faults: Fault[] = [];
  private nextUserId = 5_000_001;
  private nextChatId = 3_000_001;
  private nextChannelId = 2_000_001;
  private nextMessageKey = 1;
  private readonly listeners: UpdateListener[] = [];
  private readonly channelListeners: ChannelUpdateListener[] = [];

  onUpdate(listener: UpdateListener) {
    this.listeners.push(listener);
  }

  onChannelUpdate(listener: ChannelUpdateListener) {
    this.channelListeners.push(listener);
  }

  constructor() {
    this.addUser({ id: SERVICE_USER_ID, phone: "42777", firstName: "Telegram", lastName: "", username: "telegram" });
    this.addUser({ id: 1_000_001, phone: "9996601001", firstName: "Alice", lastName: "Loopback", username: "alice" });
    this.addUser({ id: 1_000_002, phone: "9996601002", firstName: "Bob", lastName: "Loopback", username: "bobby" });
    // A public broadcast channel anyone can read by @username without joining.
    const news = this.createChat({
      kind: "channel",
      title: "Loopback News",
      username: "loopback_news",
      creatorPhone: "42777",
    });
    const service = this.users.get(SERVICE_USER_ID) as WorldUser;
    for (const text of ["Welcome to the loopback DC's public channel.", "Channels work through the proxy too."]) {
      this.sendMessage(service, { type: "channel", id: news.id }, text, `news-${text.length}`);
    }
  }

  private addUser(user: Omit<WorldUser, "accessHash">): WorldUser {
    const full = { ...user, accessHash: randomBytes(8).readBigInt64LE(0) };
    this.users.set(full.id, full);
    return full;
  }

  // ---- faults -------------------------------------------------------------------------------

  injectFault(method: string, error: string, times = 1, phone?: string) {
    this.faults.push({ method, error, remaining: times, phone: phone ? World.normalizePhone(phone) : undefined });
  }

  /** The next `times` calls of `method` are answered `delayMs` late (a slow or stalled DC). */
  injectDelay(method: string, delayMs: number, times = 1, phone?: string) {
    this.faults.push({
      method,
      error: "",
      delayMs,
      remaining: times,
      phone: phone ? World.normalizePhone(phone) : undefined,
    });
  }

  clearFaults() {
    this.faults = [];
  }

  /** `${phone}:${method}` → calls made (the control API shows them: a test can see a retry loop). */
  private readonly calls = new Map<string, number>();

  callsOf(rawPhone: string): Record<string, number> {
    const prefix = `${World.normalizePhone(rawPhone)}:`;
    const counts: Record<string, number> = {};
    for (const [key, n] of this.calls) if (key.startsWith(prefix)) counts[key.slice(prefix.length)] = n;
    return counts;
  }

  /**
   * Counts the call, then throws the next injected fault for `method` (for `phone`'s account), if
   * any; a delay fault is not thrown: its delay is returned (0 when the answer is not delayed).
   */
  takeFault(method: string, phone: string | undefined): number {
    const normalized = phone === undefined ? undefined : World.normalizePhone(phone);
    if (normalized) this.calls.set(`${normalized}:${method}`, (this.calls.get(`${normalized}:${method}`) ?? 0) + 1);
    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        (f.method === method || f.method === "*") &&
        (f.phone === undefined || f.phone === normalized),
    );
    if (!fault) return 0;
    fault.remaining -= 1;
    this.faults = this.faults.filter((f) => f.remaining > 0);
    if (fault.delayMs !== undefined) return fault.delayMs;
    throw new RpcFailure(errorCodeFor(fault.error), fault.error);
  }

  // ---- accounts and login -------------------------------------------------------------------

  user(id: number): WorldUser | undefined {
    return this.users.get(id);
  }

  byUsername(username: string): WorldUser | undefined {
    const wanted = username.toLowerCase();
    for (const user of this.users.values()) if (user.username?.toLowerCase() === wanted) return user;
    return undefined;
  }

  userByPhone(rawPhone: string): WorldUser | undefined {
    return this.byPhone(World.normalizePhone(rawPhone));
  }

  private byPhone(phone: string): WorldUser | undefined {
    for (const user of this.users.values()) if (user.phone === phone) return user;
    return undefined;
  }

  private static normalizePhone(phone: string): string {
    return phone.replace(/[\s()+-]/g, "");
  }

  /** auth.sendCode: only test numbers exist here (there is no SMS on a loopback DC). */
  sendCode(rawPhone: string): { phoneCodeHash: string; codeLength: number; timeout: number } {
    const phone = World.normalizePhone(rawPhone);
    const match = TEST_PHONE.exec(phone);
    if (!match) throw new RpcFailure(400, "PHONE_NUMBER_INVALID");
    const code = (match[1] ?? "0").repeat(5);
    const phoneCodeHash = randomBytes(9).toString("hex");
    this.codes.set(phoneCodeHash, { phone, code, expiresAt: Date.now() + CODE_TTL_SECONDS * 1000 });
    const existing = this.byPhone(phone);
    if (existing) this.deliverServiceMessage(existing.id, `Login code: ${code}. Do not give this code to anyone.`);
    return { phoneCodeHash, codeLength: 5, timeout: CODE_TTL_SECONDS };
  }

  private async accountFor(phone: string): Promise<WorldUser> {
    const existing = this.byPhone(phone);
    if (existing) return existing;
    const match = TEST_PHONE.exec(phone);
    const suffix = match?.[2] ?? "0000";
    const user = this.addUser({
      id: this.nextUserId++,
      phone,
      firstName: "Test",
      lastName: `User ${suffix}`,
      username: `test${phone}`,
    });
    if (suffix.startsWith("9")) user.password = await makePassword(TWO_FA_PASSWORD, "the loopback 2FA password");
    this.deliverServiceMessage(user.id, "Welcome to the loopback Telegram DC.");
    return user;
  }

  /** auth.signIn: the user, or SESSION_PASSWORD_NEEDED for accounts with 2FA. */
  async signIn(authKeyId: string, rawPhone: string, phoneCodeHash: string, code: string): Promise<WorldUser> {
    const phone = World.normalizePhone(rawPhone);
    const sent = this.codes.get(phoneCodeHash);
    if (!sent || sent.phone !== phone) throw new RpcFailure(400, "PHONE_CODE_EXPIRED");
    if (Date.now() > sent.expiresAt) {
      this.codes.delete(phoneCodeHash);
      throw new RpcFailure(400, "PHONE_CODE_EXPIRED");
    }
    if (code !== sent.code) throw new RpcFailure(400, "PHONE_CODE_INVALID");
    this.codes.delete(phoneCodeHash);
    const user = await this.accountFor(phone);
    if (user.password) {
      this.passwordPending.set(authKeyId, user.id);
      throw new RpcFailure(401, "SESSION_PASSWORD_NEEDED");
    }
    this.authorizations.set(authKeyId, user.id);
    return user;
  }

  /** account.getPassword: a fresh SRP challenge for the account waiting for its 2FA step. */
  passwordChallenge(authKeyId: string): { user: WorldUser; challenge: SrpChallenge } | undefined {
    const userId = this.passwordPending.get(authKeyId) ?? this.authorizations.get(authKeyId);
    const user = userId === undefined ? undefined : this.users.get(userId);
    if (!user?.password) return undefined;
    const challenge = newChallenge(user.password);
    this.challenges.set(authKeyId, challenge);
    return { user, challenge };
  }

  checkPassword(
    authKeyId: string,
    srpId: bigint,
    verify: (stored: StoredPassword, challenge: SrpChallenge) => boolean,
  ) {
    const userId = this.passwordPending.get(authKeyId);
    const user = userId === undefined ? undefined : this.users.get(userId);
    const challenge = this.challenges.get(authKeyId);
    if (!user?.password || !challenge) throw new RpcFailure(400, "PASSWORD_HASH_INVALID");
    if (BigInt(challenge.srpId.toString()) !== srpId) throw new RpcFailure(400, "SRP_ID_INVALID");
    // One attempt per challenge, as Telegram does: a wrong guess needs a new account.getPassword.
    this.challenges.delete(authKeyId);
    if (!verify(user.password, challenge)) throw new RpcFailure(400, "PASSWORD_HASH_INVALID");
    this.passwordPending.delete(authKeyId);
    this.authorizations.set(authKeyId, user.id);
    return user;
  }

  /** The signed-in user of an auth key, or AUTH_KEY_UNREGISTERED. */
  /** The account an auth key is signed in to (or waiting for its 2FA step), if any. */
  accountOf(authKeyId: string): WorldUser | undefined {
    const userId = this.authorizations.get(authKeyId) ?? this.passwordPending.get(authKeyId);
    return userId === undefined ? undefined : this.users.get(userId);
  }

  /** The auth keys signed in to this phone's account. */
  authKeysOf(rawPhone: string): string[] {
    const user = this.byPhone(World.normalizePhone(rawPhone));
    return [...this.authorizations].filter(([, id]) => id === user?.id).map(([key]) => key);
  }

  /** How many auth keys are signed in to this phone's account. */
  authorizationCount(rawPhone: string): number {
    const user = this.byPhone(World.normalizePhone(rawPhone));
    return [...this.authorizations.values()].filter((id) => id === user?.id).length;
  }

  /** The account an auth key is signed in to (not one waiting for 2FA). */
  signedInUser(authKeyId: string): WorldUser | undefined {
    const userId = this.authorizations.get(authKeyId);
    return userId === undefined ? undefined : this.users.get(userId);
  }

  me(authKeyId: string): WorldUser {
    const userId = this.authorizations.get(authKeyId);
    const user = userId === undefined ? undefined : this.users.get(userId);
    if (!user) throw new RpcFailure(401, "AUTH_KEY_UNREGISTERED");
    return user;
  }

  logOut(authKeyId: string) {
    this.authorizations.delete(authKeyId);
    this.passwordPending.delete(authKeyId);
  }

  /** "Terminate all sessions" from another device: every auth key of this phone is signed out. */
  terminateSessions(rawPhone: string): number {
    const user = this.byPhone(World.normalizePhone(rawPhone));
    let count = 0;
    for (const [key, userId] of this.authorizations) {
      if (userId === user?.id) {
        this.authorizations.delete(key);
        count += 1;
      }
    }
    return count;
  }

  // ---- groups and channels ----------------------------------------------------------------

  /** A group, supergroup or channel with these accounts in it (the control API's POST /chats). */
  createChat(input: {
    kind: WorldChat["kind"];
    title: string;
    username?: string;
    creatorPhone: string;
    memberPhones?: string[];
  }): WorldChat {
    const creator = this.byPhone(World.normalizePhone(input.creatorPhone));
    if (!creator) throw new RpcFailure(400, "USER_ID_INVALID");
    const members = new Set([creator.id]);
    for (const phone of input.memberPhones ?? []) {
      const member = this.byPhone(World.normalizePhone(phone));
      if (!member) throw new RpcFailure(400, "USER_ID_INVALID");
      members.add(member.id);
    }
    if (input.username && (this.byUsername(input.username) || this.chatByUsername(input.username))) {
      throw new RpcFailure(400, "USERNAME_OCCUPIED");
    }
    const id = input.kind === "group" ? this.nextChatId++ : this.nextChannelId++;
    const chat: WorldChat = {
      id,
      kind: input.kind,
      title: input.title,
      username: input.kind === "group" ? undefined : input.username,
      accessHash: randomBytes(8).readBigInt64LE(0),
      creatorId: creator.id,
      members,
      date: Math.floor(Date.now() / 1000),
    };
    (input.kind === "group" ? this.chats : this.channels).set(id, chat);
    return chat;
  }

  chat(peer: WorldPeer): WorldChat | undefined {
    if (peer.type === "chat") return this.chats.get(peer.id);
    if (peer.type === "channel") return this.channels.get(peer.id);
    return undefined;
  }

  chatByUsername(username: string): WorldChat | undefined {
    const wanted = username.toLowerCase();
    for (const chat of this.channels.values()) if (chat.username?.toLowerCase() === wanted) return chat;
    return undefined;
  }

  /** Whether `user` may read `peer`: their own private chats, groups they are in, public channels. */
  canRead(user: WorldUser, peer: WorldPeer): boolean {
    if (peer.type === "user") return true;
    const chat = this.chat(peer);
    return Boolean(chat && (chat.members.has(user.id) || chat.username));
  }

  // ---- messages -----------------------------------------------------------------------------

  private box(userId: number): Box {
    let box = this.boxes.get(userId);
    if (!box) {
      box = { messages: [], nextId: 1, pts: 1, updates: [] };
      this.boxes.set(userId, box);
    }
    return box;
  }

  private channelBox(channelId: number): Box {
    let box = this.channelBoxes.get(channelId);
    if (!box) {
      box = { messages: [], nextId: 1, pts: 1, updates: [] };
      this.channelBoxes.set(channelId, box);
    }
    return box;
  }

  private storeIn(box: Box, message: Omit<WorldMessage, "id" | "key">, key: number): WorldMessage {
    const stored = { ...message, id: box.nextId++, key };
    box.messages.push(stored);
    this.record(box, { type: "new", message: stored });
    return stored;
  }

  /** Moves the box's pts on and logs what changed (channel boxes keep theirs apart). */
  private record(box: Box, change: BoxChange) {
    box.pts += change.type === "delete" ? change.ids.length : 1;
    const update = { ...change, pts: box.pts } as BoxUpdate;
    box.updates.push(update);
    if (box.updates.length > UPDATE_LOG_SIZE) box.updates.shift();
    for (const [userId, userBox] of this.boxes) {
      if (userBox === box) for (const listener of this.listeners) listener(userId, update);
    }
    for (const [channelId, channelBox] of this.channelBoxes) {
      const channel = this.channels.get(channelId);
      if (channelBox === box && channel) for (const listener of this.channelListeners) listener(channel, update);
    }
  }

  private store(ownerId: number, message: Omit<WorldMessage, "id" | "key">, key = this.nextMessageKey++): WorldMessage {
    return this.storeIn(this.box(ownerId), message, key);
  }

  private deliverServiceMessage(userId: number, text: string) {
    const date = Math.floor(Date.now() / 1000);
    this.store(userId, {
      peer: { type: "user", id: SERVICE_USER_ID },
      fromId: SERVICE_USER_ID,
      out: false,
      text,
      date,
    });
  }

  /**
   * Sends a message to a user, a group (a copy in every member's box) or a channel (one copy in
   * the channel's box; only its creator posts in a broadcast channel). A repeated random_id is
   * refused, as Telegram does.
   */
  sendMessage(
    from: WorldUser,
    peer: WorldPeer,
    text: string,
    randomId: string,
  ): { message: WorldMessage; pts: number; channel?: WorldChat } {
    const key = `${from.id}:${randomId}`;
    if (this.seenRandomIds.has(key)) throw new RpcFailure(500, "RANDOM_ID_DUPLICATE");
    if (text.length === 0) throw new RpcFailure(400, "MESSAGE_EMPTY");
    if (text.length > 4096) throw new RpcFailure(400, "MESSAGE_TOO_LONG");
    const date = Math.floor(Date.now() / 1000);
    const box = this.box(from.id);
    let result: { message: WorldMessage; pts: number; channel?: WorldChat };
    if (peer.type === "user") {
      const message = this.store(from.id, { peer, fromId: from.id, out: true, text, date });
      if (peer.id !== from.id) {
        const copy = { peer: { type: "user" as const, id: from.id }, fromId: from.id, out: false, text, date };
        this.store(peer.id, copy, message.key);
      }
      result = { message, pts: box.pts };
    } else {
      const chat = this.chat(peer);
      if (!chat) throw new RpcFailure(400, "PEER_ID_INVALID");
      if (!chat.members.has(from.id)) throw new RpcFailure(403, "CHAT_WRITE_FORBIDDEN");
      if (chat.kind === "channel" && chat.creatorId !== from.id) throw new RpcFailure(400, "CHAT_ADMIN_REQUIRED");
      if (peer.type === "chat") {
        let own: WorldMessage | undefined;
        const key = this.nextMessageKey++;
        for (const member of chat.members) {
          const copy = this.store(member, { peer, fromId: from.id, out: member === from.id, text, date }, key);
          if (member === from.id) own = copy;
        }
        result = { message: own as WorldMessage, pts: box.pts };
      } else {
        const channelBox = this.channelBox(chat.id);
        const message = this.storeIn(
          channelBox,
          { peer, fromId: from.id, out: false, text, date },
          this.nextMessageKey++,
        );
        result = { message, pts: channelBox.pts, channel: chat };
      }
    }
    this.seenRandomIds.set(key, result.message.id);
    return result;
  }

  /** The messages `viewer` sees in `peer`, oldest first (`out` set from the viewer's side). */
  messagesIn(viewer: WorldUser, peer: WorldPeer): WorldMessage[] {
    if (peer.type !== "channel") return this.box(viewer.id).messages.filter((m) => samePeer(m.peer, peer));
    return this.channelBox(peer.id).messages.map((m) => ({ ...m, out: m.fromId === viewer.id }));
  }

  /** messages.getHistory: newest first, ids below offsetId (0 = from the newest). */
  history(owner: WorldUser, peer: WorldPeer, offsetId: number, limit: number) {
    if (!this.canRead(owner, peer)) throw new RpcFailure(400, "CHANNEL_PRIVATE");
    const all = this.messagesIn(owner, peer);
    const older = all.filter((m) => offsetId <= 0 || m.id < offsetId).sort((a, b) => b.id - a.id);
    return { count: all.length, messages: older.slice(0, Math.max(0, Math.min(limit, 100))) };
  }

  /** The peers `user` has a dialog with: private chats with messages, their groups and channels. */
  dialogPeers(user: WorldUser): WorldPeer[] {
    const peers = new Map<string, WorldPeer>();
    for (const message of this.box(user.id).messages)
      peers.set(`${message.peer.type}:${message.peer.id}`, message.peer);
    for (const chat of [...this.chats.values(), ...this.channels.values()]) {
      if (chat.members.has(user.id)) {
        const type = chat.kind === "group" ? "chat" : "channel";
        peers.set(`${type}:${chat.id}`, { type, id: chat.id });
      }
    }
    return [...peers.values()];
  }

  /** The highest incoming message id `user` has read in `peer` (messages.readHistory). */
  readMax(user: WorldUser, peer: WorldPeer): number {
    return this.readMarkers.get(`${user.id}:${peer.type}:${peer.id}`) ?? 0;
  }

  readHistory(user: WorldUser, peer: WorldPeer, maxId: number) {
    const key = `${user.id}:${peer.type}:${peer.id}`;
    this.readMarkers.set(key, Math.max(this.readMarkers.get(key) ?? 0, maxId));
  }

  /** Every copy of the message `id` of `user`'s box (in every member's box), with its box. */
  private copiesOf(user: WorldUser, id: number): { box: Box; message: WorldMessage }[] {
    const own = this.box(user.id).messages.find((m) => m.id === id);
    if (!own) return [];
    const copies: { box: Box; message: WorldMessage }[] = [];
    for (const box of this.boxes.values()) {
      for (const message of box.messages) if (message.key === own.key) copies.push({ box, message });
    }
    return copies;
  }

  /** messages.editMessage: the author edits a message; every copy changes and each box logs an edit. */
  editMessage(user: WorldUser, id: number, text: string): WorldMessage {
    const copies = this.copiesOf(user, id);
    const own = copies.find((c) => c.box === this.box(user.id))?.message;
    if (!own) throw new RpcFailure(400, "MESSAGE_ID_INVALID");
    if (own.fromId !== user.id) throw new RpcFailure(403, "MESSAGE_AUTHOR_REQUIRED");
    if (text.length === 0) throw new RpcFailure(400, "MESSAGE_EMPTY");
    const editDate = Math.floor(Date.now() / 1000);
    for (const { box, message } of copies) {
      message.text = text;
      message.editDate = editDate;
      this.record(box, { type: "edit", message });
    }
    return own;
  }

  /** messages.deleteMessages: from `user`'s box, and with `revoke` every copy (author only). */
  deleteMessages(user: WorldUser, ids: number[], revoke: boolean): number {
    const box = this.box(user.id);
    for (const id of ids) {
      const copies = revoke ? this.copiesOf(user, id) : [];
      const own = box.messages.find((m) => m.id === id);
      if (revoke && own && own.fromId !== user.id) throw new RpcFailure(403, "MESSAGE_DELETE_FORBIDDEN");
      const targets = revoke ? copies : own ? [{ box, message: own }] : [];
      for (const target of targets) {
        target.box.messages = target.box.messages.filter((m) => m !== target.message);
        this.record(target.box, { type: "delete", ids: [target.message.id] });
      }
    }
    return box.pts;
  }

  /**
   * updates.getDifference over the user's box (private chats and basic groups): the updates after
   * `pts`, at most `limit`; `tooLong` when the log no longer reaches back that far.
   */
  difference(
    user: WorldUser,
    pts: number,
    limit = 100,
  ):
    | { tooLong: true; pts: number }
    | {
        tooLong: false;
        updates: BoxUpdate[];
        pts: number;
        final: boolean;
      } {
    const box = this.box(user.id);
    const oldest = box.updates[0];
    if (pts < box.pts && oldest && pts < oldest.pts - 1) return { tooLong: true, pts: box.pts };
    const after = box.updates.filter((u) => u.pts > pts);
    const page = after.slice(0, limit);
    return {
      tooLong: false,
      updates: page,
      pts: page.at(-1)?.pts ?? Math.max(pts, box.pts),
      final: page.length === after.length,
    };
  }

  state(user: WorldUser) {
    return { pts: this.box(user.id).pts, date: Math.floor(Date.now() / 1000) };
  }

  // ---- channels' and supergroups' own boxes (their pts, updates.getChannelDifference) ---------

  /** A channel or supergroup `user` may read, or CHANNEL_PRIVATE / CHANNEL_INVALID as Telegram answers. */
  readableChannel(user: WorldUser, channelId: number): WorldChat {
    const channel = this.channels.get(channelId);
    if (!channel) throw new RpcFailure(400, "CHANNEL_INVALID");
    if (!this.canRead(user, { type: "channel", id: channelId })) throw new RpcFailure(406, "CHANNEL_PRIVATE");
    return channel;
  }

  /** The channel's current pts (what a dialog and updates.getChannelDifference report). */
  channelPts(channelId: number): number {
    return this.channelBox(channelId).pts;
  }

  /** messages.editMessage in a channel or supergroup: its author edits; the channel's box logs it. */
  editChannelMessage(user: WorldUser, channelId: number, id: number, text: string): WorldMessage {
    this.readableChannel(user, channelId);
    const box = this.channelBox(channelId);
    const message = box.messages.find((m) => m.id === id);
    if (!message) throw new RpcFailure(400, "MESSAGE_ID_INVALID");
    if (message.fromId !== user.id) throw new RpcFailure(403, "MESSAGE_AUTHOR_REQUIRED");
    if (text.length === 0) throw new RpcFailure(400, "MESSAGE_EMPTY");
    message.text = text;
    message.editDate = Math.floor(Date.now() / 1000);
    this.record(box, { type: "edit", message });
    return message;
  }

  /** channels.deleteMessages: for everyone, by their author or the channel's creator; one update for all. */
  deleteChannelMessages(user: WorldUser, channelId: number, ids: number[]): { pts: number; deleted: number[] } {
    const channel = this.readableChannel(user, channelId);
    const box = this.channelBox(channelId);
    const targets = box.messages.filter((m) => ids.includes(m.id));
    if (targets.some((m) => m.fromId !== user.id && channel.creatorId !== user.id)) {
      throw new RpcFailure(403, "MESSAGE_DELETE_FORBIDDEN");
    }
    if (targets.length === 0) return { pts: box.pts, deleted: [] };
    box.messages = box.messages.filter((m) => !targets.includes(m));
    const deleted = targets.map((m) => m.id);
    this.record(box, { type: "delete", ids: deleted });
    return { pts: box.pts, deleted };
  }

  /**
   * Forgets all but the last `keep` updates of a channel's box, as Telegram's servers do after a
   * while, and tells its members (updateChannelTooLong): a getChannelDifference from before that
   * point answers channelDifferenceTooLong.
   */
  trimChannelUpdates(channelId: number, keep: number) {
    const channel = this.channels.get(channelId);
    if (!channel) throw new RpcFailure(400, "CHANNEL_INVALID");
    const box = this.channelBox(channelId);
    box.updates = keep > 0 ? box.updates.slice(-keep) : [];
    for (const listener of this.channelListeners) listener(channel, { type: "tooLong", pts: box.pts });
  }

  /**
   * updates.getChannelDifference: the channel's updates after `pts`, at most `limit`; `tooLong` when
   * its log no longer reaches back that far (with the latest messages, as Telegram answers).
   */
  channelDifference(
    user: WorldUser,
    channelId: number,
    pts: number,
    limit = 100,
  ):
    | { tooLong: true; pts: number; latest: WorldMessage[] }
    | { tooLong: false; updates: BoxUpdate[]; pts: number; final: boolean } {
    this.readableChannel(user, channelId);
    if (pts <= 0) throw new RpcFailure(400, "PERSISTENT_TIMESTAMP_INVALID");
    const box = this.channelBox(channelId);
    // Updates from pts+1 on are needed; the log starts at `oldest` (after the box's pts once emptied).
    const oldest = box.updates[0]?.pts ?? box.pts + 1;
    if (pts < box.pts && pts < oldest - 1) {
      return {
        tooLong: true,
        pts: box.pts,
        latest: this.messagesIn(user, { type: "channel", id: channelId }).slice(-limit),
      };
    }
    const after = box.updates.filter((u) => u.pts > pts);
    const page = after.slice(0, Math.max(1, limit));
    return {
      tooLong: false,
      updates: page,
      pts: page.at(-1)?.pts ?? Math.max(pts, box.pts),
      final: page.length === after.length,
    };
  }
}
