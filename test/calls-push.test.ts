import { describe, expect, it } from "vitest";
import type { Call } from "../openapi/call-types.ts";
import { callState, isIncoming, startCall } from "./helpers/calls.ts";
import { api, openDialog } from "./helpers/messaging.ts";
import {
  deliveryOutcome,
  eventually,
  PEERS,
  received,
  registerApns,
  registerApnsWithVoip,
  registerFcm,
  registerWebPush,
} from "./helpers/push.ts";
import { addDevice, TestSocket } from "./helpers/realtime.ts";
import { createTestUser } from "./helpers/users.ts";
import type { ApnsReceived } from "./peers/apns.ts";
import type { FcmReceived } from "./peers/fcm.ts";
import type { WebPushReceived } from "./peers/webpush.ts";

// End to end: a call started over REST, its CallDO's push jobs on the real PUSH_QUEUE, the
// consumer splitting them and sending each (job, device) to the local APNs, FCM and Web Push peers.

const RING_SECONDS = 45;

/** What the FCM peer received for a call push (a data message: no `notification`). */
type FcmCallMessage = {
  notification?: unknown;
  data: Record<string, string>;
  android: { priority: string; ttl: string; collapse_key: string };
  apns: { headers: Record<string, string> };
};
const ringJob = (callId: string) => `${callId}:ring:0`;
const nth = async <T>(peer: string, key: string, n: number) =>
  eventually(async () => (await received<T>(peer, key))[n], 20_000);

/** Within a second of the call's ring deadline (the providers' expiry is in whole seconds). */
function expectRingDeadline(seconds: number, call: Call) {
  expect(Math.abs(seconds - (call.createdAt / 1000 + RING_SECONDS))).toBeLessThanOrEqual(1.5);
}

