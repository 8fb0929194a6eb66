import { describe, expect, it } from "vitest";
import type { Message } from "../openapi/messaging-types.ts";
import { ask, endedReply, isDelta, openAssistant, unique } from "./helpers/assistant.ts";
import { api, users } from "./helpers/messaging.ts";
import { TestSocket } from "./helpers/realtime.ts";

describe("one turn at a time, and cancel", () => {
  it("refuses a send while the reply streams (409), and a cancel keeps the partial text", async () => {
    const [user] = await users(1);
    if (!user) throw new Error("no user");
    const chatId = await openAssistant(user);
    const socket = await TestSocket.open(user, { sync: "now" });
    const mine = await ask(user, chatId, unique("Tell me a long story #slow"));
    const replySeq = mine.seq + 1;
    await socket.waitFor(isDelta(replySeq));

    const during = await api(user, "POST", `/chats/${chatId}/messages`, { clientMessageId: "during-1", text: "hi?" });
    expect(during.status).toBe(409);
    expect(during.body.error.code).toBe("AI_TURN_IN_PROGRESS");

    const cancelled = await api<Message>(user, "POST", `/chats/${chatId}/messages/${replySeq}/cancel`);
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body.data.ai?.state).toBe("cancelled");
    const partial = cancelled.body.data.text;
    expect(partial.length).toBeGreaterThan(0);
    // Every delta sent before the cancel is part of the kept text.
    const sent = socket.frames
      .filter(isDelta(replySeq))
      .map((d) => d.delta)
      .join("");
    expect(partial.startsWith(sent)).toBe(true);

    const stored = await endedReply(user, chatId, replySeq);
    expect(stored.ai?.state).toBe("cancelled");
    expect(stored.text).toBe(partial);

    // The chat is free again, and a second cancel says the reply has ended.
    const again = await api(user, "POST", `/chats/${chatId}/messages/${replySeq}/cancel`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("AI_REPLY_NOT_STREAMING");
    const next = await ask(user, chatId, unique("Short one now"));
    expect((await endedReply(user, chatId, next.seq + 1)).ai?.state).toBe("complete");
    socket.close();
  });

  it("a repeated clientMessageId returns the original message and starts no second turn", async () => {
    const [user] = await users(1);
    if (!user) throw new Error("no user");
    const chatId = await openAssistant(user);
    const body = { clientMessageId: "repeat-1", text: unique("Once only") };
    const first = await api<Message>(user, "POST", `/chats/${chatId}/messages`, body);
    expect(first.status).toBe(201);
    const repeat = await api<Message>(user, "POST", `/chats/${chatId}/messages`, body);
    expect(repeat.status).toBe(200);
    expect(repeat.body.data.seq).toBe(first.body.data.seq);
    await endedReply(user, chatId, first.body.data.seq + 1);
    const page = await api<{ messages: Message[] }>(user, "GET", `/chats/${chatId}/messages`);
    expect(page.body.data.messages.map((m) => m.seq)).toEqual([1, 2]);
  });
});
