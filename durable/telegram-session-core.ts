// The work of one TelegramSessionDO (telegram-session.ts loads this module on first use): one
// GramJS client, the object's storage (the encrypted session string, the account, the peers'
// access hashes) and the MTProto connection. Telegram calls are serialized; errors come back as
// data (see telegram-errors.ts).
import { Api, Logger, sessions, TelegramClient } from "telegram";
import { LogLevel } from "telegram/extensions/Logger.js";
import { computeCheck } from "telegram/Password.js";
import type {
  MessagePage,
  SentCode,
  SessionStatus,
  TelegramAccount,
  TelegramMessage,
  VerifyCodeResult,
} from "../openapi/telegram-schemas.ts";
// Loaded for its side effect too: GramJS fails requests on an unknown auth key instead of hanging.
import "./gramjs-internals.cjs";
import { SerialQueue } from "./serial-queue.ts";
import { BIG_ZERO, type BigInteger, big } from "./telegram-bigint.ts";
import { type ChatRef, decodeCursor } from "./telegram-chat-id.ts";
import type { SessionCallConfig } from "./telegram-config.ts";
import { failure, type ProxyResult, SIGNED_OUT_ERRORS, telegramErrorMessage, toProxyError } from "./telegram-errors.ts";
import { historyFetchLimit, historyPage, sentMessageIdAndDate } from "./telegram-messages.ts";
import { trustDcKey } from "./telegram-rsa.ts";
import { openSessionString, sealSessionString } from "./telegram-session-crypto.ts";
import { socketClassFor } from "./telegram-socket.ts";

type Row = {
  session_id: string;
  owner: string;
  sealed_session: string | null;
  authorized: number;
  user_id: string | null;
  username: string | null;
  last_activity: number | null;
};

/** An idle session drops its MTProto connection after this long (an open socket keeps the object awake). */
const IDLE_DISCONNECT_MS = 5 * 60_000;
/** How long a clientMessageId is remembered: retries come within seconds, not days. */
const SENT_TTL_MS = 24 * 60 * 60_000;
/** GramJS has no request timeout: a call that hears nothing from Telegram for this long fails (503). */
const CALL_TIMEOUT_MS = 20_000;

class ProxyFailure extends Error {
  readonly result: { ok: false; error: ReturnType<typeof toProxyError> };
  constructor(result: { ok: false; error: ReturnType<typeof toProxyError> }) {
    super(result.error.message);
    this.result = result;
  }
}

const fail = (...args: Parameters<typeof failure>) => new ProxyFailure(failure(...args));

function account(user: Api.TypeUser): TelegramAccount {
  if (!(user instanceof Api.User)) throw fail(503, "TELEGRAM_ERROR", "Telegram returned no account");
  return {
    userId: user.id.toString(),
    firstName: user.firstName ?? "",
    lastName: user.lastName ?? null,
    username: user.username ?? null,
  };
}

export class TelegramSession {
  private readonly ctx: DurableObjectState;
  private client: TelegramClient | undefined;
  /** The secret the current client's session is sealed with, and the last string sealed. */
  private sealing: { secret: string; lastSaved: string } | undefined;
  private readonly queue = new SerialQueue();

  constructor(ctx: DurableObjectState) {
    this.ctx = ctx;
    this.ensureSchema();
  }

  private ensureSchema() {
    this.ctx.storage.sql.exec(`
      CREATE TABLE IF NOT EXISTS session (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        session_id TEXT NOT NULL,
        owner TEXT NOT NULL,
        sealed_session TEXT,
        authorized INTEGER NOT NULL DEFAULT 0,
        user_id TEXT,
        username TEXT,
        last_activity INTEGER
      );
      CREATE TABLE IF NOT EXISTS peers (user_id TEXT PRIMARY KEY, access_hash TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS sent (
        client_message_id TEXT PRIMARY KEY,
        chat_id TEXT NOT NULL,
        text TEXT NOT NULL,
        message TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
    `);
  }

  // ---- the object's RPC methods (called by api/telegram/handlers.ts) ------------------------

