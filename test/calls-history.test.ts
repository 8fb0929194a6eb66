import { describe, expect, it } from "vitest";
import type { Message } from "../openapi/messaging-types.ts";
import { callState, isIncoming, startCall } from "./helpers/calls.ts";
import { api, drain, history, openDialog, users } from "./helpers/messaging.ts";
import { TestSocket } from "./helpers/realtime.ts";

describe("a call's history message", () => {
  it("is written once in the chat by its caller: duration for a call that took place, missed or declined otherwise", async () => {
    const [ann, bob] = await users(2);
    if (!ann || !bob) throw new Error("users");
    const chatId = await openDialog(ann, bob);
    const bobSocket = await TestSocket.open(bob, { sync: "now" });

    const talked = (await startCall(ann, chatId, true)).body.data;
    bobSocket.send({ type: "callJoin", callId: talked.callId });
    await callState(bobSocket, talked.callId, (c) => c.state === "active");
    bobSocket.send({ type: "callLeave", callId: talked.callId });
    await callState(bobSocket, talked.callId, (c) => c.state === "ended");

    const declined = (await startCall(bob, chatId, false)).body.data;
    const annSocket = await TestSocket.open(ann, { sync: "now" });
    annSocket.send({ type: "callLeave", callId: declined.callId });
    await callState(bobSocket, declined.callId, (c) => c.state === "ended");
    await drain(chatId);

    const all = await history(bob, chatId);
    const messages = all.filter((m: Message) => m.call);
    expect(
      messages.map((m) => [m.senderId, m.text.replace(/\d+:\d\d/, "m:ss"), m.call?.reason, m.call?.video]),
    ).toEqual([
      [ann.userId, "Video call · m:ss", "hangup", true],
      [bob.userId, "Declined voice call", "declined", false],
    ]);
    expect(messages[0]?.call?.durationSeconds).toBeGreaterThanOrEqual(0);
    expect(messages[1]?.call?.durationSeconds).toBeNull();
    // The chat list shows it like any last message.
    const list = await api<{ chats: { chatId: string; lastMessage: { text: string } | null }[] }>(ann, "GET", "/chats");
    expect(list.body.data.chats.find((c) => c.chatId === chatId)?.lastMessage?.text).toBe("Declined voice call");
    // Bob's device heard about the messages live too (newMessage updates), and rang only once.
    expect(bobSocket.frames.filter(isIncoming(talked.callId))).toHaveLength(1);
  });
});
