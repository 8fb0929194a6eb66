// The loopback Telegram DC: an MTProto 2.0 server on 127.0.0.1 for tests and local development.
// One TCP connection = one TransportCodec; unencrypted messages run the auth-key exchange, the
// rest are decrypted, acknowledged and answered (containers, gzip, salts, pings, rpc_result/error).
import { randomBytes } from "node:crypto";
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { createServer, type Server, type Socket } from "node:net";
import { unzipSync } from "node:zlib";
import type bigInt from "big-integer";
import { Api } from "telegram";
import type { AuthKey } from "telegram/crypto/AuthKey.js";
import { BinaryReader } from "telegram/extensions/index.js";
import { readBigIntFromBuffer, readBufferFromBigInt, toSignedLittleBuffer } from "telegram/Helpers.js";
import { markedPeerId, parseMarkedPeerId } from "../../durable/telegram/peer-ids.ts";
import { decryptFromClient, encryptForClient } from "./crypto.ts";
import { AuthKeyExchange } from "./handshake.ts";
import { nextServerMsgId } from "./ids.ts";
import { handleRpc, type RpcResult, tlPushedChannelUpdates, tlPushedUpdates } from "./methods.ts";
import { type DcRsaKey, generateDcRsaKey } from "./rsa.ts";
import { TransportCodec } from "./transport.ts";
import { errorCodeFor, RpcFailure, World } from "./world.ts";

const CONTAINER = 0x73f1f8dc;
const GZIP_PACKED = 0x3072cfa1;
const RPC_RESULT = 0xf35c6d01;
const VECTOR = 0x1cb5c415;
const BOOL_TRUE = 0x997275b5;
const BOOL_FALSE = 0xbc799737;

interface KeyState {
  key: AuthKey;
  keyBytes: Buffer;
  keyIdBytes: Buffer;
  salt: bigInt.BigInteger;
  /** session_ids already announced with new_session_created. */
  sessions: Set<string>;
}

/** One outgoing message before encryption. */
interface Outgoing {
  body: Buffer;
  contentRelated: boolean;
}

const u32 = (value: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value >>> 0, 0);
  return b;
};
const i32 = (value: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32LE(value, 0);
  return b;
};

function serializeResult(result: RpcResult): Buffer {
  if (typeof result === "boolean") return u32(result ? BOOL_TRUE : BOOL_FALSE);
  if (Array.isArray(result))
    return Buffer.concat([u32(VECTOR), i32(result.length), ...result.map((r) => r.getBytes())]);
  return result.getBytes();
}

/** Removes invokeWithLayer/initConnection/invokeWithoutUpdates/invokeAfterMsg(s) wrappers. */
function unwrap(request: unknown): { className: string } {
  let current = request as { className: string; query?: unknown };
  while (
    current instanceof Api.InvokeWithLayer ||
    current instanceof Api.InitConnection ||
    current instanceof Api.InvokeWithoutUpdates ||
    current instanceof Api.InvokeAfterMsg ||
    current instanceof Api.InvokeAfterMsgs
  ) {
    current = current.query as { className: string; query?: unknown };
  }
  return current;
}

export interface LoopbackDcOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Port of the small HTTP control API (fault injection); 0 picks a free one. */
  controlPort?: number;
  dcId?: number;
  rsa?: DcRsaKey;
  log?: (line: string) => void;
}

export interface LoopbackDc {
  host: string;
  port: number;
  controlUrl: string;
  dcId: number;
  rsa: DcRsaKey;
  world: World;
  close(): Promise<void>;
}

class DcConnection {
  /** The auth key (hex id) of the last encrypted message on this connection. */
  authKeyId: string | undefined;
  /** The key and MTProto session of the last encrypted message: where pushed updates go. */
  private lastSession: { state: KeyState; sessionId: bigInt.BigInteger } | undefined;
  private readonly codec = new TransportCodec();
  private readonly exchange: AuthKeyExchange;
  private queue: Promise<void> = Promise.resolve();
  /** Per session: how many content-related messages the server has sent (for seq_no). */
  private readonly seqBySession = new Map<string, number>();
  private readonly socket: Socket;
  private readonly dc: DcInternals;

