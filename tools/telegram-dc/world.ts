// The loopback DC's in-memory Telegram: accounts, login codes, 2FA passwords, private-chat
// message boxes and injected faults. Plain data, no TL: methods.ts translates to and from TL.
//
// Test-DC convention (as on Telegram's test DCs): phone numbers 99966XYYYY sign in with the code
// X repeated five times (+9996621234 → 22222). Any such number gets an account on first use.
// Accounts whose YYYY starts with 9 (e.g. +9996619001) have 2FA on, password TWO_FA_PASSWORD.
import { randomBytes } from "node:crypto";
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

export interface WorldMessage {
  id: number;
  /** The other side of the private chat, from the box owner's point of view (self for Saved Messages). */
  peerId: number;
  fromId: number;
  out: boolean;
  text: string;
  date: number;
}

interface Box {
  messages: WorldMessage[];
  nextId: number;
  pts: number;
}

export interface Fault {
  method: string;
  error: string;
  remaining: number;
  /** Only calls made for this account's phone fail (tests run in parallel against one DC). */
  phone?: string;
}

const TEST_PHONE = /^99966(\d)(\d{4})$/;

/** Error code Telegram uses for each error family. */
export function errorCodeFor(message: string): number {
  if (message.startsWith("FLOOD_WAIT_")) return 420;
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
  private faults: Fault[] = [];
  private nextUserId = 5_000_001;

  constructor() {
    this.addUser({ id: SERVICE_USER_ID, phone: "42777", firstName: "Telegram", lastName: "", username: "telegram" });
    this.addUser({ id: 1_000_001, phone: "9996601001", firstName: "Alice", lastName: "Loopback", username: "alice" });
    this.addUser({ id: 1_000_002, phone: "9996601002", firstName: "Bob", lastName: "Loopback", username: "bobby" });
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

  clearFaults() {
    this.faults = [];
  }

  /** Throws the next injected fault for `method` (called for `phone`'s account), if any. */
  takeFault(method: string, phone: string | undefined) {
    const normalized = phone === undefined ? undefined : World.normalizePhone(phone);
    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        (f.method === method || f.method === "*") &&
        (f.phone === undefined || f.phone === normalized),
    );
    if (!fault) return;
    fault.remaining -= 1;
    this.faults = this.faults.filter((f) => f.remaining > 0);
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

  // ---- messages -----------------------------------------------------------------------------

  private box(userId: number): Box {
    let box = this.boxes.get(userId);
    if (!box) {
      box = { messages: [], nextId: 1, pts: 1 };
      this.boxes.set(userId, box);
    }
    return box;
  }

  private store(ownerId: number, message: Omit<WorldMessage, "id">): WorldMessage {
    const box = this.box(ownerId);
    const stored = { ...message, id: box.nextId++ };
    box.messages.push(stored);
    box.pts += 1;
    return stored;
  }

  private deliverServiceMessage(userId: number, text: string) {
    const date = Math.floor(Date.now() / 1000);
    this.store(userId, { peerId: SERVICE_USER_ID, fromId: SERVICE_USER_ID, out: false, text, date });
  }

  /** Sends a private message; a repeated random_id is refused, as Telegram does. */
  sendMessage(from: WorldUser, peerId: number, text: string, randomId: string): { message: WorldMessage; pts: number } {
    const key = `${from.id}:${randomId}`;
    if (this.seenRandomIds.has(key)) throw new RpcFailure(500, "RANDOM_ID_DUPLICATE");
    const box = this.box(from.id);
    if (text.length === 0) throw new RpcFailure(400, "MESSAGE_EMPTY");
    if (text.length > 4096) throw new RpcFailure(400, "MESSAGE_TOO_LONG");
    const date = Math.floor(Date.now() / 1000);
    const message = this.store(from.id, { peerId, fromId: from.id, out: true, text, date });
    if (peerId !== from.id) this.store(peerId, { peerId: from.id, fromId: from.id, out: false, text, date });
    this.seenRandomIds.set(key, message.id);
    return { message, pts: box.pts };
  }

  /** messages.getHistory for one private chat: newest first, ids below offsetId (0 = from the newest). */
  history(owner: WorldUser, peerId: number, offsetId: number, limit: number) {
    const all = this.box(owner.id).messages.filter((m) => m.peerId === peerId);
    const older = all.filter((m) => offsetId <= 0 || m.id < offsetId).sort((a, b) => b.id - a.id);
    return { count: all.length, messages: older.slice(0, Math.max(0, Math.min(limit, 100))) };
  }

  state(user: WorldUser) {
    return { pts: this.box(user.id).pts, date: Math.floor(Date.now() / 1000) };
  }
}
