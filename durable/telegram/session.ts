// The work of one TelegramSessionDO (session-do.ts loads this module on first use): one GramJS
// client, the object's storage (the encrypted session string, the account, the peers' access
// hashes) and the MTProto connection. Telegram calls are serialized; refusals come back as the
// one Outcome of every object (durable/outcome.ts; Telegram's errors mapped in errors.ts).
import { Api, Logger, sessions, TelegramClient } from "telegram";
import { Raw } from "telegram/events/index.js";
import { LogLevel } from "telegram/extensions/Logger.js";
import { UpdateConnectionState } from "telegram/network/index.js";
import { computeCheck } from "telegram/Password.js";
import type { ChatRef } from "../../openapi/telegram-chat-id.ts";
import type {
  DialogPage,
  MessagePage,
  SentCode,
  SessionStatus,
  TelegramAccount,
  TelegramMessage,
  VerifyCodeResult,
} from "../../openapi/telegram-schemas.ts";
import type { TelegramUpdate } from "../../openapi/telegram-updates.ts";
// Loaded for its side effect too: GramJS fails requests on an unknown auth key instead of hanging.
import "./gramjs-internals.cjs";
import { DomainRefusal, type Outcome, refuse } from "../outcome.ts";
import { BIG_ZERO, type BigInteger, big } from "./bigint.ts";
import { type ChannelCatchUp, catchUpChannel, followChannelsOf } from "./channel-catch-up.ts";
import { ChannelStates } from "./channel-states.ts";
import { type SessionSettings, sessionSettings } from "./config.ts";
import { openSessionString, sealSessionString } from "./crypto.ts";
import { decodeCursor, decodeDialogCursor } from "./cursor.ts";
import { dialogPage, dialogsFetchLimit, offsetAfter } from "./dialogs.ts";
import { DISCARDED_KEY_ERRORS, SIGNED_OUT_ERRORS, telegramErrorMessage, telegramRefusal } from "./errors.ts";
import { asState, channelOfPush, differenceEvents, webhookSignature } from "./live-updates.ts";
import { historyFetchLimit, historyPage, sentMessageIdAndDate } from "./messages.ts";
import { markedIdOf, PeerBook } from "./peers.ts";
import type { TelegramWebhookDelivery } from "./rpc.ts";
import { trustDcKey } from "./rsa.ts";
import { SerialQueue } from "./serial-queue.ts";
import { socketClassFor } from "./socket.ts";
import { Subscription } from "./subscription.ts";

type WebhookState = { webhook: { url: string; failing: boolean } | null };

/** What a catch-up fetches: the account's common box, some channels, or everything (after a reconnect). */
type CatchUpScope = { everything: boolean; common: boolean; channels: Set<string> };
const nothingPending = (): CatchUpScope => ({ everything: false, common: false, channels: new Set() });

type Row = {
  session_id: string;
  owner: string;
  sealed_session: string | null;
  authorized: number;
  user_id: string | null;
  username: string | null;
  last_activity: number | null;
  /** Telegram's error when it signed this session out (AUTH_KEY_UNREGISTERED…); null otherwise. */
  signed_out_reason: string | null;
};

/** An idle session drops its MTProto connection after this long (an open socket keeps the object awake). */
const IDLE_DISCONNECT_MS = 5 * 60_000;
/** How long a clientMessageId is remembered: retries come within seconds, not days. */
const SENT_TTL_MS = 24 * 60 * 60_000;
/** GramJS has no request timeout: a call that hears nothing from Telegram for this long fails (503). */
const CALL_TIMEOUT_MS = 20_000;
/** How long a timed-out call is given to fail once its client is gone, before the next call starts. */
const CANCEL_GRACE_MS = 5_000;

export type CallDeadlines = { callTimeoutMs: number; cancelGraceMs: number };
/**
 * A revoked key's session that could not be logged out (Telegram unreachable) is tried again by
 * the alarm: after 1 min, 5 min, 30 min, then every 2 h. After this many tries (~4 days) the
 * local copy is wiped anyway: the auth key then dies on Telegram's side only when it expires.
 */
const REVOKE_RETRY_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000];
const REVOKE_MAX_ATTEMPTS = 50;
/** While subscribed, the alarm checks the connection and catches up this often. */
const LIVE_CHECK_MS = 60_000;
/** One catch-up fetches at most this many getDifference pages (the next push or alarm goes on). */
const CATCH_UP_PAGES = 10;
/** The hibernation tag of the sockets GET /updates/ws opened. */
export const UPDATES_SOCKET_TAG = "telegram-updates";
/** The status's check of the login waits this long for Telegram before answering what it knows. */
const STATUS_CHECK_MS = 5_000;
/** An unknown numeric chat id is looked for in at most this many pages of 100 dialogs. */
const DIALOG_SCAN_PAGES = 5;

