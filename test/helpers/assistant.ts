import { env } from "cloudflare:test";
import { expect } from "vitest";
import { ASSISTANT_USER_ID } from "../../openapi/assistant.ts";
import type { Message } from "../../openapi/messaging-types.ts";
import type { AiDeltaFrame, ServerFrame } from "../../openapi/realtime-frames.ts";
import type { RecordedRequest } from "../../tools/ai-peer/peer.ts";
import { api, drain, history, type TestUser } from "./messaging.ts";
import { pause } from "./realtime.ts";

export async function openAssistant(user: TestUser): Promise<string> {
  const res = await api<{ chat: { id: string } }>(user, "POST", "/chats/assistant");
  expect([200, 201], JSON.stringify(res.body)).toContain(res.status);
  return res.body.data.chat.id;
}

let counter = 0;
/** A message text no other test sends (the peer keys its faults and records on it). */
export function unique(text: string): string {
  counter += 1;
  return `${text} [${crypto.randomUUID().slice(0, 8)}-${counter}]`;
}

/** Sends `text` and returns the user's message (201). */
export async function ask(user: TestUser, chatId: string, text: string): Promise<Message> {
  const res = await api<Message>(user, "POST", `/chats/${chatId}/messages`, {
    clientMessageId: `ask-${crypto.randomUUID()}`,
    text,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
}

/** The message `seq` as `user` reads it in the history. */
export async function messageAt(user: TestUser, chatId: string, seq: number): Promise<Message | undefined> {
  const page = await history(user, chatId, `?around=${seq}&limit=3`);
  return page.find((m) => m.seq === seq);
}

/** Polls the history until the reply `seq` has left "streaming", draining the outbox meanwhile. */
export async function endedReply(user: TestUser, chatId: string, seq: number, timeoutMs = 15_000): Promise<Message> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const message = await messageAt(user, chatId, seq);
    if (message?.ai && message.ai.state !== "streaming") {
      await drain(chatId);
      return message;
    }
    if (Date.now() > deadline) throw new Error(`reply ${seq} still ${JSON.stringify(message)}`);
    await pause(50);
  }
}

export const isDelta =
  (seq: number) =>
  (frame: ServerFrame): frame is AiDeltaFrame =>
    frame.type === "aiDelta" && frame.seq === seq;

/** The requests the loopback peer received whose messages contain `text`. */
export async function peerRequests(text: string): Promise<RecordedRequest[]> {
  const base = env.AI_BASE_URL.replace(/\/v1$/, "");
  const res = await fetch(`${base}/__peer/requests?contains=${encodeURIComponent(text)}`);
  return ((await res.json()) as { requests: RecordedRequest[] }).requests;
}

export { ASSISTANT_USER_ID };
