import { env, evictDurableObject, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { PresenceFrame } from "../openapi/realtime-frames.ts";
import { api, createGroup, drain, openDialog, send, users } from "./helpers/messaging.ts";
import { addDevice, pause, TestSocket } from "./helpers/realtime.ts";

/** Waits until the user's object has `count` open sockets (it has processed the closes). */
async function openSocketsBecome(userId: string, count: number) {
  const stub = env.USER.get(env.USER.idFromName(userId));
  for (let i = 0; i < 250; i++) {
    const open = await runInDurableObject(
      stub,
      (_instance, state) => state.getWebSockets().filter((ws) => ws.readyState === WebSocket.OPEN).length,
    );
    const alarm = await runInDurableObject(stub, (_instance, state) => state.storage.getAlarm());
    if (open === count && (count > 0 || alarm !== null)) return;
    await pause(20);
  }
  throw new Error(`${userId} did not get to ${count} open sockets`);
}

const presenceOf = (socket: TestSocket, userId: string) =>
  socket.frames.filter((f): f is PresenceFrame => f.type === "presence" && f.userId === userId);

describe("presence", () => {
  it("tells dialog peers, group members and contacts of transitions, once per transition, after a grace period", async () => {
    const [alice, bob, carol, dave, stranger] = await users(5);
    if (!alice || !bob || !carol || !dave || !stranger) throw new Error("users");
    // Bob shares a dialog with Alice, Dave a group; Carol only has Alice's number in her phone book.
    const dialog = await openDialog(alice, bob);
    await send(alice, dialog, "hi");
    const group = await createGroup(dave, [alice]);
    await Promise.all([drain(dialog), drain(group)]);
    const imported = await api(carol, "POST", "/contacts/import", {
      contacts: [{ phone: alice.phone, firstName: "Alice" }],
    });
    expect(imported.status).toBe(200);

    const watchers = {
      bob: await TestSocket.open(bob, { sync: "now" }),
      carol: await TestSocket.open(carol, { sync: "now" }),
      dave: await TestSocket.open(dave, { sync: "now" }),
      stranger: await TestSocket.open(stranger, { sync: "now" }),
    };
    const profile = async () =>
      (await api<{ online: boolean; lastSeen: number | null }>(bob, "GET", `/users/${alice.userId}`)).body.data;
    expect(await profile()).toMatchObject({ online: false, lastSeen: null });

    // Alice comes online on her phone, then on her laptop: one transition.
    const phone = await TestSocket.open(alice, { sync: "now" });
    const laptop = await TestSocket.open(await addDevice(alice), { sync: "now" });
    for (const socket of [watchers.bob, watchers.carol, watchers.dave]) {
      await socket.waitFor((f) => f.type === "presence" && f.userId === alice.userId && f.online);
    }
    expect((await profile()).online).toBe(true);

    // The phone leaves: she is still online. Then the laptop leaves: offline only after the grace period.
    phone.close();
    await phone.waitClosed();
    await openSocketsBecome(alice.userId, 1);
    const aliceObject = env.USER.get(env.USER.idFromName(alice.userId));
    expect(await runDurableObjectAlarm(aliceObject)).toBe(false);
    const closedAt = Date.now();
    laptop.close();
    await laptop.waitClosed();
    await openSocketsBecome(alice.userId, 0);
    expect((await profile()).online).toBe(true);
    expect(await runDurableObjectAlarm(aliceObject)).toBe(true);
    for (const socket of [watchers.bob, watchers.carol, watchers.dave]) {
      const offline = await socket.waitFor((f) => f.type === "presence" && f.userId === alice.userId && !f.online);
      expect(offline).toMatchObject({ online: false });
      expect((offline as PresenceFrame).lastSeen).toBeGreaterThanOrEqual(closedAt - 1000);
    }
    const seen = await profile();
    expect(seen.online).toBe(false);
    expect(seen.lastSeen).toBeGreaterThanOrEqual(closedAt - 1000);

    // Exactly two transitions reached each peer; nobody else heard of Alice.
    await pause(50);
    for (const socket of [watchers.bob, watchers.carol, watchers.dave]) {
      expect(presenceOf(socket, alice.userId).map((f) => f.online)).toEqual([true, false]);
    }
    expect(presenceOf(watchers.stranger, alice.userId)).toEqual([]);
    for (const socket of Object.values(watchers)) socket.close();
  });

  it("a quick reconnect within the grace period tells nobody anything", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const dialog = await openDialog(alice, bob);
    await send(bob, dialog, "hi");
    await drain(dialog);
    const watcher = await TestSocket.open(bob, { sync: "now" });
    const first = await TestSocket.open(alice, { sync: "now" });
    await watcher.waitFor((f) => f.type === "presence" && f.userId === alice.userId);
    first.close();
    await first.waitClosed();
    await openSocketsBecome(alice.userId, 0);
    const again = await TestSocket.open(alice, { sync: "now" });
    // The pending "go offline" alarm was cancelled by the reconnect.
    expect(await runDurableObjectAlarm(env.USER.get(env.USER.idFromName(alice.userId)))).toBe(false);
    await pause(100);
    expect(presenceOf(watcher, alice.userId).map((f) => f.online)).toEqual([true]);
    again.close();
    watcher.close();
  });
});

describe("presence after the object was reset", () => {
  it("a user whose sockets vanished without a close event shows offline, and peers are told", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const dialog = await openDialog(alice, bob);
    await send(bob, dialog, "hi");
    await drain(dialog);
    const watcher = await TestSocket.open(bob, { sync: "now" });
    const socket = await TestSocket.open(alice, { sync: "now" });
    await watcher.waitFor((f) => f.type === "presence" && f.userId === alice.userId && f.online);
    // Eviction that closes the sockets: the object never hears a close.
    await evictDurableObject(env.USER.get(env.USER.idFromName(alice.userId)), { webSockets: "close" });
    await socket.waitClosed();
    const profile = await api<{ online: boolean; lastSeen: number | null }>(bob, "GET", `/users/${alice.userId}`);
    expect(profile.body.data.online).toBe(false);
    expect(profile.body.data.lastSeen).toEqual(expect.any(Number));
    await watcher.waitFor((f) => f.type === "presence" && f.userId === alice.userId && !f.online);
    watcher.close();
  });
});
