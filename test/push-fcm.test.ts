import { describe, expect, it } from "vitest";
import { users } from "./helpers/messaging.ts";
import {
  consume,
  deliveryOf,
  deviceExists,
  newDialogId,
  PEERS,
  plantFailure,
  received,
  registerFcm,
  seedMessage,
} from "./helpers/push.ts";
import { FCM_UNREGISTERED, type FcmReceived } from "./peers/fcm.ts";

const tokensIssued = async () =>
  ((await (await fetch("https://oauth.test/__peer/tokens-issued")).json()) as { count: number }).count;

async function bobWithMessage() {
  const [bob] = await users(1);
  if (!bob) throw new Error("users");
  const device = await registerFcm(bob);
  const chatId = newDialogId();
  await seedMessage(
    bob,
    { id: chatId, kind: "dialog", title: null },
    { seq: 3, senderId: "usr_ada", text: "On my way" },
  );
  return { device, chatId, delivery: deliveryOf(bob, device.deviceId, { chatId, seq: 3 }) };
}

describe("FCM HTTP v1", () => {
  it("exchanges a signed service-account JWT for an access token once, and sends messages:send with android/apns/webpush blocks", async () => {
    const first = await bobWithMessage();
    const second = await bobWithMessage();
    const before = await tokensIssued();
    expect((await consume([first.delivery])).explicitAcks).toEqual(["m0"]);
    expect((await consume([second.delivery])).explicitAcks).toEqual(["m0"]);
    // The second push reused the cached access token (the first may have been made by an earlier test).
    expect(await tokensIssued()).toBeLessThanOrEqual(before + 1);

    const [push] = await received<FcmReceived>(PEERS.fcm, first.device.token);
    expect(push?.message).toEqual({
      token: first.device.token,
      notification: { title: "Ada Lovelace", body: "On my way" },
      data: { type: "newMessage", chatId: first.chatId, seq: "3" },
      android: {
        priority: "HIGH",
        collapse_key: first.chatId,
        notification: { tag: first.chatId, notification_count: 1 },
      },
      apns: {
        headers: { "apns-priority": "10", "apns-collapse-id": first.chatId },
        payload: { aps: { badge: 1, "thread-id": first.chatId, sound: "default" } },
      },
      webpush: { headers: { Urgency: "high" } },
    });
  });

  it("404 UNREGISTERED: the device is forgotten", async () => {
    const { device, delivery } = await bobWithMessage();
    await plantFailure(PEERS.fcm, device.token, { status: 404, body: FCM_UNREGISTERED });
    expect((await consume([delivery])).explicitAcks).toEqual(["m0"]);
    expect(await deviceExists(device.deviceId)).toBe(false);
  });

  it("503 with Retry-After: retried then, the device kept", async () => {
    const { device, delivery } = await bobWithMessage();
    await plantFailure(PEERS.fcm, device.token, {
      status: 503,
      body: { error: { code: 503, status: "UNAVAILABLE", message: "try later" } },
      retryAfter: "30",
    });
    expect((await consume([delivery])).retryMessages).toEqual([{ msgId: "m0", delaySeconds: 30 }]);
    expect(await deviceExists(device.deviceId)).toBe(true);
  });
});
