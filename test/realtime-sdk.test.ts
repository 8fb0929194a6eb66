import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createRealtimeClient, type Update, type WebSocketLike } from "../sdk/index.ts";
import { api, drain, history, openDialog, send, users } from "./helpers/messaging.ts";
import { pause, workerSocket } from "./helpers/realtime.ts";

async function until(check: () => boolean, timeoutMs = 3000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met in time: ${check}`);
    await pause(10);
  }
}

describe("SDK realtime client", () => {
  it("connects with the token, catches up after a dropped connection, auto-acks, tracks typing", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    await send(alice, chatId, "before the client existed");
    await drain(chatId);

    // Inside workerd a WebSocket to the Worker is opened with fetch; browsers and Node use the default.
    const sockets: WebSocketLike[] = [];
    let offline = false;
    const seenProtocols: string[][] = [];
    let clock = Date.now();
    const client = createRealtimeClient({
      baseUrl: "http://gateway",
      token: () => bob.accessToken,
      pts: 0,
      backoff: { initialMs: 10, maxMs: 50 },
      ackDelayMs: 10,
      now: () => clock,
      connect: async (url, protocols) => {
        // While "offline", connection attempts wait (as they would time out on a dead network).
        while (offline) await pause(10);
        expect(url).toBe("ws://gateway/api/v1/ws");
        seenProtocols.push(protocols);
        const ws = await workerSocket(url, protocols);
        sockets.push(ws);
        return ws;
      },
    });
    const updates: Update[] = [];
    client.on("update", (update) => updates.push(update));
    let syncs = 0;
    client.on("synced", () => {
      syncs += 1;
    });
    let waits = 0;
    client.on("state", (state) => {
      if (state === "waiting") waits += 1;
    });
    client.start();

    // Catch-up from pts 0 (its first two updates), then live.
    await until(() => syncs === 1);
    expect(seenProtocols[0]).toEqual(["big.v1", `bearer.${bob.accessToken}`]);
    await send(alice, chatId, "live");
    await drain(chatId);
    await until(() => updates.length === 3);
    expect(updates.map((u) => u.type)).toEqual(["chatUpdated", "newMessage", "newMessage"]);
    expect(client.pts).toBe(3);
    // Received messages were acknowledged: Alice sees them delivered.
    for (let i = 0; i < 50; i++) {
      const statuses = (await history(alice, chatId)).map((m) => m.status);
      if (statuses.every((s) => s === "delivered")) break;
      await pause(20);
    }
    expect((await history(alice, chatId)).map((m) => m.status)).toEqual(["delivered", "delivered"]);

    // The connection drops (not the client's doing); messages sent meanwhile arrive after the reconnect.
    offline = true;
    sockets[0]?.close(1001, "network gone");
    await until(() => waits === 1);
    for (const text of ["gap 1", "gap 2", "gap 3"]) await send(alice, chatId, text);
    await drain(chatId);
    await pause(50);
    expect(updates.length).toBe(3);
    offline = false;
    await until(() => syncs === 2 && updates.length >= 6);
    await pause(50);
    expect(sockets.length).toBe(2);
    const texts = updates.flatMap((u) => (u.type === "newMessage" ? [u.message.text] : []));
    expect(texts).toEqual(["before the client existed", "live", "gap 1", "gap 2", "gap 3"]);
    const pts = updates.map((u) => u.pts);
    expect(pts).toEqual(pts.map((_, i) => i + 1));

    // Typing frames are tracked until they expire.
    const aliceSocket = await exports.default.fetch("http://gateway/api/v1/ws", {
      headers: { upgrade: "websocket", authorization: `Bearer ${alice.accessToken}` },
    });
    const ws = aliceSocket.webSocket;
    if (!ws) throw new Error("alice socket");
    ws.accept();
    ws.send(JSON.stringify({ type: "typing", chatId }));
    await until(() => client.typingIn(chatId).length === 1);
    expect(client.typingIn(chatId)).toEqual([alice.userId]);
    clock += 5001;
    expect(client.typingIn(chatId)).toEqual([]);
    ws.close(1000);

    client.close();
    expect(client.state).toBe("closed");
    expect((await api(bob, "GET", "/updates?since=0")).status).toBe(200);
  });

  it("an acknowledgement due while the connection is down is sent after the reconnect (the sender sees delivered)", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    await drain(chatId);
    const sockets: WebSocketLike[] = [];
    const client = createRealtimeClient({
      baseUrl: "http://gateway",
      token: bob.accessToken,
      backoff: { initialMs: 10, maxMs: 20 },
      // Longer than the test: the acknowledgement is still waiting when the socket drops.
      ackDelayMs: 60_000,
      connect: async (url, protocols) => {
        const ws = await workerSocket(url, protocols);
        sockets.push(ws);
        return ws;
      },
    });
    let syncs = 0;
    client.on("synced", () => {
      syncs += 1;
    });
    const texts: string[] = [];
    client.on("update", (u) => u.type === "newMessage" && texts.push(u.message.text ?? ""));
    client.start();
    await until(() => syncs === 1);
    await send(alice, chatId, "ack me later");
    await drain(chatId);
    await until(() => texts.length === 1);
    expect((await history(alice, chatId)).map((m) => m.status)).toEqual(["sent"]);

    sockets[0]?.close(1001, "network gone");
    await until(() => syncs === 2);
    let statuses: (string | undefined)[] = [];
    for (let i = 0; i < 100; i++) {
      statuses = (await history(alice, chatId)).map((m) => m.status);
      if (statuses[0] === "delivered") break;
      await pause(20);
    }
    expect(statuses).toEqual(["delivered"]);
    client.close();
  });

  it("stops for good when another connection of the same device replaces it (4001)", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    let connects = 0;
    const client = createRealtimeClient({
      baseUrl: "http://gateway",
      token: alice.accessToken,
      backoff: { initialMs: 10, maxMs: 20 },
      connect: async (url, protocols) => {
        connects += 1;
        return workerSocket(url, protocols);
      },
    });
    const stopped: { code: number }[] = [];
    client.on("stopped", (event) => stopped.push(event));
    client.start();
    await until(() => client.state === "live");

    const other = await exports.default.fetch("http://gateway/api/v1/ws", {
      headers: { upgrade: "websocket", authorization: `Bearer ${alice.accessToken}` },
    });
    other.webSocket?.accept();
    await until(() => stopped.length === 1);
    expect(stopped[0]?.code).toBe(4001);
    await pause(100);
    expect(client.state).toBe("closed");
    expect(connects).toBe(1);
    other.webSocket?.close(1000);
  });
});