  async create(sessionId: string, owner: string): Promise<ProxyResult<{ sessionId: string }>> {
    return this.queue.run(async () => {
      if (this.row()) return failure(409, "CONFLICT", "Session already exists");
      this.ctx.storage.sql.exec(
        "INSERT INTO session (id, session_id, owner, last_activity) VALUES (1, ?, ?, ?)",
        sessionId,
        owner,
        Date.now(),
      );
      return { ok: true, data: { sessionId } };
    });
  }

  async status(owner: string): Promise<ProxyResult<SessionStatus>> {
    // Reading the status is not activity: it must not keep the connection open.
    return this.call(
      owner,
      async (row) => ({
        sessionId: row.session_id,
        connected: Boolean(this.client?.connected),
        authorized: row.authorized === 1,
        lastActivity: row.last_activity ? new Date(row.last_activity).toISOString() : null,
        userId: row.user_id,
        username: row.username,
      }),
      { touch: false },
    );
  }

  async sendCode(config: SessionCallConfig, owner: string, phoneNumber: string): Promise<ProxyResult<SentCode>> {
    return this.call(owner, async (row) => {
      if (row.authorized) throw fail(409, "ALREADY_AUTHORIZED", "This session is already signed in");
      const api = this.api(config);
      const client = await this.connected(config, row);
      const sent = await client.invoke(
        new Api.auth.SendCode({ phoneNumber, apiId: api.id, apiHash: api.hash, settings: new Api.CodeSettings({}) }),
      );
      if (!(sent instanceof Api.auth.SentCode))
        throw fail(409, "ALREADY_AUTHORIZED", "Telegram signed this session in");
      return {
        phoneCodeHash: sent.phoneCodeHash,
        isCodeViaApp: sent.type instanceof Api.auth.SentCodeTypeApp,
        timeout: sent.timeout ?? null,
      };
    });
  }

  async verifyCode(
    config: SessionCallConfig,
    owner: string,
    input: { phoneNumber: string; phoneCodeHash: string; code: string },
  ): Promise<ProxyResult<VerifyCodeResult>> {
    return this.call(owner, async (row) => {
      if (row.authorized) throw fail(409, "ALREADY_AUTHORIZED", "This session is already signed in");
      const client = await this.connected(config, row);
      try {
        const result = await client.invoke(
          new Api.auth.SignIn({
            phoneNumber: input.phoneNumber,
            phoneCodeHash: input.phoneCodeHash,
            phoneCode: input.code,
          }),
        );
        if (!(result instanceof Api.auth.Authorization)) {
          throw fail(409, "SIGN_UP_REQUIRED", "This number has no Telegram account; sign up in a Telegram app first");
        }
        const user = account(result.user);
        this.signedIn(user);
        return { authorized: true as const, passwordRequired: false as const, ...user };
      } catch (error) {
        if (telegramErrorMessage(error) !== "SESSION_PASSWORD_NEEDED") throw error;
        const password = await client.invoke(new Api.account.GetPassword());
        return { authorized: false as const, passwordRequired: true as const, passwordHint: password.hint ?? null };
      }
    });
  }

  async checkPassword(
    config: SessionCallConfig,
    owner: string,
    password: string,
  ): Promise<ProxyResult<TelegramAccount>> {
    return this.call(owner, async (row) => {
      if (row.authorized) throw fail(409, "ALREADY_AUTHORIZED", "This session is already signed in");
      const client = await this.connected(config, row);
      const state = await client.invoke(new Api.account.GetPassword());
      if (!state.hasPassword || !state.currentAlgo) {
        throw fail(409, "PASSWORD_NOT_REQUESTED", "No 2FA step is pending: verify a login code first");
      }
      // GramJS's own SRP helper computes A and M1; the password never leaves this object.
      const result = await client.invoke(new Api.auth.CheckPassword({ password: await computeCheck(state, password) }));
      if (!(result instanceof Api.auth.Authorization)) throw fail(503, "TELEGRAM_ERROR", "Unexpected answer");
      const user = account(result.user);
      this.signedIn(user);
      return user;
    });
  }

