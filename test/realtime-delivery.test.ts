import { env, evictDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Update } from "../openapi/realtime-types.ts";
import { api, drain, openDialog, send, users } from "./helpers/messaging.ts";
import { addDevice, receive, TestSocket } from "./helpers/realtime.ts";

const newMessages = (updates: Update[]) =>
  updates.filter((u): u is Extract<Update, { type: "newMessage" }> => u.type === "newMessage");

describe("realtime delivery over WebSockets (two users, three devices)", () => {
  it("a REST send reaches every device; a reconnect with sync gets exactly what it missed; eviction changes nothing", async () => {
    const [alice, bob1] = await users(2);
    if (!alice || !bob1) throw new Error("users");
    const bob2 = await addDevice(bob1);
    const chatId = await openDialog(alice, bob1);
    await drain(chatId);

    const aliceSocket = await TestSocket.open(alice, { sync: 0 });
    const bobPhone = await TestSocket.open(bob1, { sync: 0 });
    const bobLaptop = await TestSocket.open(bob2, { sync: 0 });
    // Nothing happened to Bob yet: the catch-up from 0 is empty.
    expect(bobPhone.frames).toEqual([{ type: "synced", pts: 0 }]);

    // --- live: three messages reach both of Bob's devices, with increasing pts, same on both.
    const sent = [];
    for (const text of ["one", "two", "three"]) sent.push(await send(alice, chatId, text, `live-${text}`));
    await drain(chatId);
    const onPhone = newMessages(await bobPhone.updates(4)).slice(0, 3);
    const onLaptop = newMessages(await bobLaptop.updates(4)).slice(0, 3);
    expect(onPhone.map((u) => u.message.text)).toEqual(["one", "two", "three"]);
    expect(onPhone.map((u) => u.message.clientMessageId)).toEqual(["live-one", "live-two", "live-three"]);
    const pts = onPhone.map((u) => u.pts);
    expect(pts).toEqual([...pts].sort((a, b) => a - b));
    expect(new Set(pts).size).toBe(3);
    expect(onLaptop.map((u) => u.pts)).toEqual(pts);
    // The sender's own device sees its messages in its own log too.
    expect(newMessages(await aliceSocket.updates(4)).map((u) => u.message.text)).toEqual(["one", "two", "three"]);

    // --- the laptop goes away; 10 messages, an edit and a delete happen meanwhile.
    const lastSeenByLaptop = bobLaptop.allUpdates().at(-1)?.pts ?? 0;
    bobLaptop.close();
    await bobLaptop.waitClosed();
    const phoneBefore = bobPhone.allUpdates().length;
    const offline = [];
    for (let i = 1; i <= 10; i++) offline.push(await send(alice, chatId, `missed ${i}`));
    const edited = offline[2];
    const deleted = offline[5];
    if (!edited || !deleted) throw new Error("messages");
    expect((await api(alice, "PATCH", `/chats/${chatId}/messages/${edited.seq}`, { text: "edited" })).status).toBe(200);
    expect((await api(alice, "DELETE", `/chats/${chatId}/messages/${deleted.seq}?forEveryone=true`)).status).toBe(200);
    await drain(chatId);
    const liveOnPhone = (await bobPhone.updates(phoneBefore + 12)).slice(phoneBefore);

    // --- it reconnects (same device) and syncs from the last pts it saw: exactly those 12, in order.
    const laptopAgain = await TestSocket.open(bob2);
    laptopAgain.send({ type: "sync", pts: lastSeenByLaptop });
    const synced = await laptopAgain.waitFor((f) => f.type === "synced");
    const caughtUp = laptopAgain.allUpdates();
    expect(caughtUp.map((u) => u.type)).toEqual([...Array(10).fill("newMessage"), "messageEdited", "messageDeleted"]);
    expect(caughtUp.map((u) => u.pts)).toEqual(liveOnPhone.map((u) => u.pts));
    expect(caughtUp.map((u) => u.pts)).toEqual(caughtUp.map((_, i) => lastSeenByLaptop + 1 + i));
    expect(synced).toEqual({ type: "synced", pts: lastSeenByLaptop + 12 });
    // The deleted message's text is gone from the replay as well.
    const replayedDeleted = newMessages(caughtUp).find((u) => u.message.seq === deleted.seq);
    expect(replayedDeleted?.message.text).toBe("");

    // --- then live updates follow, with no duplicate and no gap.
    await send(alice, chatId, "after sync");
    await drain(chatId);
    const after = (await laptopAgain.updates(13)).slice(12);
    expect(after.map((u) => [u.type, u.pts])).toEqual([["newMessage", lastSeenByLaptop + 13]]);

    // --- Bob's UserDO is evicted (its sockets hibernate) and reloaded by the next delivery.
    const bobObject = env.USER.get(env.USER.idFromName(bob1.userId));
    await evictDurableObject(bobObject);
    await send(alice, chatId, "after eviction");
    await drain(chatId);
    const afterEviction = (await laptopAgain.updates(14)).slice(13);
    expect(afterEviction).toMatchObject([{ type: "newMessage", pts: lastSeenByLaptop + 14 }]);
    expect(newMessages(afterEviction)[0]?.message.text).toBe("after eviction");
    const phoneAll = await bobPhone.updates(phoneBefore + 14);
    expect(phoneAll.at(-1)?.pts).toBe(lastSeenByLaptop + 14);
    // No duplicates anywhere on the phone's stream.
    const phonePts = phoneAll.map((u) => u.pts);
    expect(new Set(phonePts).size).toBe(phonePts.length);

    for (const socket of [aliceSocket, bobPhone, laptopAgain]) socket.close();
  });

  it("an ack frame marks messages delivered (the sender is told); reading is pushed as read", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    const aliceSocket = await TestSocket.open(alice, { sync: "now" });
    const bobSocket = await TestSocket.open(bob, { sync: "now" });

    const message = await send(alice, chatId, "did you get this?");
    await drain(chatId);
    const [received] = newMessages(await bobSocket.updates(1));
    if (!received) throw new Error("no newMessage");
    bobSocket.send({ type: "ack", pts: received.pts });
    // The ack moves Bob's delivered marker in the chat, whose outbox then tells Alice.
    const delivered = await receive(aliceSocket, chatId, (f) => f.type === "delivered");
    expect(delivered).toMatchObject({ type: "delivered", chatId, userId: bob.userId, upToSeq: message.seq });

    expect((await api(bob, "POST", `/chats/${chatId}/read`, { upToSeq: message.seq })).status).toBe(200);
    await drain(chatId);
    const read = await aliceSocket.waitFor((f) => f.type === "read");
    expect(read).toMatchObject({ type: "read", chatId, userId: bob.userId, upToSeq: message.seq });
    // Bob's own devices learn of his read too (with his unread count).
    expect(await bobSocket.waitFor((f) => f.type === "read")).toMatchObject({ userId: bob.userId, unreadCount: 0 });
    const history = await api<{ messages: { status?: string }[] }>(alice, "GET", `/chats/${chatId}/messages`);
    expect(history.body.data.messages.map((m) => m.status)).toEqual(["read"]);
    aliceSocket.close();
    bobSocket.close();
  });
});
