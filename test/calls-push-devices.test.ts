import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { fanOutCallJob } from "../api/push/fan-out.ts";
import { callState, startCall } from "./helpers/calls.ts";
import { api, createGroup, openDialog, users } from "./helpers/messaging.ts";
import {
  apnsToken,
  deviceExists,
  eventually,
  PEERS,
  plantFailure,
  received,
  registerApnsWithVoip,
  registerFcm,
} from "./helpers/push.ts";
import { addDevice, TestSocket } from "./helpers/realtime.ts";
import type { ApnsReceived } from "./peers/apns.ts";

const voipTokenOf = async (deviceId: string) =>
  (
    await env.DB.prepare("SELECT json_extract(details, '$.voipToken') AS voip FROM push_devices WHERE id = ?")
      .bind(deviceId)
      .first<{ voip: string | null }>()
  )?.voip ?? null;

describe("an APNs target's VoIP token", () => {
  it("is checked like the alert token, shown in the list, and has one owner", async () => {
    const [bob, eve] = await users(2);
    if (!bob || !eve) throw new Error("users");
    const bad = await api(bob, "PUT", "/me/push", {
      kind: "apns",
      token: apnsToken(),
      topic: "ai.iambig.test",
      voipToken: "not-hex",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.success).toBe(false);
    expect(bad.body.error.code).toBe("VALIDATION_FAILED");

    const phone = await registerApnsWithVoip(bob);
    expect(await voipTokenOf(phone.deviceId)).toBe(phone.voipToken);
    const list = await api<{ devices: { label: string }[] }>(bob, "GET", "/me/push");
    expect(list.body.data.devices.map((d) => d.label)).toEqual([`apns …${phone.token.slice(-8)} + voip`]);

    // The phone changed hands: the new owner's app registers the same PushKit token.
    const taken = await api(eve, "PUT", "/me/push", {
      kind: "apns",
      token: apnsToken(),
      topic: "ai.iambig.test",
      voipToken: phone.voipToken.toUpperCase(),
    });
    expect(taken.status).toBe(200);
    expect(await deviceExists(phone.deviceId)).toBe(false);
  });

  it("a dead VoIP token is forgotten alone: the device keeps its alert token and the next call rings it as an alert", async () => {
    const [ann, bob] = await users(2);
    if (!ann || !bob) throw new Error("users");
    const phone = await registerApnsWithVoip(bob);
    await plantFailure(PEERS.apns, phone.voipToken, { status: 410, body: { reason: "Unregistered" } });
    const dialog = await openDialog(ann, bob);
    const annSocket = await TestSocket.open(ann, { sync: "now" });
    const first = (await startCall(ann, dialog)).body.data;
    await eventually(async () => (await voipTokenOf(phone.deviceId)) === null, 20_000);
    expect(await deviceExists(phone.deviceId)).toBe(true);
    annSocket.send({ type: "callLeave", callId: first.callId });
    await callState(annSocket, first.callId, (c) => c.state === "ended");

    const second = (await startCall(ann, dialog)).body.data;
    const ring = await eventually(
      async () =>
        (await received<ApnsReceived>(PEERS.apns, phone.token)).find(
          (p) => p.payload.type === "incomingCall" && p.payload.callId === second.callId,
        ),
      20_000,
    );
    expect(ring).toMatchObject({ pushType: "alert", topic: "ai.iambig.test", priority: "10" });
    expect(await received(PEERS.apns, phone.voipToken)).toEqual([]);
  });
});

describe("a group call's ring push", () => {
  it("skips a member who blocked the caller", async () => {
    const [ann, bob, cat] = await users(3);
    if (!ann || !bob || !cat) throw new Error("users");
    const group = await createGroup(ann, [bob, cat]);
    await registerFcm(bob);
    await registerFcm(await addDevice(bob));
    await registerFcm(cat);
    const job = {
      kind: "callPush" as const,
      event: "ring" as const,
      jobId: `call_${"e".repeat(32)}:ring:0`,
      callId: `call_${"e".repeat(32)}`,
      chatId: group,
      callerId: ann.userId,
      video: false,
      recipientIds: [bob.userId, cat.userId],
      createdAt: Date.now(),
      expiresAt: Date.now() + 45_000,
    };
    expect(await fanOutCallJob(env, job)).toBe(3);
    expect((await api(cat, "PUT", `/me/blocked/${ann.userId}`)).status).toBe(200);
    // Bob's two devices; none of Cat's.
    expect(await fanOutCallJob(env, { ...job, jobId: `${job.callId}:ring:1` })).toBe(2);
  });
});