describe("a call rings by push", { timeout: 60_000 }, () => {
  it("VoIP to the iPhone, a HIGH data message to Android, Urgency high to the browser; a device online on the socket gets none; a muted chat still rings; answering stops the others", async () => {
    const ada = await createTestUser({ firstName: "Ada" });
    const bob = await createTestUser({ firstName: "Bob" });
    const iphone = await registerApnsWithVoip(bob);
    const android = await registerFcm(await addDevice(bob));
    const browser = await registerWebPush(await addDevice(bob));
    const desk = await addDevice(bob);
    const deskToken = await registerApns(desk);
    const dialog = await openDialog(ada, bob);
    // Calls ring in a muted chat (most messengers do): mute silences messages, not calls.
    expect((await api(bob, "PATCH", `/chats/${dialog}/settings`, { muted: true })).status).toBe(200);
    const deskSocket = await TestSocket.open(desk, { sync: "now" });

    const started = await startCall(ada, dialog, true);
    expect(started.status).toBe(201);
    const call = started.body.data;
    await deskSocket.waitFor(isIncoming(call.callId));

    const voip = await nth<ApnsReceived>(PEERS.apns, iphone.voipToken, 0);
    expect(voip).toMatchObject({
      topic: "ai.iambig.test.voip",
      pushType: "voip",
      priority: "10",
      collapseId: call.callId,
    });
    expect(voip.payload).toEqual({
      aps: {},
      type: "incomingCall",
      callId: call.callId,
      chatId: dialog,
      callerId: ada.userId,
      callerName: "Ada",
      video: "true",
      expiresAt: String(call.createdAt + RING_SECONDS * 1000),
    });
    expectRingDeadline(Number(voip.expiration), call);

    const fcm = (await nth<FcmReceived>(PEERS.fcm, android.token, 0)).message as unknown as FcmCallMessage;
    // A data message: Android hands it to the app, which shows its own call screen.
    expect(fcm.notification).toBeUndefined();
    expect(fcm.data).toMatchObject({ type: "incomingCall", callId: call.callId, callerName: "Ada", video: "true" });
    expect(fcm.android).toMatchObject({ priority: "HIGH", collapse_key: call.callId });
    const ttl = Number(/^(\d+)s$/.exec(fcm.android.ttl)?.[1]);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(RING_SECONDS);
    expect(fcm.apns.headers).toMatchObject({ "apns-priority": "10", "apns-push-type": "alert" });
    expectRingDeadline(Number(fcm.apns.headers["apns-expiration"]), call);

    const web = await nth<WebPushReceived>(PEERS.webpush, browser.subscriptionId, 0);
    expect(web.urgency).toBe("high");
    expect(Number(web.ttl)).toBeGreaterThan(0);
    expect(Number(web.ttl)).toBeLessThanOrEqual(RING_SECONDS);
    expect(web.topic).toBe(call.callId.slice(-32));
    expect(JSON.parse(web.text)).toMatchObject({
      title: "Ada",
      body: "Incoming video call",
      data: { type: "incomingCall", callId: call.callId },
    });

    // The desk rang on its socket: no push for it.
    expect(await eventually(() => deliveryOutcome(ringJob(call.callId), deskToken.deviceId))).toBe("skipped");
    expect(await received(PEERS.apns, deskToken.token)).toEqual([]);

    // Bob answers at his desk: every device the ring push reached stops ringing.
    deskSocket.send({ type: "callJoin", callId: call.callId });
    await callState(deskSocket, call.callId, (c) => c.state === "active" && c.self !== null);
    const stop = await nth<ApnsReceived>(PEERS.apns, iphone.token, 0);
    // Not a VoIP push (iOS ends an app that gets one without reporting a new call): a background one.
    expect(stop).toMatchObject({
      topic: "ai.iambig.test",
      pushType: "background",
      priority: "5",
      collapseId: call.callId,
    });
    expect(stop.payload).toMatchObject({
      aps: { "content-available": 1 },
      type: "callEnded",
      callId: call.callId,
      reason: "answered",
    });
    const fcmStop = (await nth<FcmReceived>(PEERS.fcm, android.token, 1)).message as unknown as FcmCallMessage;
    expect(fcmStop.notification).toBeUndefined();
    expect(fcmStop.data).toMatchObject({ type: "callEnded", callId: call.callId, reason: "answered" });
    expect(fcmStop.android).toMatchObject({ priority: "HIGH", collapse_key: call.callId });
    expect(fcmStop.apns.headers).toMatchObject({ "apns-priority": "5", "apns-push-type": "background" });
    const webStop = await nth<WebPushReceived>(PEERS.webpush, browser.subscriptionId, 1);
    expect(JSON.parse(webStop.text)).toMatchObject({ data: { type: "callEnded", reason: "answered" } });
    // Exactly one ring to the VoIP token, and nothing for the desk that answered.
    expect(await received(PEERS.apns, iphone.voipToken)).toHaveLength(1);
    expect(await received(PEERS.apns, deskToken.token)).toEqual([]);
  });

  it("a caller who gives up stops the ringing as missed; an app without a VoIP token is rung by a time-sensitive alert", async () => {
    const ada = await createTestUser({ firstName: "Ada" });
    const bob = await createTestUser({ firstName: "Bob" });
    const phone = await registerApns(bob);
    const dialog = await openDialog(ada, bob);
    const adaSocket = await TestSocket.open(ada, { sync: "now" });
    const call = (await startCall(ada, dialog, false)).body.data;

    const ring = await nth<ApnsReceived>(PEERS.apns, phone.token, 0);
    expect(ring).toMatchObject({ topic: "ai.iambig.test", pushType: "alert", priority: "10", collapseId: call.callId });
    expect(ring.payload).toMatchObject({
      aps: { alert: { title: "Ada", body: "Incoming voice call" }, "interruption-level": "time-sensitive" },
      type: "incomingCall",
      video: "false",
    });
    expectRingDeadline(Number(ring.expiration), call);

    adaSocket.send({ type: "callLeave", callId: call.callId });
    expect(await callState(adaSocket, call.callId, (c) => c.state === "ended")).toMatchObject({ reason: "missed" });
    // (The call's history message, "Missed call", gets its own alert push as a message does.)
    const stop = await eventually(async () =>
      (await received<ApnsReceived>(PEERS.apns, phone.token)).find((p) => p.payload.type === "callEnded"),
    );
    expect(stop).toMatchObject({ pushType: "background", priority: "5" });
    expect(stop.payload).toMatchObject({ type: "callEnded", callId: call.callId, reason: "missed" });
  });
});
