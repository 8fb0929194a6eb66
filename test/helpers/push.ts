import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { expect } from "vitest";
import type { PushDelivery } from "../../api/push/deliveries.ts";
import { handlePushBatch, type PushQueueMessage } from "../../api/queue.ts";
import { chatEvent } from "../../durable/chat/rpc.ts";
import { APNS_PEER_BASE } from "../peers/apns.ts";
import { FCM_PEER_BASE } from "../peers/fcm.ts";
import { WEBPUSH_PEER_BASE } from "../peers/webpush.ts";
import { api, type TestUser } from "./messaging.ts";

const randomHex = (bytes: number) =>
  [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, "0")).join("");

export const apnsToken = () => randomHex(32);
export const fcmToken = () => `fcm-${randomHex(20)}`;

export type Registered = { deviceId: string; token: string };

export async function registerApns(user: TestUser, token = apnsToken(), sandbox = false): Promise<Registered> {
  const res = await api<{ id: string }>(user, "PUT", "/me/push", {
    kind: "apns",
    token,
    topic: "ai.iambig.test",
    sandbox,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { deviceId: res.body.data.id, token };
}

/** An iPhone app that uses CallKit: its alert token and its PushKit VoIP token. */
export async function registerApnsWithVoip(user: TestUser): Promise<Registered & { voipToken: string }> {
  const token = apnsToken();
  const voipToken = apnsToken();
  const res = await api<{ id: string }>(user, "PUT", "/me/push", {
    kind: "apns",
    token,
    voipToken,
    topic: "ai.iambig.test",
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { deviceId: res.body.data.id, token, voipToken };
}

export async function registerFcm(user: TestUser, token = fcmToken()): Promise<Registered> {
  const res = await api<{ id: string }>(user, "PUT", "/me/push", { kind: "fcm", token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { deviceId: res.body.data.id, token };
}

/** Subscribes at the Web Push peer (which keeps the private key) and registers the subscription. */
export async function registerWebPush(user: TestUser): Promise<Registered & { subscriptionId: string }> {
  const subscription = (await (await fetch(`${WEBPUSH_PEER_BASE}/__peer/subscribe`, { method: "POST" })).json()) as {
    endpoint: string;
    keys: { p256dh: string; auth: string };
  };
  const res = await api<{ id: string }>(user, "PUT", "/me/push", { kind: "webpush", subscription });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const subscriptionId = subscription.endpoint.split("/").pop() ?? "";
  return { deviceId: res.body.data.id, token: subscription.endpoint, subscriptionId };
}

/** What a peer accepted for one device (APNs/FCM token, Web Push subscription id). */
export async function received<T>(peerBase: string, key: string): Promise<T[]> {
  const res = await fetch(`${peerBase}/__peer/received?key=${encodeURIComponent(key)}`);
  return ((await res.json()) as { received: T[] }).received;
}

/** Makes the peer answer the next push to this device with `status` (and body / Retry-After). */
export async function plantFailure(
  peerBase: string,
  key: string,
  failure: { status: number; body?: unknown; retryAfter?: string; times?: number },
) {
  await fetch(`${peerBase}/__peer/fail`, { method: "POST", body: JSON.stringify({ key, ...failure }) });
}

export const PEERS = { apns: APNS_PEER_BASE, fcm: FCM_PEER_BASE, webpush: WEBPUSH_PEER_BASE };

/** Runs the consumer on these messages (as the queue would) and answers what it acked and retried. */
export async function consume(bodies: PushQueueMessage[], attempts = 1, bindings: typeof env = env) {
  const batch = createMessageBatch<PushQueueMessage>(
    "big-gateway-dev-push",
    bodies.map((body, i) => ({ id: `m${i}`, timestamp: new Date(), attempts, body })),
  );
  const ctx = createExecutionContext();
  const settled = await handlePushBatch(batch, bindings);
  const result = await getQueueResult(batch, ctx);
  // getQueueResult does not report retry delays: take them from what the consumer decided.
  const delays = new Map(settled.flatMap((s) => (s.action === "retry" ? [[s.id, s.delaySeconds] as const] : [])));
  return {
    explicitAcks: result.explicitAcks,
    retryMessages: result.retryMessages.map((r) => ({ msgId: r.msgId, delaySeconds: delays.get(r.msgId) })),
  };
}

/** A delivery message as the fan-out makes it, for tests that drive one (job, device) pair. */
export function deliveryOf(
  recipient: TestUser,
  deviceId: string,
  fields: Partial<PushDelivery> & Pick<PushDelivery, "chatId" | "seq">,
): PushDelivery {
  return {
    kind: "pushDelivery",
    jobId: `${fields.chatId}:${fields.seq}`,
    deviceId,
    userId: recipient.userId,
    senderId: "usr_sender",
    senderName: "Ada Lovelace",
    createdAt: Date.now(),
    ...fields,
  };
}

/** Polls until `probe` returns something truthy (the real queue delivers in its own time). */
export async function eventually<T>(
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function deliveryOutcome(jobId: string, deviceId: string): Promise<string | null> {
  const row = await env.DB.prepare("SELECT outcome FROM push_deliveries WHERE job_id = ? AND device_id = ?")
    .bind(jobId, deviceId)
    .first<{ outcome: string }>();
  return row?.outcome ?? null;
}

export async function deviceExists(deviceId: string): Promise<boolean> {
  return (await env.DB.prepare("SELECT 1 FROM push_devices WHERE id = ?").bind(deviceId).first()) !== null;
}

export const newGroupId = () => `grp_${randomHex(16)}`;
export const newDialogId = () => `dlg_${randomHex(16)}`;

/**
 * Puts a chat and one of its messages in `recipient`'s UserDO through the RPC a chat's outbox uses
 * (applyChatEvents), without a ChatDO: so no push job is queued behind the test's back.
 */
export async function seedMessage(
  recipient: TestUser,
  chat: { id: string; kind: "dialog" | "group"; title: string | null },
  message: { seq: number; senderId: string; text: string; attachmentIds?: string[] },
) {
  const stub = env.USER.get(env.USER.idFromName(recipient.userId));
  const now = Date.now();
  const info = {
    id: chat.id,
    kind: chat.kind,
    title: chat.title,
    about: "",
    peerId: chat.kind === "dialog" ? message.senderId : null,
    memberCount: 2,
    createdBy: message.senderId,
    createdAt: now,
    updatedAt: now,
  };
  await stub.applyChatEvents(recipient.userId, chat.id, [
    chatEvent(message.seq * 2 - 1, { type: "chatUpdated", chatId: chat.id, date: now, chat: info }),
    chatEvent(message.seq * 2, {
      type: "newMessage",
      chatId: chat.id,
      date: now,
      message: {
        chatId: chat.id,
        seq: message.seq,
        senderId: message.senderId,
        clientMessageId: `seed-${message.seq}`,
        text: message.text,
        replyToSeq: null,
        forwardedFrom: null,
        attachmentIds: message.attachmentIds ?? [],
        attachments: [],
        createdAt: now,
        editedAt: null,
        reactions: [],
      },
    }),
  ]);
}