  async poll(
    config: SessionCallConfig,
    owner: string,
    chat: ChatRef,
    limit: number,
    cursor: string | undefined,
  ): Promise<ProxyResult<MessagePage>> {
    return this.call(owner, async (row) => {
      const offsetId = cursor === undefined ? 0 : decodeCursor(cursor);
      if (offsetId === undefined) throw fail(400, "INVALID_CURSOR", "cursor is not one this API returned");
      const client = await this.authorizedClient(config, row);
      const peer = await this.inputPeer(client, chat);
      const history = await client.invoke(
        new Api.messages.GetHistory({
          peer,
          offsetId,
          limit: historyFetchLimit(limit),
          addOffset: 0,
          maxId: 0,
          minId: 0,
          hash: BIG_ZERO,
        }),
      );
      if (history instanceof Api.messages.MessagesNotModified) return { messages: [], nextCursor: null };
      this.rememberPeers(history.users);
      return historyPage(history.messages, limit, row.user_id);
    });
  }

  async send(
    config: SessionCallConfig,
    owner: string,
    chat: ChatRef,
    text: string,
    clientMessageId: string | undefined,
  ): Promise<ProxyResult<TelegramMessage>> {
    return this.call(owner, async (row) => {
      const client = await this.authorizedClient(config, row);
      const peer = await this.inputPeer(client, chat);
      const chatId =
        chat.kind === "self" ? (row.user_id ?? "") : peer instanceof Api.InputPeerUser ? peer.userId.toString() : "";
      if (clientMessageId) {
        const earlier = this.sentBefore(clientMessageId);
        if (earlier) {
          if (earlier.chat_id !== chatId || earlier.text !== text) {
            throw fail(409, "CLIENT_MESSAGE_ID_REUSED", "This clientMessageId was already used for another message");
          }
          return JSON.parse(earlier.message) as TelegramMessage;
        }
      }
      // The random_id comes from clientMessageId too: should this object die between Telegram's
      // answer and the write below, Telegram itself refuses the repeat (RANDOM_ID_DUPLICATE).
      const randomId = clientMessageId
        ? await randomIdFor(row.session_id, clientMessageId)
        : big(Buffer.from(crypto.getRandomValues(new Uint8Array(8))).readBigInt64LE(0));
      const result = await client.invoke(new Api.messages.SendMessage({ peer, message: text, randomId }));
      const confirmed = sentMessageIdAndDate(result);
      if (!confirmed) throw fail(503, "TELEGRAM_ERROR", "Telegram did not confirm the message");
      const message: TelegramMessage = { ...confirmed, chatId, fromId: row.user_id, out: true, text };
      if (clientMessageId) this.rememberSent(clientMessageId, message);
      return message;
    });
  }

  /** auth.logOut when signed in, then forget everything: the object's storage is wiped. */
  async destroy(config: SessionCallConfig, owner: string): Promise<ProxyResult<{ loggedOut: boolean }>> {
    return this.call(owner, async (row) => {
      let loggedOut = false;
      if (row.authorized && row.sealed_session) {
        try {
          const client = await this.connected(config, row);
          await client.invoke(new Api.auth.LogOut());
          loggedOut = true;
        } catch {
          // Signed out already, or Telegram is unreachable: the local copy goes anyway.
        }
      }
      await this.dropClient();
      await this.ctx.storage.deleteAlarm();
      await this.ctx.storage.deleteAll();
      // Empty tables again, so a late call finds "no such session" rather than no table.
      this.ensureSchema();
      return { loggedOut };
    });
  }

  /** Closes the MTProto connection of an idle session so the object can be evicted. */
  async alarm() {
    await this.queue.run(async () => {
      const row = this.row();
      if (!row) return;
      const idleFor = Date.now() - (row.last_activity ?? 0);
      if (idleFor >= IDLE_DISCONNECT_MS) await this.dropClient();
      else await this.ctx.storage.setAlarm(Date.now() + IDLE_DISCONNECT_MS - idleFor);
    });
  }

  // ---- internals ------------------------------------------------------------------------------

  private row(): Row | undefined {
    return this.ctx.storage.sql.exec<Row>("SELECT * FROM session WHERE id = 1").toArray()[0];
  }

