import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ChatListItem, Message } from "../openapi/messaging-types.ts";
import type { ServerFrame } from "../openapi/realtime-frames.ts";
import { DEV_REPLY_LABEL } from "../tools/ai-peer/peer.ts";
import {
  ASSISTANT_USER_ID,
  ask,
  endedReply,
  isDelta,
  openAssistant,
  peerRequests,
  unique,
} from "./helpers/assistant.ts";
import { api, drain, users } from "./helpers/messaging.ts";
import { receive, TestSocket } from "./helpers/realtime.ts";

describe("a turn of the assistant", () => {
  it("streams the reply as ordered aiDelta frames and ends with messageEdited carrying their concatenation", async () => {
    const [user] = await users(1);
    if (!user) throw new Error("no user");
    const chatId = await openAssistant(user);
    const socket = await TestSocket.open(user, { sync: 0 });
    const text = unique("What is the capital of France?");

    const mine = await ask(user, chatId, text);
    const replySeq = mine.seq + 1;
    const edited = (await receive(
      socket,
      chatId,
      (f) => f.type === "messageEdited" && f.message.seq === replySeq,
    )) as ServerFrame & { message: Message };

    // The reply was created at once, streaming, by the assistant.
    const created = socket.frames.find((f) => f.type === "newMessage" && f.message.seq === replySeq) as
      | (ServerFrame & { message: Message })
      | undefined;
    expect(created?.message.senderId).toBe(ASSISTANT_USER_ID);
    expect(created?.message.ai?.state).toBe("streaming");

    const deltas = socket.frames.filter(isDelta(replySeq));
    expect(deltas.length).toBeGreaterThan(1);
    let offset = 0;
    for (const delta of deltas) {
      expect(delta.offset).toBe(offset);
      offset += delta.delta.length;
    }
    const joined = deltas.map((d) => d.delta).join("");
    expect(edited.message.ai).toEqual({ state: "complete", error: null });
    expect(edited.message.text).toBe(joined);
    expect(joined.startsWith(DEV_REPLY_LABEL)).toBe(true);
    expect(joined).toContain(text);

    // History says the same.
    const stored = await endedReply(user, chatId, replySeq);
    expect(stored.text).toBe(joined);
    expect(stored.ai?.state).toBe("complete");
    socket.close();
  });

  it("sends the provider the configured model, the stream flag, the key and the context", async () => {
    const [user] = await users(1);
    if (!user) throw new Error("no user");
    const chatId = await openAssistant(user);
    const first = unique("Remember the number 7");
    const firstSent = await ask(user, chatId, first);
    await endedReply(user, chatId, firstSent.seq + 1);
    const second = unique("Which number did I say?");
    const sent = await ask(user, chatId, second);
    await endedReply(user, chatId, sent.seq + 1);

    const [request] = await peerRequests(second);
    expect(request?.model).toBe(env.AI_MODEL);
    expect(request?.stream).toBe(true);
    expect(request?.authorized).toBe(true);
    const roles = request?.messages.map((m) => m.role);
    expect(roles).toEqual(["system", "user", "assistant", "user"]);
    expect(request?.messages[1]?.content).toBe(first);
    expect(request?.messages[3]?.content).toBe(second);
  });

  it("is a dialog in the chat list, titled Assistant, and the same chat every time", async () => {
    const [user] = await users(1);
    if (!user) throw new Error("no user");
    const first = await api<{ chat: { id: string; peerId: string; title: string } }>(user, "POST", "/chats/assistant");
    expect(first.status).toBe(201);
    const again = await api<{ chat: { id: string } }>(user, "POST", "/chats/assistant");
    expect(again.status).toBe(200);
    expect(again.body.data.chat.id).toBe(first.body.data.chat.id);
    expect(first.body.data.chat.peerId).toBe(ASSISTANT_USER_ID);
    expect(first.body.data.chat.title).toBe("Assistant");
    await drain(first.body.data.chat.id);
    const list = await api<{ chats: ChatListItem[] }>(user, "GET", "/chats");
    expect(list.body.data.chats.map((c) => c.chatId)).toContain(first.body.data.chat.id);
  });
});
