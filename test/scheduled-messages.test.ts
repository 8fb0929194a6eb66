import { evictDurableObject, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ScheduledMessage } from "../openapi/scheduled.ts";
import {
  allUpdates,
  api,
  chatStub,
  createGroup,
  drain,
  history,
  openDialog,
  send,
  users,
} from "./helpers/messaging.ts";

const alarmOf = (chatId: string) => runInDurableObject(chatStub(chatId), (_o, state) => state.storage.getAlarm());
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("scheduled messages: POST /messages with sendAt, the ChatDO's alarm sends them", () => {
  it("one alarm serves the outbox and the schedule; an early alarm sends nothing and re-arms for sendAt", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await createGroup(alice, [bob]);
    const sendAt = Date.now() + 3_600_000;
    const res = await api<ScheduledMessage>(alice, "POST", `/chats/${chatId}/messages`, {
      clientMessageId: "later-1",
      text: "in an hour",
      sendAt,
    });
    expect(res.status).toBe(202);
    expect(res.body.data).toMatchObject({ id: expect.stringMatching(/^sch_/), sendAt, text: "in an hour" });
    await drain(chatId);
    // The outbox is empty now: the alarm waits for the scheduled message, not for nothing.
    expect(await alarmOf(chatId)).toBe(sendAt);
    // A new message is delivered right after its commit (the alarm only backs that up); once the
    // outbox is empty again, the one alarm is back on the scheduled message.
    await send(bob, chatId, "and now");
    await drain(chatId);
    expect(await alarmOf(chatId)).toBe(sendAt);
    expect((await history(bob, chatId)).map((m) => m.text)).toEqual(["and now"]);
    const listed = await api<{ scheduled: ScheduledMessage[] }>(alice, "GET", `/chats/${chatId}/scheduled`);
    expect(listed.body.data.scheduled.map((s) => s.id)).toEqual([res.body.data.id]);
    expect(
      (await api<{ scheduled: ScheduledMessage[] }>(bob, "GET", `/chats/${chatId}/scheduled`)).body.data.scheduled,
    ).toEqual([]);
  });

  it("is sent when due even after the object was evicted, with the seq of that moment, to every member", async () => {
    const [alice, bob] = await users(2);
    if (!alice || !bob) throw new Error("users");
    const chatId = await openDialog(alice, bob);
    await send(alice, chatId, "first");
    const res = await api<ScheduledMessage>(alice, "POST", `/chats/${chatId}/messages`, {
      clientMessageId: "soon-1",
      text: "sent by the alarm",
      sendAt: Date.now() + 300,
    });
    expect(res.status).toBe(202);
    await drain(chatId);
    await evictDurableObject(chatStub(chatId));
    await pause(400);
    await runDurableObjectAlarm(chatStub(chatId));
    await drain(chatId);
    expect((await history(bob, chatId)).map((m) => [m.seq, m.text])).toEqual([
      [1, "first"],
      [2, "sent by the alarm"],
    ]);
    const delivered = (await allUpdates(bob)).filter((u) => u.type === "newMessage").map((u) => u.message.text);
    expect(delivered).toEqual(["first", "sent by the alarm"]);
    expect(
      (await api<{ scheduled: unknown[] }>(alice, "GET", `/chats/${chatId}/scheduled`)).body.data.scheduled,
    ).toEqual([]);
    // Its id is spent: a repeat of the send returns the message it became.
    const repeat = await api(alice, "POST", `/chats/${chatId}/messages`, { clientMessageId: "soon-1", text: "again" });
    expect(repeat.status).toBe(200);
    expect(repeat.body.data).toMatchObject({ seq: 2, text: "sent by the alarm" });
  });

  it("edit and cancel: the author only; others and non-members get 404; bad input gets 400", async () => {
    const [alice, bob, eve] = await users(3);
    if (!alice || !bob || !eve) throw new Error("users");
    const chatId = await createGroup(alice, [bob]);
    const made = await api<ScheduledMessage>(alice, "POST", `/chats/${chatId}/messages`, {
      clientMessageId: "edit-me",
      text: "draft words",
      sendAt: Date.now() + 3_600_000,
    });
    const path = `/chats/${chatId}/scheduled/${made.body.data.id}`;
    expect((await api(bob, "PATCH", path, { text: "hijack" })).status).toBe(404);
    expect((await api(eve, "PATCH", path, { text: "hijack" })).status).toBe(404);
    expect((await api(eve, "GET", `/chats/${chatId}/scheduled`)).status).toBe(404);
    expect((await api(bob, "DELETE", path)).status).toBe(404);
    const later = Date.now() + 7_200_000;
    const edited = await api<ScheduledMessage>(alice, "PATCH", path, { text: "final words", sendAt: later });
    expect(edited.status).toBe(200);
    expect(edited.body.data).toMatchObject({ text: "final words", sendAt: later });
    for (const body of [{}, { text: "" }, { sendAt: Date.now() - 1000 }, { sendAt: "soon" }, { text: "x", extra: 1 }]) {
      const res = await api(alice, "PATCH", path, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.success).toBe(false);
    }
    for (const body of [
      { clientMessageId: "p1", text: "past", sendAt: Date.now() - 1 },
      { clientMessageId: "p2", text: "far", sendAt: Date.now() + 400 * 86_400_000 },
      { clientMessageId: "p3", text: "bad", sendAt: 1.5 },
      { clientMessageId: "p4", forward: { chatId, seq: 1 }, sendAt: Date.now() + 60_000 },
    ]) {
      const res = await api(alice, "POST", `/chats/${chatId}/messages`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect((await api(alice, "PATCH", `/chats/${chatId}/scheduled/not-an-id`, { text: "x" })).status).toBe(400);
    expect((await api(alice, "DELETE", path)).status).toBe(200);
    expect((await api(alice, "DELETE", path)).status).toBe(404);
    expect(
      (await api<{ scheduled: unknown[] }>(alice, "GET", `/chats/${chatId}/scheduled`)).body.data.scheduled,
    ).toEqual([]);
  });
});
