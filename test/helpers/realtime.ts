import { env } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { expect } from "vitest";
import { signAccessToken } from "../../api/auth/access-token.ts";
import { loadConfig } from "../../api/env.ts";
import { type ClientFrame, REALTIME_PROTOCOL, type ServerFrame } from "../../openapi/realtime-frames.ts";
import type { Update } from "../../openapi/realtime-types.ts";
import { drain, type TestUser } from "./messaging.ts";

let deviceCounter = 0;

/** The SDK clients' `connect`: a WebSocket to the Worker under test, accepted on this side. */
export async function workerSocket(url: string, protocols: string[]): Promise<WebSocket> {
  const res = await exports.default.fetch(url.replace("ws:", "http:"), {
    headers: { upgrade: "websocket", "sec-websocket-protocol": protocols.join(", ") },
  });
  const ws = res.webSocket;
  if (!ws) throw new Error(`upgrade refused: ${res.status}`);
  ws.accept();
  return ws;
}

/** Another signed-in device of the same user: a second live session and its access token. */
export async function addDevice(user: TestUser): Promise<TestUser> {
  deviceCounter += 1;
  const sessionId = `ses_dev${Date.now().toString(36)}${deviceCounter}`;
  const now = Date.now();
  await env.DB.prepare(
    "INSERT INTO auth_sessions (id, user_id, device_name, platform, created_at, last_used_at) VALUES (?, ?, 'device', 'other', ?, ?)",
  )
    .bind(sessionId, user.userId, now, now)
    .run();
  const accessToken = await signAccessToken({ userId: user.userId, sessionId }, loadConfig(env));
  return { ...user, sessionId, accessToken, authHeader: { authorization: `Bearer ${accessToken}` } };
}

/** Opens GET /api/v1/ws as the worker sees it from outside (a real WebSocket upgrade). */
export function upgrade(query = "", headers: Record<string, string> = {}) {
  return exports.default.fetch(`http://gateway/api/v1/ws${query}`, { headers: { upgrade: "websocket", ...headers } });
}

const isUpdate = (frame: ServerFrame): frame is Update & ServerFrame => "pts" in frame && "chatId" in frame;

/** A client end of the realtime socket that records every frame it receives. */
export class TestSocket {
  readonly frames: ServerFrame[] = [];
  closed: { code: number; reason: string } | null = null;
  readonly ws: WebSocket;
  private listeners: (() => void)[] = [];

  private constructor(ws: WebSocket) {
    this.ws = ws;
    ws.addEventListener("message", (event) => {
      this.frames.push(JSON.parse(String(event.data)) as ServerFrame);
      this.wake();
    });
    ws.addEventListener("close", (event) => {
      this.closed = { code: event.code, reason: event.reason };
      this.wake();
    });
  }

  /** Connects as `user` (the token as a subprotocol) and optionally syncs. */
  static async open(user: TestUser, options: { sync?: number | "now" } = {}): Promise<TestSocket> {
    const res = await upgrade("", { "sec-websocket-protocol": `${REALTIME_PROTOCOL}, bearer.${user.accessToken}` });
    expect(res.status).toBe(101);
    expect(res.headers.get("sec-websocket-protocol")).toBe(REALTIME_PROTOCOL);
    const ws = res.webSocket;
    if (!ws) throw new Error("no webSocket on the 101 answer");
    ws.accept();
    const socket = new TestSocket(ws);
    if (options.sync !== undefined) {
      socket.send(options.sync === "now" ? { type: "sync" } : { type: "sync", pts: options.sync });
      await socket.waitFor((f) => f.type === "synced" || f.type === "tooLong");
    }
    return socket;
  }

  private wake() {
    const listeners = this.listeners;
    this.listeners = [];
    for (const listener of listeners) listener();
  }

  send(frame: ClientFrame | string | ArrayBuffer) {
    this.ws.send(typeof frame === "string" || frame instanceof ArrayBuffer ? frame : JSON.stringify(frame));
  }

  /** Resolves with the first recorded frame (from `from` on) that matches. */
  async waitFor<F extends ServerFrame>(
    match: (frame: ServerFrame) => frame is F,
    options?: { from?: number; timeoutMs?: number },
  ): Promise<F>;
  async waitFor(
    match: (frame: ServerFrame) => boolean,
    options?: { from?: number; timeoutMs?: number },
  ): Promise<ServerFrame>;
  async waitFor(match: (frame: ServerFrame) => boolean, { from = 0, timeoutMs = 5000 } = {}) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.slice(from).find(match);
      if (found) return found;
      if (this.closed) throw new Error(`socket closed (${this.closed.code}) while waiting`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching frame within ${timeoutMs} ms; got ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.listeners.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits until `count` update frames (from `from` on) have arrived, and returns them. */
  async updates(count: number, from = 0, timeoutMs = 5000): Promise<Update[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const got = this.frames.slice(from).filter(isUpdate);
      if (got.length >= count) return got;
      if (Date.now() > deadline) throw new Error(`expected ${count} updates, got ${JSON.stringify(got)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** The update frames received so far. */
  allUpdates(from = 0): Update[] {
    return this.frames.slice(from).filter(isUpdate);
  }

  async waitClosed(timeoutMs = 5000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error("socket did not close");
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return this.closed;
  }

  close() {
    this.ws.close(1000, "bye");
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for a frame that a chat's outbox will produce, draining the outbox meanwhile. */
export async function receive(socket: TestSocket, chatId: string, match: (frame: ServerFrame) => boolean) {
  const deadline = Date.now() + 5000;
  for (;;) {
    await drain(chatId);
    const found = socket.frames.find(match);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no matching frame; got ${JSON.stringify(socket.frames)}`);
    await pause(20);
  }
}
