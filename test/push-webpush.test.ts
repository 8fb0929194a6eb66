import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { users } from "./helpers/messaging.ts";
import {
  consume,
  deliveryOf,
  deviceExists,
  newGroupId,
  PEERS,
  plantFailure,
  received,
  registerWebPush,
  seedMessage,
} from "./helpers/push.ts";
import type { WebPushReceived } from "./peers/webpush.ts";

async function bobWithMessage(text: string) {
  const [bob] = await users(1);
  if (!bob) throw new Error("users");
  const device = await registerWebPush(bob);
  const chatId = newGroupId();
  await seedMessage(bob, { id: chatId, kind: "group", title: "Weekend trip" }, { seq: 2, senderId: "usr_ada", text });
  return { device, chatId, delivery: deliveryOf(bob, device.deviceId, { chatId, seq: 2 }) };
}

describe("Web Push", () => {
  it("the push service decrypts the aes128gcm payload with the subscription's private key and finds the text", async () => {
    const { device, chatId, delivery } = await bobWithMessage("Tickets are booked ✈️");
    expect((await consume([delivery])).explicitAcks).toEqual(["m0"]);
    const [push] = await received<WebPushReceived>(PEERS.webpush, device.subscriptionId);
    if (!push) throw new Error("nothing arrived");
    // The key the Worker was given (test/peers/push-credentials.ts makes it in the config's process).
    expect(push.vapidKey).toBe(env.VAPID_PUBLIC_KEY);
    expect(push.urgency).toBe("high");
    expect(push.topic).toBe(chatId.slice(-32));
    expect(Number(push.ttl)).toBeGreaterThan(0);
    expect(JSON.parse(push.text)).toMatchObject({
      title: "Ada Lovelace · Weekend trip",
      body: "Tickets are booked ✈️",
      badge: 1,
      data: { chatId, seq: "2" },
    });
  });

  for (const status of [404, 410]) {
    it(`${status}: the subscription is gone, so is the device`, async () => {
      const { device, delivery } = await bobWithMessage("hello");
      await plantFailure(PEERS.webpush, device.subscriptionId, { status });
      expect((await consume([delivery])).explicitAcks).toEqual(["m0"]);
      expect(await deviceExists(device.deviceId)).toBe(false);
    });
  }

  it("403 (the push service refuses our VAPID key) is a configuration error", async () => {
    const { device, delivery } = await bobWithMessage("hello");
    await plantFailure(PEERS.webpush, device.subscriptionId, { status: 403 });
    expect((await consume([delivery])).retryMessages).toEqual([{ msgId: "m0", delaySeconds: 600 }]);
    expect(await deviceExists(device.deviceId)).toBe(true);
  });
});