const alreadySignedIn = () => refuse.conflict("This session is already signed in", "ALREADY_AUTHORIZED");
const unexpectedAnswer = (message: string) => refuse.unavailable(message, "TELEGRAM_ERROR");

function account(user: Api.TypeUser): TelegramAccount {
  if (!(user instanceof Api.User)) throw unexpectedAnswer("Telegram returned no account");
  return {
    userId: user.id.toString(),
    firstName: user.firstName ?? "",
    lastName: user.lastName ?? null,
    username: user.username ?? null,
  };
}

export class TelegramSession {
  private readonly ctx: DurableObjectState;
  private readonly settings: SessionSettings;
  private client: TelegramClient | undefined;
  /** The last session string sealed for the current client. */
  private lastSaved: string | undefined;
  private readonly queue = new SerialQueue();
  private readonly peers: PeerBook;
  private readonly subscription: Subscription;
  /** Where signed webhook posts go (the Worker's consumer delivers them); absent in unit setups. */
  private readonly webhookQueue: Queue<TelegramWebhookDelivery> | undefined;
  /** A catch-up is already queued: more pushes before it runs need no second one. */
  private catchUpQueued = false;
  /** What the pushes since the queued catch-up asked for. */
  private pending = nothingPending();
  /** Channels whose last catch-up failed or ran out of pages: the alarm goes on with them. */
  private readonly unfinishedChannels = new Set<string>();
  private readonly channels: ChannelStates;
  private readonly deadlines: CallDeadlines;

