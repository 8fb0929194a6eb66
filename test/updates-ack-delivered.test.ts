import { describe, expect, it } from "vitest";
import type { Update } from "../openapi/realtime-types.ts";
import { allUpdates, api, createGroup, drain, history, openDialog, send, users } from "./helpers/messaging.ts";

describe("POST /updates/ack: delivered markers", () => {
  it("turns the sender's messages sent → delivered → read, and tells the sender", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    await send(alice, chatId, "one");
    await send(alice, chatId, "two");
    await drain(chatId);
    expect((await history(alice, chatId)).map((m) => m.status)).toEqual(["sent", "sent"]);

    // Bob's device has his first two updates: the chat appearing and message 1.
    const bobUpdates = await allUpdates(bob);
    expect(bobUpdates.map((u) => u.type)).toEqual(["chatUpdated", "newMessage", "newMessage"]);
    const ack = await api<{ pts: number }>(bob, "POST", "/updates/ack", { pts: 2 });
    expect(ack.status).toBe(200);
    expect(ack.body.data.pts).toBe(2);
    expect((await history(alice, chatId)).map((m) => m.status)).toEqual(["delivered", "sent"]);

    // Acknowledging beyond the log is capped; going back changes nothing.
    expect((await api<{ pts: number }>(bob, "POST", "/updates/ack", { pts: 99 })).body.data.pts).toBe(3);
    expect((await api<{ pts: number }>(bob, "POST", "/updates/ack", { pts: 1 })).body.data.pts).toBe(3);
    expect((await history(alice, chatId)).map((m) => m.status)).toEqual(["delivered", "delivered"]);

    await api(bob, "POST", `/chats/${chatId}/read`, { upToSeq: 1 });
    expect((await history(alice, chatId)).map((m) => m.status)).toEqual(["read", "delivered"]);

    await drain(chatId);
    const delivered = (await allUpdates(alice)).filter(
      (u): u is Extract<Update, { type: "delivered" }> => u.type === "delivered",
    );
    expect(delivered.map((u) => [u.userId, u.upToSeq])).toEqual([
      [bob.userId, 1],
      [bob.userId, 2],
    ]);
    expect(await api(bob, "GET", `/chats/${chatId}`)).toMatchObject({
      body: { data: { deliveredSeq: 2, readSeq: 1 } },
    });
  });

  it("one's own messages and other chats' updates are acknowledged without touching anything else", async () => {
    const [alice, bob, carol] = await users(3);
    if (!alice || !bob || !carol) throw new Error("users");
    const group = await createGroup(alice, [bob, carol]);
    await send(bob, group, "bob's own");
    await send(carol, group, "carol's");
    await drain(group);
    const all = await allUpdates(bob);
    const last = all.at(-1)?.pts ?? 0;
    await api(bob, "POST", "/updates/ack", { pts: last });
    const messages = await history(carol, group);
    expect(messages.map((m) => [m.text, m.status])).toEqual([
      ["bob's own", undefined],
      ["carol's", "delivered"],
    ]);
    // Bob's own message is delivered to nobody by his ack.
    expect((await history(bob, group))[0]?.status).toBe("sent");
  });

  it("refuses a bad pts", async () => {
    const [alice] = await users(1);
    if (!alice) throw new Error("users");
    for (const body of [{}, { pts: 0 }, { pts: -1 }, { pts: "1" }, { pts: 1, all: true }]) {
      expect((await api(alice, "POST", "/updates/ack", body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await api(null, "POST", "/updates/ack", { pts: 1 })).status).toBe(401);
  });
});