  constructor(socket: Socket, dc: DcInternals) {
    this.socket = socket;
    this.dc = dc;
    this.exchange = new AuthKeyExchange(dc.rsa);
    socket.on("data", (chunk: Buffer) => {
      let packets: Buffer[];
      try {
        packets = this.codec.push(chunk);
      } catch (error) {
        dc.log(`transport error: ${(error as Error).message}`);
        socket.destroy();
        return;
      }
      for (const packet of packets) {
        this.queue = this.queue.then(() =>
          this.handlePacket(packet).catch((error: unknown) => {
            dc.log(`dropped a packet: ${(error as Error).stack ?? error}`);
          }),
        );
      }
    });
    socket.on("error", () => socket.destroy());
  }

  private send(payload: Buffer) {
    if (!this.socket.destroyed) this.socket.write(this.codec.frame(payload));
  }

  private async handlePacket(packet: Buffer) {
    if (packet.length < 8) return;
    const authKeyId = packet.subarray(0, 8);
    if (authKeyId.equals(Buffer.alloc(8))) return this.handlePlain(packet);
    const state = this.dc.keys.get(authKeyId.toString("hex"));
    if (!state) {
      // What Telegram does for an auth key it does not know: transport error -404, then close.
      this.socket.write(this.codec.frameError(404));
      this.socket.end();
      return;
    }
    this.authKeyId = authKeyId.toString("hex");
    const plain = decryptFromClient(state.keyBytes, packet);
    if (!plain) {
      this.dc.log("msg_key mismatch: message dropped");
      return;
    }
    await this.handleEncrypted(state, authKeyId.toString("hex"), plain);
  }

  private async handlePlain(packet: Buffer) {
    const reader = new BinaryReader(packet.subarray(20));
    const request = reader.tgReadObject();
    const { reply, authKey, salt } = await this.exchange.handle(request);
    if (authKey && salt) {
      const keyIdBytes = readBufferFromBigInt(authKey.keyId as bigInt.BigInteger, 8, true, false);
      const keyBytes = authKey.getKey() as Buffer;
      this.dc.keys.set(keyIdBytes.toString("hex"), { key: authKey, keyBytes, keyIdBytes, salt, sessions: new Set() });
      this.dc.log(`new auth key ${keyIdBytes.toString("hex")}`);
    }
    const body = (reply as { getBytes(): Buffer }).getBytes();
    const head = Buffer.concat([Buffer.alloc(8), toSignedLittleBuffer(nextServerMsgId(), 8), i32(body.length)]);
    this.send(Buffer.concat([head, body]));
  }

  private async handleEncrypted(state: KeyState, authKeyHex: string, plain: Buffer) {
    const reader = new BinaryReader(plain);
    const salt = reader.readLong();
    const sessionId = reader.readLong();
    const msgId = reader.readLong();
    const seqNo = reader.readInt();
    const length = reader.readInt();
    if (length < 0 || length > plain.length - 32) return;
    const body = plain.subarray(32, 32 + length);
    const sessionKey = sessionId.toString();
    const out: Outgoing[] = [];

    if (!state.sessions.has(sessionKey)) {
      state.sessions.add(sessionKey);
      out.push({
        body: new Api.NewSessionCreated({
          firstMsgId: msgId,
          uniqueId: readBigIntFromBuffer(randomBytes(8), true, true),
          serverSalt: state.salt,
        }).getBytes(),
        contentRelated: false,
      });
    }
    if (salt.neq(state.salt)) {
      // bad_server_salt: the client stores the new salt and re-sends the message.
      out.push({
        body: new Api.BadServerSalt({
          badMsgId: msgId,
          badMsgSeqno: seqNo,
          errorCode: 48,
          newServerSalt: state.salt,
        }).getBytes(),
        contentRelated: false,
      });
      return this.flush(state, sessionId, out);
    }

    this.lastSession = { state, sessionId };
    const acks: bigInt.BigInteger[] = [];
    await this.handleMessage(authKeyHex, msgId, seqNo, body, out, acks);
    if (acks.length) out.unshift({ body: new Api.MsgsAck({ msgIds: acks }).getBytes(), contentRelated: false });
    this.flush(state, sessionId, out);
  }

