import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { expect } from "vitest";
import type { Message } from "../../openapi/messaging-types.ts";
import type { Update } from "../../openapi/realtime-types.ts";
import { createTestUser } from "./users.ts";

export type TestUser = Awaited<ReturnType<typeof createTestUser>>;

export type ApiAnswer<T = unknown> = {
  status: number;
  headers: Headers;
  body: { success: boolean; data: T; error: { code: string; message: string; details?: unknown } };
};

/** Calls the real Worker as `user` (or anonymously) and returns status + parsed envelope. */
export async function api<T = unknown>(
  user: TestUser | null,
  method: string,
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { ...(user ? user.authHeader : {}), ...extraHeaders };
  let payload: string | undefined;
  if (body !== undefined) {
    headers["content-type"] ??= "application/json";
    payload = typeof body === "string" ? body : JSON.stringify(body);
  }
  const res = await exports.default.fetch(`http://gateway/api/v1${path}`, { method, headers, body: payload });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : (undefined as never) };
}

export async function users(count: number): Promise<TestUser[]> {
  const list: TestUser[] = [];
  for (let i = 0; i < count; i++) list.push(await createTestUser());
  return list;
}

export async function createGroup(owner: TestUser, members: TestUser[], title = "Test group"): Promise<string> {
  const res = await api<{ chat: { id: string } }>(owner, "POST", "/groups", {
    title,
    memberIds: members.map((m) => m.userId),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data.chat.id;
}

export async function openDialog(a: TestUser, b: TestUser): Promise<string> {
  const res = await api<{ chat: { id: string } }>(a, "POST", "/chats/dialogs", { userId: b.userId });
  expect([200, 201]).toContain(res.status);
  return res.body.data.chat.id;
}

let sendCounter = 0;
export async function send(user: TestUser, chatId: string, text: string, clientMessageId?: string): Promise<Message> {
  sendCounter += 1;
  const res = await api<Message>(user, "POST", `/chats/${chatId}/messages`, {
    clientMessageId: clientMessageId ?? `cm-${sendCounter}-${Date.now()}`,
    text,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
}

export function chatStub(chatId: string) {
  return env.CHAT.get(env.CHAT.idFromName(chatId));
}

export async function outboxRows(chatId: string): Promise<number> {
  return runInDurableObject(chatStub(chatId), (_instance, state) => {
    return state.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM outbox").one().n;
  });
}

/** Waits until the chat's outbox is empty, running its alarm rather than waiting for it. */
export async function drain(chatId: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await runDurableObjectAlarm(chatStub(chatId));
    if ((await outboxRows(chatId)) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`outbox of ${chatId} did not drain in ${timeoutMs} ms`);
}

/** Every update of `user` after `since`, following hasMore. */
export async function allUpdates(user: TestUser, since = 0): Promise<Update[]> {
  const collected: Update[] = [];
  let pts = since;
  for (;;) {
    const res = await api<{ tooLong: boolean; updates: Update[]; pts: number; hasMore: boolean }>(
      user,
      "GET",
      `/updates?since=${pts}&limit=1000`,
    );
    expect(res.status).toBe(200);
    expect(res.body.data.tooLong).toBe(false);
    collected.push(...res.body.data.updates);
    pts = res.body.data.pts;
    if (!res.body.data.hasMore) return collected;
  }
}

export async function history(user: TestUser, chatId: string, query = ""): Promise<Message[]> {
  const res = await api<{ messages: Message[] }>(user, "GET", `/chats/${chatId}/messages${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data.messages;
}