  /** Runs one call: serialized, owner-checked, Telegram errors turned into data. */
  private call<T>(
    owner: string,
    job: (row: Row) => Promise<T>,
    { touch = true }: { touch?: boolean } = {},
  ): Promise<ProxyResult<T>> {
    return this.queue.run(async () => {
      const row = this.row();
      // Another key's session looks exactly like a missing one.
      if (!row || row.owner !== owner) return failure(404, "NOT_FOUND", "No such session");
      let timer: ReturnType<typeof setTimeout> | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(fail(503, "TELEGRAM_TIMEOUT", "Telegram did not answer in time; try again")),
          CALL_TIMEOUT_MS,
        );
      });
      try {
        const data = await Promise.race([job(row), deadline]);
        if (touch) this.touch();
        // GramJS may have moved to another DC (PHONE_MIGRATE) with a new auth key: keep it.
        await this.saveSessionIfChanged(row.session_id);
        return { ok: true as const, data };
      } catch (error) {
        if (error instanceof ProxyFailure) {
          if (error.result.error.code === "TELEGRAM_TIMEOUT") await this.dropClient();
          return error.result;
        }
        const message = telegramErrorMessage(error);
        if (message && SIGNED_OUT_ERRORS.has(message)) this.signedOut();
        if (message === "AUTH_KEY_INVALID") {
          // The DC no longer knows this auth key: forget it, the next sign-in makes a new one.
          this.ctx.storage.sql.exec("UPDATE session SET sealed_session = NULL WHERE id = 1");
          await this.dropClient();
        }
        if (!message) {
          console.error(JSON.stringify({ level: "error", msg: "telegram call failed", error: String(error) }));
          await this.dropClient();
        }
        return { ok: false as const, error: toProxyError(error) };
      } finally {
        clearTimeout(timer);
      }
    });
  }

  private touch() {
    if (!this.row()) return;
    this.ctx.storage.sql.exec("UPDATE session SET last_activity = ? WHERE id = 1", Date.now());
    if (this.client) void this.ctx.storage.setAlarm(Date.now() + IDLE_DISCONNECT_MS);
  }

  private api(config: SessionCallConfig) {
    if (!config.telegram.api) {
      throw fail(503, "TELEGRAM_NOT_CONFIGURED", "TELEGRAM_API_ID and TELEGRAM_API_HASH are not set");
    }
    return config.telegram.api;
  }

  private async authorizedClient(config: SessionCallConfig, row: Row) {
    if (!row.authorized)
      throw fail(401, "TELEGRAM_UNAUTHORIZED", "Sign this session in first (send-code, verify-code)");
    return this.connected(config, row);
  }

  /** The connected client, made from the stored session after an eviction (no new login). */
  private async connected(config: SessionCallConfig, row: Row): Promise<TelegramClient> {
    if (this.client?.connected) return this.client;
    await this.dropClient();
    const api = this.api(config);
    const dc = config.telegram.dc;
    // Trust the configured DC's key (the loopback DC's in development and tests).
    if (dc?.rsaN) trustDcKey(dc.rsaN);
    const stored = row.sealed_session
      ? await openSessionString(row.sealed_session, config.sessionSecret, row.session_id)
      : "";
    const session = new sessions.StringSession(stored);
    // StringSession keeps the port in 16 signed bits and GramJS dials its own anyway: the socket
    // class maps the address.
    if (!stored && dc) session.setDC(dc.id, dc.host, 443);
    const client = new TelegramClient(session, api.id, api.hash, {
      networkSocket: socketClassFor(dc ? { hostname: dc.host, port: dc.port } : undefined) as never,
      connectionRetries: 3,
      retryDelay: 200,
      requestRetries: 2,
      floodSleepThreshold: 0,
      autoReconnect: true,
      baseLogger: new Logger(LogLevel.NONE),
      deviceModel: "BIG Gateway",
      systemVersion: "Cloudflare Workers",
      appVersion: "1.0",
    });
    // GramJS's update loop pings every 9 s on a timer to keep a long-lived app online. A session
    // here is request-driven (idle ones are closed by the alarm) and takes no updates, and a timer
    // that never stops would keep the object from ever being evicted. Marking the loop as started
    // keeps it from starting; a dropped connection is noticed and rebuilt on the next call.
    (client as unknown as { _loopStarted: boolean })._loopStarted = true;
    await client.connect();
    if (!client.connected) {
      await client.destroy().catch(() => undefined);
      throw fail(503, "TELEGRAM_UNAVAILABLE", "Could not connect to Telegram; try again");
    }
    this.client = client;
    this.sealing = { secret: config.sessionSecret, lastSaved: stored };
    await this.saveSessionIfChanged(row.session_id);
    return client;
  }

  /** Seals and stores the client's session string (dc + auth key) when it differs from the stored one. */
  private async saveSessionIfChanged(sessionId: string) {
    if (!this.client || !this.sealing) return;
    const plain = this.client.session.save() as unknown as string;
    if (!plain || plain === this.sealing.lastSaved) return;
    const sealed = await sealSessionString(plain, this.sealing.secret, sessionId);
    this.ctx.storage.sql.exec("UPDATE session SET sealed_session = ? WHERE id = 1", sealed);
    this.sealing.lastSaved = plain;
  }

  private async dropClient() {
    const client = this.client;
    this.client = undefined;
    this.sealing = undefined;
    if (client) await client.destroy().catch(() => undefined);
  }

  private signedIn(user: TelegramAccount) {
    this.ctx.storage.sql.exec(
      "UPDATE session SET authorized = 1, user_id = ?, username = ? WHERE id = 1",
      user.userId,
      user.username,
    );
  }

  private signedOut() {
    this.ctx.storage.sql.exec("UPDATE session SET authorized = 0 WHERE id = 1");
  }

  private sentBefore(clientMessageId: string) {
    return this.ctx.storage.sql
      .exec<{ chat_id: string; text: string; message: string }>(
        "SELECT chat_id, text, message FROM sent WHERE client_message_id = ?",
        clientMessageId,
      )
      .toArray()[0];
  }

  /** Remembers a send for SENT_TTL_MS, so a retried call answers the first message. */
  private rememberSent(clientMessageId: string, message: TelegramMessage) {
    const now = Date.now();
    this.ctx.storage.sql.exec("DELETE FROM sent WHERE created_at < ?", now - SENT_TTL_MS);
    this.ctx.storage.sql.exec(
      "INSERT INTO sent (client_message_id, chat_id, text, message, created_at) VALUES (?, ?, ?, ?, ?)",
      clientMessageId,
      message.chatId,
      message.text,
      JSON.stringify(message),
      now,
    );
  }

  private rememberPeers(users: Api.TypeUser[]) {
    for (const user of users) {
      if (user instanceof Api.User && user.accessHash) {
        this.ctx.storage.sql.exec(
          "INSERT INTO peers (user_id, access_hash) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET access_hash = excluded.access_hash",
          user.id.toString(),
          user.accessHash.toString(),
        );
      }
    }
  }

  /** `me`, `@username` (contacts.resolveUsername) or a user id (its access hash from earlier answers). */
  private async inputPeer(client: TelegramClient, chat: ChatRef): Promise<Api.TypeInputPeer> {
    if (chat.kind === "self") return new Api.InputPeerSelf();
    if (chat.kind === "username") {
      const resolved = await client.invoke(new Api.contacts.ResolveUsername({ username: chat.username }));
      this.rememberPeers(resolved.users);
      const user = resolved.users.find((u) => u instanceof Api.User);
      if (!(resolved.peer instanceof Api.PeerUser) || !(user instanceof Api.User)) {
        throw fail(404, "CHAT_NOT_FOUND", "Only private chats with users are supported");
      }
      return new Api.InputPeerUser({ userId: user.id, accessHash: user.accessHash ?? BIG_ZERO });
    }
    const known = this.ctx.storage.sql
      .exec<{ access_hash: string }>("SELECT access_hash FROM peers WHERE user_id = ?", chat.id)
      .toArray()[0];
    return new Api.InputPeerUser({ userId: big(chat.id), accessHash: big(known?.access_hash ?? "0") });
  }
}

async function randomIdFor(sessionId: string, clientMessageId: string): Promise<BigInteger> {
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${sessionId}:${clientMessageId}`)),
  );
  return big(Buffer.from(digest.subarray(0, 8)).readBigInt64LE(0));
}