  private async handleMessage(
    authKeyHex: string,
    msgId: bigInt.BigInteger,
    seqNo: number,
    body: Buffer,
    out: Outgoing[],
    acks: bigInt.BigInteger[],
  ): Promise<void> {
    const constructorId = body.readUInt32LE(0);
    if (constructorId === CONTAINER) {
      const reader = new BinaryReader(body.subarray(4));
      const count = reader.readInt();
      for (let i = 0; i < count; i++) {
        const innerId = reader.readLong();
        const innerSeq = reader.readInt();
        const innerLength = reader.readInt();
        const innerBody = reader.read(innerLength);
        await this.handleMessage(authKeyHex, innerId, innerSeq, innerBody, out, acks);
      }
      return;
    }
    if (constructorId === GZIP_PACKED) {
      const packed = new BinaryReader(body.subarray(4)).tgReadBytes();
      return this.handleMessage(authKeyHex, msgId, seqNo, unzipSync(packed), out, acks);
    }
    // Odd seq_no = content-related: the client expects an acknowledgement.
    if (seqNo % 2 === 1) acks.push(msgId);
    const object = new BinaryReader(body).tgReadObject();
    if (object instanceof Api.MsgsAck) return;
    if (object instanceof Api.Ping || object instanceof Api.PingDelayDisconnect) {
      out.push({ body: new Api.Pong({ msgId, pingId: object.pingId }).getBytes(), contentRelated: false });
      return;
    }
    const request = unwrap(object);
    let result: Buffer;
    try {
      result = serializeResult(await handleRpc({ world: this.dc.world, authKeyId: authKeyHex, dc: this.dc }, request));
    } catch (error) {
      const failure =
        error instanceof RpcFailure ? error : new RpcFailure(500, `INTERNAL_SERVER_ERROR: ${(error as Error).message}`);
      if (!(error instanceof RpcFailure)) this.dc.log(`rpc ${request.className} failed: ${(error as Error).stack}`);
      this.dc.log(`rpc ${request.className} → ${failure.message}`);
      result = new Api.RpcError({ errorCode: failure.code, errorMessage: failure.message }).getBytes();
    }
    out.push({
      body: Buffer.concat([u32(RPC_RESULT), toSignedLittleBuffer(msgId, 8), result]),
      contentRelated: true,
    });
  }

  /** Sends a message the server starts (an update), in the connection's current session. */
  push(body: Buffer) {
    if (!this.lastSession || this.socket.destroyed) return;
    const { state, sessionId } = this.lastSession;
    this.queue = this.queue.then(() => this.flush(state, sessionId, [{ body, contentRelated: true }], false));
  }

  /** Encrypts and sends the answers: one message, or a msg_container when there are several. */
  private flush(state: KeyState, sessionId: bigInt.BigInteger, out: Outgoing[], answer = true) {
    if (out.length === 0) return;
    const sessionKey = sessionId.toString();
    const nextSeq = (contentRelated: boolean) => {
      const sent = this.seqBySession.get(sessionKey) ?? 0;
      if (!contentRelated) return sent * 2;
      this.seqBySession.set(sessionKey, sent + 1);
      return sent * 2 + 1;
    };
    const wrap = (item: Outgoing) => ({
      id: nextServerMsgId(answer),
      seq: nextSeq(item.contentRelated),
      body: item.body,
    });
    let message: { id: bigInt.BigInteger; seq: number; body: Buffer };
    if (out.length === 1 && out[0]) {
      message = wrap(out[0]);
    } else {
      const inner = out.map(wrap);
      const containerBody = Buffer.concat([
        u32(CONTAINER),
        i32(inner.length),
        ...inner.map((m) => Buffer.concat([toSignedLittleBuffer(m.id, 8), i32(m.seq), i32(m.body.length), m.body])),
      ]);
      message = { id: nextServerMsgId(), seq: nextSeq(false), body: containerBody };
    }
    const data = Buffer.concat([
      toSignedLittleBuffer(state.salt, 8),
      toSignedLittleBuffer(sessionId, 8),
      toSignedLittleBuffer(message.id, 8),
      i32(message.seq),
      i32(message.body.length),
      message.body,
    ]);
    this.send(encryptForClient(state.keyBytes, state.keyIdBytes, data));
  }
}

interface DcInternals {
  id: number;
  host: string;
  port: number;
  rsa: DcRsaKey;
  world: World;
  keys: Map<string, KeyState>;
  log: (line: string) => void;
  /** Closes the client connections using these auth keys (hex ids). */
  dropConnections: (authKeyIds: Set<string>) => void;
}

