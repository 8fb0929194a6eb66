import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { MISCONFIGURED_DELAY_SECONDS } from "../api/push/deliver.ts";
import { PUSH_MAX_RETRIES } from "../api/queue.ts";
import { freshHealthChecks } from "./helpers/app-with-probe.ts";
import { users } from "./helpers/messaging.ts";
import {
  consume,
  deliveryOf,
  deliveryOutcome,
  deviceExists,
  newGroupId,
  PEERS,
  plantFailure,
  received,
  registerApns,
  seedMessage,
} from "./helpers/push.ts";
import type { ApnsReceived } from "./peers/apns.ts";

async function bobWithMessage(sandbox = false) {
  const [bob] = await users(1);
  if (!bob) throw new Error("users");
  const device = await registerApns(bob, undefined, sandbox);
  const chatId = newGroupId();
  await seedMessage(
    bob,
    { id: chatId, kind: "group", title: "Book club" },
    { seq: 1, senderId: "usr_ada", text: "See you at 8?" },
  );
  return { bob, device, chatId, delivery: deliveryOf(bob, device.deviceId, { chatId, seq: 1 }) };
}

describe("APNs", () => {
  it("sends a push Apple accepts: provider token, topic, push type, priority, collapse id, alert and badge", async () => {
    const { device, chatId, delivery } = await bobWithMessage();
    const result = await consume([delivery]);
    expect(result.explicitAcks).toEqual(["m0"]);
    const [push] = await received<ApnsReceived>(PEERS.apns, device.token);
    expect(push).toMatchObject({
      host: "apns.test",
      topic: "ai.iambig.test",
      pushType: "alert",
      priority: "10",
      collapseId: chatId,
      payload: {
        aps: { alert: { title: "Ada Lovelace · Book club", body: "See you at 8?" }, badge: 1, "thread-id": chatId },
        chatId,
        seq: "1",
      },
    });
    expect(await deliveryOutcome(delivery.jobId, device.deviceId)).toBe("sent");

    // The queue redelivers the same message: acknowledged, nothing sent twice.
    expect((await consume([delivery], 2)).explicitAcks).toEqual(["m0"]);
    expect(await received(PEERS.apns, device.token)).toHaveLength(1);
  });

  it("reuses one provider token across pushes (Apple refuses refreshing it every time)", async () => {
    const first = await bobWithMessage();
    const second = await bobWithMessage();
    await consume([first.delivery]);
    await consume([second.delivery]);
    const [a] = await received<ApnsReceived>(PEERS.apns, first.device.token);
    const [b] = await received<ApnsReceived>(PEERS.apns, second.device.token);
    expect(a?.jwt).toBeDefined();
    expect(b?.jwt).toBe(a?.jwt);
  });

  it("a development build's token goes to the sandbox", async () => {
    const { device, delivery } = await bobWithMessage(true);
    await consume([delivery]);
    const [push] = await received<ApnsReceived>(PEERS.apns, device.token);
    expect(push?.host).toBe("apns-sandbox.test");
  });

  for (const [status, reason] of [
    [410, "Unregistered"],
    [400, "BadDeviceToken"],
  ] as const) {
    it(`${status} ${reason}: the device is forgotten and the message acknowledged`, async () => {
      const { device, delivery } = await bobWithMessage();
      await plantFailure(PEERS.apns, device.token, { status, body: { reason } });
      const result = await consume([delivery]);
      expect(result.explicitAcks).toEqual(["m0"]);
      expect(result.retryMessages).toEqual([]);
      expect(await deviceExists(device.deviceId)).toBe(false);
    });
  }

  it("429 with Retry-After: retried after exactly that long, the device kept", async () => {
    const { device, delivery } = await bobWithMessage();
    await plantFailure(PEERS.apns, device.token, {
      status: 429,
      body: { reason: "TooManyRequests" },
      retryAfter: "120",
    });
    const result = await consume([delivery]);
    expect(result.explicitAcks).toEqual([]);
    expect(result.retryMessages).toEqual([{ msgId: "m0", delaySeconds: 120 }]);
    expect(await deviceExists(device.deviceId)).toBe(true);
    expect(await deliveryOutcome(delivery.jobId, device.deviceId)).toBeNull();
    // The retry goes through.
    expect((await consume([delivery], 2)).explicitAcks).toEqual(["m0"]);
    expect(await received(PEERS.apns, device.token)).toHaveLength(1);
  });

  it("one failing device in a batch is retried alone: the others are acknowledged", async () => {
    const good = await bobWithMessage();
    const bad = await bobWithMessage();
    await plantFailure(PEERS.apns, bad.device.token, { status: 500, body: { reason: "InternalServerError" } });
    const result = await consume([bad.delivery, good.delivery]);
    expect(result.explicitAcks).toEqual(["m1"]);
    expect(result.retryMessages.map((r) => r.msgId)).toEqual(["m0"]);
    expect(await received(PEERS.apns, good.device.token)).toHaveLength(1);
  });

  it("a 503 without Retry-After backs off by attempt", async () => {
    const { device, delivery } = await bobWithMessage();
    await plantFailure(PEERS.apns, device.token, { status: 503, body: { reason: "ServiceUnavailable" } });
    expect((await consume([delivery], 3)).retryMessages).toEqual([{ msgId: "m0", delaySeconds: 40 }]);
  });

  it("403 InvalidProviderToken is a configuration error: slow retries, then the dead-letter queue, counted by health", async () => {
    const countedBefore = (await freshHealthChecks()).pushDeadLetters?.count ?? 0;
    const { device, delivery } = await bobWithMessage();
    await plantFailure(PEERS.apns, device.token, { status: 403, body: { reason: "InvalidProviderToken" }, times: 2 });
    expect((await consume([delivery], 1)).retryMessages).toEqual([
      { msgId: "m0", delaySeconds: MISCONFIGURED_DELAY_SECONDS },
    ]);
    // The last attempt the queue makes before its dead-letter queue.
    expect((await consume([delivery], PUSH_MAX_RETRIES + 1)).retryMessages).toHaveLength(1);
    const dead = await env.DB.prepare(
      "SELECT provider, reason, attempts FROM push_dead_letters WHERE job_id = ? AND device_id = ?",
    )
      .bind(delivery.jobId, device.deviceId)
      .first();
    expect(dead).toEqual({ provider: "apns", reason: "apns 403 InvalidProviderToken", attempts: PUSH_MAX_RETRIES + 1 });
    expect(await deviceExists(device.deviceId)).toBe(true);
    expect((await freshHealthChecks()).pushDeadLetters?.count).toBe(countedBefore + 1);
  });
});