  /**
   * `env` is the object's own: its Telegram settings and SESSION_SECRET are read from it.
   * `deadlines` shortens the call deadline for tests (a slow DC answer should not take 20 s to test).
   */
  constructor(ctx: DurableObjectState, env: object, deadlines: Partial<CallDeadlines> = {}) {
    this.ctx = ctx;
    this.deadlines = { callTimeoutMs: CALL_TIMEOUT_MS, cancelGraceMs: CANCEL_GRACE_MS, ...deadlines };
    this.settings = sessionSettings(env);
    this.ensureSchema();
    this.peers = new PeerBook(ctx.storage.sql);
    this.subscription = new Subscription(ctx.storage.sql);
    this.channels = new ChannelStates(ctx.storage.sql);
    this.webhookQueue = (env as { TELEGRAM_WEBHOOKS?: Queue<TelegramWebhookDelivery> }).TELEGRAM_WEBHOOKS;
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
      -- Present once the session's API key was revoked: nothing may use it while auth.logOut is retried.
      CREATE TABLE IF NOT EXISTS revocation (id INTEGER PRIMARY KEY CHECK (id = 1), attempts INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS sent (
        client_message_id TEXT PRIMARY KEY,
        chat_id TEXT NOT NULL,
        text TEXT NOT NULL,
        message TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
    `);
    // Added after the first version: objects made before it get the column here.
    const columns = this.ctx.storage.sql.exec<{ name: string }>("PRAGMA table_info(session)").toArray();
    if (!columns.some((column) => column.name === "signed_out_reason")) {
      this.ctx.storage.sql.exec("ALTER TABLE session ADD COLUMN signed_out_reason TEXT");
    }
    PeerBook.ensureSchema(this.ctx.storage.sql);
    Subscription.ensureSchema(this.ctx.storage.sql);
    ChannelStates.ensureSchema(this.ctx.storage.sql);
  }

  // ---- the object's RPC methods (called by api/telegram/handlers.ts) ------------------------

  async create(sessionId: string, owner: string): Promise<Outcome<{ sessionId: string }>> {
    return this.queue.run(async () => {
      if (this.row()) return refuse.conflict("Session already exists").toRefusal();
      this.ctx.storage.sql.exec(
        "INSERT INTO session (id, session_id, owner, last_activity) VALUES (1, ?, ?, ?)",
        sessionId,
        owner,
        Date.now(),
      );
      return { ok: true, value: { sessionId } };
    });
  }

  /**
   * The session's state. A signed-in session asks Telegram whether the login still holds
   * (updates.getState, bounded by STATUS_CHECK_MS), so a login the DC forgot or revoked shows
   * `authorized: false` here, not on the next failing call. Reading the status is not activity:
   * a connection opened for the check is closed again.
   */
  async status(owner: string): Promise<Outcome<SessionStatus>> {
    return this.call(
      owner,
      async (stored) => {
        if (stored.authorized && stored.sealed_session) await this.checkLogin(stored);
        const row = this.row() ?? stored;
        return {
          sessionId: row.session_id,
          connected: Boolean(this.client?.connected),
          authorized: row.authorized === 1,
          reloginRequired: row.authorized === 0 && row.signed_out_reason !== null,
          signedOutReason: row.authorized === 0 ? row.signed_out_reason : null,
          lastActivity: row.last_activity ? new Date(row.last_activity).toISOString() : null,
          userId: row.user_id,
          username: row.username,
        };
      },
      { touch: false },
    );
  }

  /** One cheap call to Telegram; a signed-out answer is recorded, an unreachable Telegram changes nothing. */
  private async checkLogin(row: Row) {
    const wasConnected = Boolean(this.client?.connected);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slow = new Promise<"slow">((resolve) => {
      timer = setTimeout(() => resolve("slow"), STATUS_CHECK_MS);
    });
    try {
      const check = this.connected(row).then((client) => client.invoke(new Api.updates.GetState()));
      if ((await Promise.race([check, slow])) === "slow") await this.dropClient();
    } catch (error) {
      await this.absorbTelegramError(error);
    } finally {
      clearTimeout(timer);
      // Subscribed sessions keep their connection: it carries the live updates.
      if (!wasConnected && !this.isLive()) await this.dropClient();
    }
  }

  async sendCode(owner: string, phoneNumber: string): Promise<Outcome<SentCode>> {
    return this.call(owner, async (row) => {
      if (row.authorized) throw alreadySignedIn();
      const api = this.api();
      const client = await this.connected(row);
      const sent = await client.invoke(
        new Api.auth.SendCode({ phoneNumber, apiId: api.id, apiHash: api.hash, settings: new Api.CodeSettings({}) }),
      );
      if (!(sent instanceof Api.auth.SentCode))
        throw refuse.conflict("Telegram signed this session in", "ALREADY_AUTHORIZED");
      return {
        phoneCodeHash: sent.phoneCodeHash,
        isCodeViaApp: sent.type instanceof Api.auth.SentCodeTypeApp,
        timeout: sent.timeout ?? null,
      };
    });
  }

  async verifyCode(
    owner: string,
    input: { phoneNumber: string; phoneCodeHash: string; code: string },
  ): Promise<Outcome<VerifyCodeResult>> {
    return this.call(owner, async (row) => {
      if (row.authorized) throw alreadySignedIn();
      const client = await this.connected(row);
      try {
        const result = await client.invoke(
          new Api.auth.SignIn({
            phoneNumber: input.phoneNumber,
            phoneCodeHash: input.phoneCodeHash,
            phoneCode: input.code,
          }),
        );
        if (!(result instanceof Api.auth.Authorization)) {
          throw refuse.conflict(
            "This number has no Telegram account; sign up in a Telegram app first",
            "SIGN_UP_REQUIRED",
          );
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

  async checkPassword(owner: string, password: string): Promise<Outcome<TelegramAccount>> {
    return this.call(owner, async (row) => {
      if (row.authorized) throw alreadySignedIn();
      const client = await this.connected(row);
      const state = await client.invoke(new Api.account.GetPassword());
      if (!state.hasPassword || !state.currentAlgo) {
        throw refuse.conflict("No 2FA step is pending: verify a login code first", "PASSWORD_NOT_REQUESTED");
      }
      // GramJS's own SRP helper computes A and M1; the password never leaves this object.
      const result = await client.invoke(new Api.auth.CheckPassword({ password: await computeCheck(state, password) }));
      if (!(result instanceof Api.auth.Authorization)) throw unexpectedAnswer("Unexpected answer");
      const user = account(result.user);
      this.signedIn(user);
      return user;
    });
  }

  async poll(owner: string, chat: ChatRef, limit: number, cursor: string | undefined): Promise<Outcome<MessagePage>> {
    return this.call(owner, async (row) => {
      const offsetId = cursor === undefined ? 0 : decodeCursor(cursor);
      if (offsetId === undefined) throw refuse.badRequest("cursor is not one this API returned", "INVALID_CURSOR");
      const client = await this.authorizedClient(row);
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
      this.peers.remember(history.users, history.chats);
      return historyPage(history.messages, limit, row.user_id);
    });
  }

  async dialogs(owner: string, limit: number, cursor: string | undefined): Promise<Outcome<DialogPage>> {
    return this.call(owner, async (row) => {
      const offset = cursor === undefined ? undefined : decodeDialogCursor(cursor);
      const offsetPeer =
        cursor === undefined ? new Api.InputPeerEmpty() : offset && this.peers.inputPeer(offset.chatId);
      if (!offsetPeer) throw refuse.badRequest("cursor is not one this API returned", "INVALID_CURSOR");
      const client = await this.authorizedClient(row);
      const answer = await this.fetchDialogs(client, offset?.date ?? 0, offsetPeer, dialogsFetchLimit(limit));
      if (!answer) return { dialogs: [], nextCursor: null };
      return dialogPage(answer, limit, row.user_id);
    });
  }

  async send(
    owner: string,
    chat: ChatRef,
    text: string,
    clientMessageId: string | undefined,
  ): Promise<Outcome<TelegramMessage>> {
    return this.call(owner, async (row) => {
      const client = await this.authorizedClient(row);
      const peer = await this.inputPeer(client, chat);
      const chatId = chat.kind === "self" ? (row.user_id ?? "") : (markedIdOf(peer) ?? "");
      if (clientMessageId) {
        const earlier = this.sentBefore(clientMessageId);
        if (earlier) {
          if (earlier.chat_id !== chatId || earlier.text !== text) {
            throw refuse.conflict(
              "This clientMessageId was already used for another message",
              "CLIENT_MESSAGE_ID_REUSED",
            );
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
      if (!confirmed) throw unexpectedAnswer("Telegram did not confirm the message");
      const message: TelegramMessage = { ...confirmed, chatId, fromId: row.user_id, out: true, text };
      if (clientMessageId) this.rememberSent(clientMessageId, message);
      return message;
    });
  }

  // ---- live updates (webhook, WebSocket) --------------------------------------------------------

  async setWebhook(owner: string, webhook: { url: string; secret: string }): Promise<Outcome<WebhookState>> {
    return this.call(owner, async (row) => {
      await this.startLive(await this.authorizedClient(row));
      this.subscription.setWebhook(webhook.url, webhook.secret);
      return { webhook: this.subscription.webhookView() };
    });
  }

  async webhook(owner: string): Promise<Outcome<WebhookState>> {
    return this.call(owner, async () => ({ webhook: this.subscription.webhookView() }), { touch: false });
  }

  async deleteWebhook(owner: string): Promise<Outcome<WebhookState>> {
    return this.call(
      owner,
      async () => {
        this.subscription.clearWebhook();
        return { webhook: null };
      },
      { touch: false },
    );
  }

  /** Called by the Worker's queue consumer when a post to `url` failed for the last time. */
  async webhookFailed(sessionId: string, url: string): Promise<Outcome<{ failing: boolean }>> {
    return this.queue.run(async () => {
      const row = this.row();
      if (!row || row.session_id !== sessionId) return refuse.notFound("No such session").toRefusal();
      return { ok: true, value: { failing: this.subscription.markFailing(url) } };
    });
  }

  /**
   * A WebSocket upgrade forwarded by the Worker (GET /updates/ws): accepted with the hibernation
   * API when `owner` owns this signed-in session; otherwise the refusal as JSON.
   */
  async acceptUpdatesSocket(owner: string): Promise<Response> {
    const accepted = await this.call(owner, async (row) => {
      await this.startLive(await this.authorizedClient(row));
      const [client, server] = Object.values(new WebSocketPair()) as [WebSocket, WebSocket];
      this.ctx.acceptWebSocket(server, [UPDATES_SOCKET_TAG]);
      return client;
    });
    if (!accepted.ok) return Response.json(accepted, { status: accepted.status });
    return new Response(null, { status: 101, webSocket: accepted.value });
  }

  /** Whether anyone listens: a webhook that is not failing, or an open updates socket. */
  private isLive(): boolean {
    return Boolean(this.subscription.activeWebhook()) || this.ctx.getWebSockets(UPDATES_SOCKET_TAG).length > 0;
  }

  /**
   * Starts from Telegram's current state (not from the beginning) and keeps the alarm watching.
   * The channels and supergroups of the first dialogs page are followed from their own pts; one
   * joined later is followed from its first pushed update.
   */
  private async startLive(client: TelegramClient) {
    if (!this.subscription.state()) {
      const state = asState(await client.invoke(new Api.updates.GetState()));
      const dialogs = await this.fetchDialogs(client, 0, new Api.InputPeerEmpty(), 100);
      if (dialogs) followChannelsOf(dialogs, this.channels);
      // Saved last: should the dialogs fail, the next subscribe starts (and follows) afresh.
      this.subscription.saveState(state);
    }
    await this.ctx.storage.setAlarm(Date.now() + LIVE_CHECK_MS);
  }

  /**
   * Telegram pushed something (or a connection opened: no update): fetch what changed, with one
   * catch-up however many pushes came. A channel's update asks for that channel's difference.
   */
  private onPush(update?: unknown) {
    if (!this.isLive()) return;
    const channel = update === undefined ? undefined : channelOfPush(update);
    // GramJS reconnected on its own (autoReconnect): anything may have been missed meanwhile.
    const reconnected = update instanceof UpdateConnectionState && update.state === UpdateConnectionState.connected;
    if (channel) {
      this.rememberEntitiesOf(update);
      // A channel not followed yet (joined after subscribing) starts just before this update.
      this.channels.followPushed(channel);
      this.pending.channels.add(channel.channelId);
    } else if (update === undefined || reconnected) this.pending.everything = true;
    else this.pending.common = true;
    if (this.catchUpQueued) return;
    this.catchUpQueued = true;
    void this.queue.run(async () => {
      this.catchUpQueued = false;
      const scope = this.pending;
      this.pending = nothingPending();
      await this.catchUp(scope);
    });
  }

  /** GramJS hands a pushed update the users and chats of its Updates: they carry the access hashes. */
  private rememberEntitiesOf(update: unknown) {
    const entities = [...((update as { _entities?: Map<unknown, unknown> })._entities?.values() ?? [])];
    const users = entities.filter((e): e is Api.User => e instanceof Api.User);
    const chats = entities.filter(
      (e): e is Api.Channel | Api.Chat => e instanceof Api.Channel || e instanceof Api.Chat,
    );
    this.peers.remember(users, chats);
  }

  /**
   * updates.getDifference from the stored state until Telegram has nothing more, then
   * updates.getChannelDifference for each channel in scope, delivering each event; a pts moves on
   * after its page is handed over. Runs inside the queue.
   */
  private async catchUp(scope: CatchUpScope = { ...nothingPending(), everything: true }) {
    const row = this.row();
    if (!row?.authorized || !this.isLive()) return;
    try {
      const client = await this.connected(row);
      const named = scope.everything || scope.common ? await this.catchUpCommon(client, row) : [];
      const followed = scope.everything ? this.channels.all().map((c) => c.channelId) : [...scope.channels];
      const channels = new Set([...followed, ...named]);
      const run: ChannelCatchUp = {
        client,
        states: this.channels,
        peers: this.peers,
        selfId: row.user_id,
        deliver: (events) => this.deliver(row.session_id, events),
        pages: CATCH_UP_PAGES,
      };
      for (const channelId of channels) this.unfinishedChannels.add(channelId);
      for (const channelId of channels) {
        if (await catchUpChannel(run, channelId)) this.unfinishedChannels.delete(channelId);
      }
    } catch (error) {
      await this.absorbTelegramError(error);
    }
  }

  /**
   * The account's common box (private chats and basic groups): updates.getDifference. Answers the
   * channels it named as having news (updateChannelTooLong), now followed, to catch up next.
   */
  private async catchUpCommon(client: TelegramClient, row: Row): Promise<string[]> {
    const named: string[] = [];
    for (let page = 0; page < CATCH_UP_PAGES; page++) {
      const state = this.subscription.state();
      if (!state) {
        // Signed in again after a sign-out: the new login's updates start from now.
        await this.startLive(client);
        return named;
      }
      const answer = await client.invoke(new Api.updates.GetDifference(state));
      const result = differenceEvents(answer, row.user_id);
      this.peers.remember(result.users, result.chats);
      for (const channel of result.channels) {
        this.channels.followPushed(channel);
        named.push(channel.channelId);
      }
      await this.deliver(row.session_id, result.events);
      if (result.gap) this.subscription.saveState(asState(await client.invoke(new Api.updates.GetState())));
      else if (result.state) this.subscription.saveState(result.state);
      if (result.final) return named;
    }
    return named;
  }

  /** Numbers the events and hands them to the open sockets and the webhook's queue. */
  private async deliver(sessionId: string, updates: TelegramUpdate[]) {
    if (updates.length === 0) return;
    const webhook = this.subscription.activeWebhook();
    const sockets = this.ctx.getWebSockets(UPDATES_SOCKET_TAG);
    const posts: { body: TelegramWebhookDelivery }[] = [];
    for (const update of updates) {
      const seq = this.subscription.nextSeq();
      const body = JSON.stringify({ sessionId, seq, ...update });
      for (const socket of sockets) {
        try {
          socket.send(body);
        } catch {
          // A socket closing right now: its close hook cleans up.
        }
      }
      if (webhook && this.webhookQueue) {
        const signature = await webhookSignature(webhook.secret, body);
        posts.push({
          body: { kind: "telegramWebhook", sessionId, url: webhook.url, seq, updateId: update.id, body, signature },
        });
      }
    }
    // sendBatch takes at most 100 messages.
    for (let i = 0; i < posts.length; i += 100) await this.webhookQueue?.sendBatch(posts.slice(i, i + 100));
  }

  /** auth.logOut when signed in, then forget everything: the object's storage is wiped. */
  async destroy(owner: string): Promise<Outcome<{ loggedOut: boolean }>> {
    return this.call(owner, async (row) => {
      let loggedOut = false;
      if (row.authorized && row.sealed_session) {
        try {
          const client = await this.connected(row);
          await client.invoke(new Api.auth.LogOut());
          loggedOut = true;
        } catch {
          // Signed out already, or Telegram is unreachable: the local copy goes anyway.
        }
      }
      await this.wipe();
      return { loggedOut };
    });
  }

  /**
   * The session's API key was revoked: from now on nothing may use the session, its Telegram
   * login is ended (auth.logOut) and the object wiped. When Telegram cannot be reached the login
   * is kept (sealed) and the alarm tries again, since wiping it first would leave the account
   * signed in with no way to sign it out. Idempotent: a wiped session answers "wiped".
   */
  async revoke(owner: string): Promise<Outcome<{ state: "wiped" | "pending" }>> {
    return this.queue.run(async () => {
      const row = this.row();
      if (!row || row.owner !== owner) return { ok: true as const, value: { state: "wiped" as const } };
      this.ctx.storage.sql.exec("INSERT OR IGNORE INTO revocation (id, attempts) VALUES (1, 0)");
      return { ok: true as const, value: { state: await this.logOutRevoked(row) } };
    });
  }

  /** Closes the MTProto connection of an idle session so the object can be evicted. */
  async alarm() {
    await this.queue.run(async () => {
      const row = this.row();
      if (!row) return;
      if (this.revoked()) {
        await this.logOutRevoked(row);
        return;
      }
      if (row.authorized && this.isLive()) {
        // Subscribed: stay connected (reconnect after an eviction) and catch up on anything missed.
        // The common box, and channels left unfinished: every followed channel is caught up
        // whenever a connection opens (a restart, a dropped socket) and on its own pushes, not
        // polled every minute.
        await this.catchUp({ ...nothingPending(), common: true, channels: new Set(this.unfinishedChannels) });
        await this.ctx.storage.setAlarm(Date.now() + LIVE_CHECK_MS);
        return;
      }
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
  ): Promise<Outcome<T>> {
    return this.queue.run(async (): Promise<Outcome<T>> => {
      const row = this.row();
      // Another key's session looks exactly like a missing one; so does a revoked key's.
      if (!row || row.owner !== owner || this.revoked()) return refuse.notFound("No such session").toRefusal();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(refuse.unavailable("Telegram did not answer in time; try again", "TELEGRAM_TIMEOUT")),
          this.deadlines.callTimeoutMs,
        );
      });
      const work = job(row);
      try {
        const value = await Promise.race([work, deadline]);
        if (touch) this.touch();
        // GramJS may have moved to another DC (PHONE_MIGRATE) with a new auth key: keep it.
        await this.saveSessionIfChanged(row.session_id);
        return { ok: true, value };
      } catch (error) {
        if (error instanceof DomainRefusal && error.code === "TELEGRAM_TIMEOUT") {
          await this.cancel(work);
          return error.toRefusal();
        }
        return (await this.absorbTelegramError(error)).toRefusal();
      } finally {
        clearTimeout(timer);
      }
    });
  }

  /**
   * Ends a call that ran out of time before the next one may start: its client is destroyed
   * (GramJS then fails its pending request) and the call is awaited, so it cannot go on writing
   * (a late sign-in, a remembered send) while the next call already runs.
   */
  private async cancel(work: Promise<unknown>) {
    await this.dropClient();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const grace = new Promise((resolve) => {
      timer = setTimeout(resolve, this.deadlines.cancelGraceMs);
    });
    await Promise.race([work.catch(() => undefined), grace]);
    clearTimeout(timer);
  }

  private revoked(): boolean {
    return this.ctx.storage.sql.exec("SELECT 1 FROM revocation WHERE id = 1").toArray().length > 0;
  }

  /** One try at logging a revoked session out; "pending" when the alarm will try again. */
  private async logOutRevoked(row: Row): Promise<"wiped" | "pending"> {
    if (row.authorized && row.sealed_session) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        const logOut = (async () => {
          const client = await this.connected(row);
          await client.invoke(new Api.auth.LogOut());
        })();
        const deadline = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error("Telegram did not answer auth.logOut in time")),
            this.deadlines.callTimeoutMs,
          );
        });
        await Promise.race([logOut, deadline]);
      } catch (error) {
        const message = telegramErrorMessage(error);
        // Signed out already (another device, an expired key): nothing left to end.
        if (!(message && SIGNED_OUT_ERRORS.has(message))) {
          await this.dropClient();
          const { attempts } = this.ctx.storage.sql
            .exec<{ attempts: number }>("UPDATE revocation SET attempts = attempts + 1 WHERE id = 1 RETURNING attempts")
            .one();
          if (attempts < REVOKE_MAX_ATTEMPTS) {
            const wait = REVOKE_RETRY_MS[Math.min(attempts, REVOKE_RETRY_MS.length) - 1] ?? 2 * 3600_000;
            await this.ctx.storage.setAlarm(Date.now() + wait);
            return "pending";
          }
          console.error(JSON.stringify({ level: "error", msg: "revoked session never logged out; wiped", attempts }));
        }
      } finally {
        clearTimeout(timer);
      }
    }
    await this.wipe();
    return "wiped";
  }

  /** Forgets everything: the client, the live-updates sockets, the alarm and every row. */
  private async wipe() {
    await this.dropClient();
    for (const socket of this.ctx.getWebSockets(UPDATES_SOCKET_TAG)) socket.close(1000, "session deleted");
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
    // Empty tables again, so a late call finds "no such session" rather than no table.
    this.ensureSchema();
  }

  /**
   * What a failed call leaves behind, and the refusal it answers: a signed-out answer marks the
   * session signed out (with Telegram's reason), a useless auth key is forgotten, and anything
   * that is not Telegram's own error drops the connection (it is rebuilt on the next call).
   */
  private async absorbTelegramError(error: unknown): Promise<DomainRefusal> {
    if (error instanceof DomainRefusal) {
      if (error.code === "TELEGRAM_TIMEOUT") await this.dropClient();
      return error;
    }
    const message = telegramErrorMessage(error);
    if (message && SIGNED_OUT_ERRORS.has(message)) this.signedOut(message);
    if (message && DISCARDED_KEY_ERRORS.has(message)) {
      this.ctx.storage.sql.exec("UPDATE session SET sealed_session = NULL WHERE id = 1");
      await this.dropClient();
    }
    if (!message) {
      console.error(JSON.stringify({ level: "error", msg: "telegram call failed", error: String(error) }));
      await this.dropClient();
    }
    return telegramRefusal(error);
  }

  private touch() {
    if (!this.row()) return;
    this.ctx.storage.sql.exec("UPDATE session SET last_activity = ? WHERE id = 1", Date.now());
    if (this.client) void this.ctx.storage.setAlarm(Date.now() + IDLE_DISCONNECT_MS);
  }

  private api() {
    if (!this.settings.telegram.api) {
      throw refuse.unavailable("TELEGRAM_API_ID and TELEGRAM_API_HASH are not set", "TELEGRAM_NOT_CONFIGURED");
    }
    return this.settings.telegram.api;
  }

  private secret() {
    if (!this.settings.sessionSecret) throw refuse.unavailable("SESSION_SECRET is not set", "TELEGRAM_NOT_CONFIGURED");
    return this.settings.sessionSecret;
  }

  private async authorizedClient(row: Row) {
    if (!row.authorized)
      throw refuse.unauthorized("Sign this session in first (send-code, verify-code)", "TELEGRAM_UNAUTHORIZED");
    return this.connected(row);
  }

  /** The connected client, made from the stored session after an eviction (no new login). */
  private async connected(row: Row): Promise<TelegramClient> {
    if (this.client?.connected) return this.client;
    await this.dropClient();
    const api = this.api();
    const secret = this.secret();
    const dc = this.settings.telegram.dc;
    // Trust the configured DC's key (the loopback DC's in development and tests).
    if (dc?.rsaN) trustDcKey(dc.rsaN);
    const stored = row.sealed_session ? await openSessionString(row.sealed_session, secret, row.session_id) : "";
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
    // here is request-driven (idle ones are closed by the alarm), and a timer that never stops
    // would keep the object from ever being evicted. Marking the loop as started keeps it from
    // starting; pushed updates still arrive (see onPush), a subscribed session's alarm keeps its
    // connection busy, and a dropped connection is rebuilt on the next call or alarm.
    (client as unknown as { _loopStarted: boolean })._loopStarted = true;
    await client.connect();
    if (!client.connected) {
      await client.destroy().catch(() => undefined);
      throw refuse.unavailable("Could not connect to Telegram; try again", "TELEGRAM_UNAVAILABLE");
    }
    this.client = client;
    this.lastSaved = stored;
    // Telegram pushes updates on this connection; each one is a signal to run getDifference (or
    // getChannelDifference for the channel it names).
    client.addEventHandler((update: unknown) => this.onPush(update), new Raw({}));
    // A new connection may follow a gap (eviction, dropped socket): catch up if anyone listens.
    if (row.authorized) this.onPush();
    await this.saveSessionIfChanged(row.session_id);
    return client;
  }

  /** Seals and stores the client's session string (dc + auth key) when it differs from the stored one. */
  private async saveSessionIfChanged(sessionId: string) {
    if (!this.client || this.lastSaved === undefined) return;
    const plain = this.client.session.save() as unknown as string;
    if (!plain || plain === this.lastSaved) return;
    const sealed = await sealSessionString(plain, this.secret(), sessionId);
    this.ctx.storage.sql.exec("UPDATE session SET sealed_session = ? WHERE id = 1", sealed);
    this.lastSaved = plain;
  }

  private async dropClient() {
    const client = this.client;
    this.client = undefined;
    this.lastSaved = undefined;
    if (client) await client.destroy().catch(() => undefined);
  }

  private signedIn(user: TelegramAccount) {
    this.ctx.storage.sql.exec(
      "UPDATE session SET authorized = 1, signed_out_reason = NULL, user_id = ?, username = ? WHERE id = 1",
      user.userId,
      user.username,
    );
  }

  private signedOut(reason: string) {
    this.subscription.resetState();
    this.channels.reset();
    this.ctx.storage.sql.exec("UPDATE session SET authorized = 0, signed_out_reason = ? WHERE id = 1", reason);
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

  /** One messages.getDialogs call; its users and chats go into the address book. */
  private async fetchDialogs(client: TelegramClient, offsetDate: number, offsetPeer: Api.TypeInputPeer, limit: number) {
    const answer = await client.invoke(
      new Api.messages.GetDialogs({ offsetDate, offsetId: 0, offsetPeer, limit, hash: BIG_ZERO }),
    );
    if (answer instanceof Api.messages.DialogsNotModified) return undefined;
    this.peers.remember(answer.users, answer.chats);
    return answer;
  }

  /**
   * `me`; `@username` (contacts.resolveUsername: a user or a public channel); or a marked id, with
   * the access hash from earlier answers. An id the session has not seen yet is looked for in the
   * dialogs (as Telegram's apps do) before it is refused.
   */
  private async inputPeer(client: TelegramClient, chat: ChatRef): Promise<Api.TypeInputPeer> {
    if (chat.kind === "self") return new Api.InputPeerSelf();
    if (chat.kind === "username") {
      const resolved = await client.invoke(new Api.contacts.ResolveUsername({ username: chat.username }));
      this.peers.remember(resolved.users, resolved.chats);
      const peer = this.peers.inputPeer(markedIdOf(resolved.peer) ?? "");
      if (!peer) throw refuse.notFound("No such chat", "CHAT_NOT_FOUND");
      return peer;
    }
    const known = this.peers.inputPeer(chat.id);
    if (known) return known;
    let offsetDate = 0;
    let offsetPeer: Api.TypeInputPeer | undefined = new Api.InputPeerEmpty();
    for (let page = 0; page < DIALOG_SCAN_PAGES && offsetPeer; page++) {
      const answer = await this.fetchDialogs(client, offsetDate, offsetPeer, 100);
      const found = this.peers.inputPeer(chat.id);
      if (found) return found;
      const offset = answer && answer.dialogs.length === 100 ? offsetAfter(answer) : undefined;
      offsetDate = offset?.date ?? 0;
      offsetPeer = offset && this.peers.inputPeer(offset.chatId);
    }
    throw refuse.notFound("No such chat in this account's dialogs", "CHAT_NOT_FOUND");
  }
}

async function randomIdFor(sessionId: string, clientMessageId: string): Promise<BigInteger> {
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${sessionId}:${clientMessageId}`)),
  );
  return big(Buffer.from(digest.subarray(0, 8)).readBigInt64LE(0));
}