async function readJson(request: import("node:http").IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** The raw channel id of a channel's or supergroup's marked id (-100…), else undefined. */
function channelOf(markedId: unknown): number | undefined {
  const parsed = typeof markedId === "string" ? parseMarkedPeerId(markedId) : undefined;
  return parsed?.type === "channel" ? Number(parsed.id) : undefined;
}

/**
 * The control API, for tests and curious developers (never part of real Telegram):
 *   POST   /faults {method, error, times?, phone?}
 *                                          → the next `times` calls of `method` (for that account) fail with `error`
 *   POST   /faults {method, delayMs, times?, phone?}
 *                                          → the next `times` calls of `method` are carried out, answered `delayMs` late
 *   DELETE /faults                          → no more injected faults
 *   POST   /terminate-sessions {phone}      → signs every auth key of that account out
 *   GET    /accounts/{phone}                → {authorizations, calls}: auth keys signed in, RPC calls by method
 *   POST   /forget-auth-keys {phone}        → forgets that account's auth keys and drops their connections,
 *                                          as a restarted DC would (the next message gets transport error -404)
 *   POST   /chats {kind: group|supergroup|channel, title, username?, creatorPhone, memberPhones?}
 *                                          → {chatId, markedId}: a group or channel with those (signed-up) accounts in it
 *   POST   /edit-message {phone, id, text, chatId?}   → that account edits its message `id` (as from another
 *                                          device); with a channel's or supergroup's marked chatId, its message there
 *   POST   /delete-messages {phone, ids, revoke?, chatId?} → that account deletes messages (revoke: for everyone;
 *                                          with a channel's or supergroup's marked chatId, there, for everyone)
 *   POST   /trim-channel-updates {chatId, keep?} → the channel forgets all but its last `keep` (0) updates and
 *                                          pushes updateChannelTooLong: older getChannelDifference pts answer tooLong
 *   GET    /health
 */
function controlServer(dc: DcInternals): HttpServer {
  return createHttpServer(async (request, response) => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    try {
      if (request.method === "GET" && request.url === "/health") return reply(200, { ok: true, dcId: dc.id });
      if (request.url === "/faults" && request.method === "DELETE") {
        dc.world.clearFaults();
        return reply(200, { ok: true });
      }
      if (request.url === "/faults" && request.method === "POST") {
        const { method, error, times, phone, delayMs } = await readJson(request);
        const forPhone = typeof phone === "string" ? phone : undefined;
        if (typeof method === "string" && typeof delayMs === "number" && delayMs > 0 && error === undefined) {
          dc.world.injectDelay(method, delayMs, typeof times === "number" ? times : 1, forPhone);
          return reply(200, { ok: true, delayMs });
        }
        if (typeof method !== "string" || typeof error !== "string") {
          return reply(400, { error: "method and error (or delayMs)" });
        }
        dc.world.injectFault(method, error, typeof times === "number" ? times : 1, forPhone);
        return reply(200, { ok: true, code: errorCodeFor(error) });
      }
      if (request.url === "/forget-auth-keys" && request.method === "POST") {
        const { phone } = await readJson(request);
        if (typeof phone !== "string") return reply(400, { error: "phone" });
        const keys = new Set(dc.world.authKeysOf(phone));
        for (const key of keys) dc.keys.delete(key);
        dc.dropConnections(keys);
        return reply(200, { ok: true, forgotten: keys.size });
      }
      if (request.url === "/chats" && request.method === "POST") {
        const { kind, title, username, creatorPhone, memberPhones } = await readJson(request);
        if (
          (kind !== "group" && kind !== "supergroup" && kind !== "channel") ||
          typeof title !== "string" ||
          typeof creatorPhone !== "string"
        ) {
          return reply(400, { error: "kind (group, supergroup, channel), title and creatorPhone" });
        }
        const chat = dc.world.createChat({
          kind,
          title,
          username: typeof username === "string" ? username : undefined,
          creatorPhone,
          memberPhones: Array.isArray(memberPhones) ? memberPhones.map(String) : [],
        });
        const markedId = markedPeerId(kind === "group" ? "chat" : "channel", chat.id);
        return reply(200, { ok: true, chatId: chat.id, markedId });
      }
      if (request.url === "/edit-message" && request.method === "POST") {
        const { phone, id, text, chatId } = await readJson(request);
        const channel = channelOf(chatId);
        const editor = typeof phone === "string" ? dc.world.userByPhone(phone) : undefined;
        if (channel !== undefined && editor && typeof id === "number" && typeof text === "string") {
          return reply(200, { ok: true, id: dc.world.editChannelMessage(editor, channel, id, text).id });
        }
        const user = typeof phone === "string" ? dc.world.userByPhone(phone) : undefined;
        if (!user || typeof id !== "number" || typeof text !== "string")
          return reply(400, { error: "phone, id, text" });
        return reply(200, { ok: true, id: dc.world.editMessage(user, id, text).id });
      }
      if (request.url === "/delete-messages" && request.method === "POST") {
        const { phone, ids, revoke, chatId } = await readJson(request);
        const user = typeof phone === "string" ? dc.world.userByPhone(phone) : undefined;
        if (!user || !Array.isArray(ids)) return reply(400, { error: "phone, ids" });
        const channel = channelOf(chatId);
        if (channel !== undefined)
          return reply(200, { ok: true, ...dc.world.deleteChannelMessages(user, channel, ids.map(Number)) });
        return reply(200, { ok: true, pts: dc.world.deleteMessages(user, ids.map(Number), revoke === true) });
      }
      if (request.url === "/trim-channel-updates" && request.method === "POST") {
        const { chatId, keep } = await readJson(request);
        const channel = channelOf(chatId);
        if (channel === undefined) return reply(400, { error: "chatId (a channel's or supergroup's marked id)" });
        dc.world.trimChannelUpdates(channel, typeof keep === "number" ? keep : 0);
        return reply(200, { ok: true, pts: dc.world.channelPts(channel) });
      }
      if (request.url === "/terminate-sessions" && request.method === "POST") {
        const { phone } = await readJson(request);
        if (typeof phone !== "string") return reply(400, { error: "phone" });
        return reply(200, { ok: true, terminated: dc.world.terminateSessions(phone) });
      }
      const account = /^\/accounts\/(\+?\d+)$/.exec(request.url ?? "");
      if (account?.[1] && request.method === "GET") {
        return reply(200, {
          phone: account[1],
          authorizations: dc.world.authorizationCount(account[1]),
          calls: dc.world.callsOf(account[1]),
        });
      }
      reply(404, { error: "not found" });
    } catch (error) {
      reply(400, { error: (error as Error).message });
    }
  });
}

function listen(server: Server | HttpServer, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}

export async function startLoopbackDc(options: LoopbackDcOptions = {}): Promise<LoopbackDc> {
  const host = options.host ?? "127.0.0.1";
  const internals: DcInternals = {
    id: options.dcId ?? 2,
    host,
    port: 0,
    rsa: options.rsa ?? generateDcRsaKey(),
    world: new World(),
    keys: new Map(),
    log: options.log ?? (() => {}),
    dropConnections: (authKeyIds) => {
      for (const [socket, connection] of connections)
        if (connection.authKeyId && authKeyIds.has(connection.authKeyId)) socket.destroy();
    },
  };
  const connections = new Map<Socket, DcConnection>();
  // Live updates: a change in an account's box is pushed to every connection signed in to it.
  internals.world.onUpdate((userId, update) => {
    for (const connection of connections.values()) {
      const account = connection.authKeyId ? internals.world.signedInUser(connection.authKeyId) : undefined;
      if (account?.id === userId) connection.push(tlPushedUpdates(internals.world, account, update).getBytes());
    }
  });
  // A channel's or supergroup's updates go to every connection signed in to one of its members.
  internals.world.onChannelUpdate((channel, update) => {
    for (const connection of connections.values()) {
      const account = connection.authKeyId ? internals.world.signedInUser(connection.authKeyId) : undefined;
      if (account && channel.members.has(account.id)) {
        connection.push(tlPushedChannelUpdates(internals.world, account, channel, update).getBytes());
      }
    }
  });
  const tcp = createServer((socket) => {
    connections.set(socket, new DcConnection(socket, internals));
    socket.on("close", () => connections.delete(socket));
  });
  internals.port = await listen(tcp, options.port ?? 0, host);
  const control = controlServer(internals);
  const controlPort = await listen(control, options.controlPort ?? 0, host);
  return {
    host,
    port: internals.port,
    controlUrl: `http://${host}:${controlPort}`,
    dcId: internals.id,
    rsa: internals.rsa,
    world: internals.world,
    close: async () => {
      for (const socket of connections.keys()) socket.destroy();
      await Promise.all([
        new Promise<void>((resolve) => tcp.close(() => resolve())),
        new Promise<void>((resolve) => control.close(() => resolve())),
      ]);
    },
  };
}
