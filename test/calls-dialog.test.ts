import { describe, expect, it } from "vitest";
import type { CallRelayFrame } from "../openapi/call-frames.ts";
import { callState, isIncoming, startCall } from "./helpers/calls.ts";
import { api, openDialog, users } from "./helpers/messaging.ts";
import { addDevice, TestSocket } from "./helpers/realtime.ts";

describe("a 1:1 call", () => {
  it("rings every device of the callee; the first to answer wins; SDP and ICE reach the other side; hang-up ends it for both", async () => {
    const [ann, bob] = await users(2);
    if (!ann || !bob) throw new Error("users");
    const chatId = await openDialog(ann, bob);
    const annSocket = await TestSocket.open(ann, { sync: "now" });
    const bobPhone = await TestSocket.open(bob, { sync: "now" });
    const bobLaptop = await TestSocket.open(await addDevice(bob), { sync: "now" });

    const started = await startCall(ann, chatId, true);
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const call = started.body.data;
    expect(call).toMatchObject({
      chatId,
      video: true,
      initiatorId: ann.userId,
      state: "ringing",
      ringing: [bob.userId],
    });
    expect(call.self).toBe(call.participants[0]?.peerId);
    for (const device of [bobPhone, bobLaptop]) {
      expect(await device.waitFor(isIncoming(call.callId))).toMatchObject({
        fromUserId: ann.userId,
        chatId,
        video: true,
      });
    }

    bobPhone.send({ type: "callJoin", callId: call.callId });
    const onPhone = await callState(bobPhone, call.callId, (c) => c.state === "active" && c.self !== null);
    expect(onPhone.participants.map((p) => p.userId)).toEqual([ann.userId, bob.userId]);
    // The laptop stops ringing: it hears the call is active with nobody ringing, and cannot answer too.
    const onLaptop = await callState(bobLaptop, call.callId, (c) => c.state === "active");
    expect(onLaptop).toMatchObject({ self: null, ringing: [] });
    const mark = bobLaptop.frames.length;
    bobLaptop.send({ type: "callJoin", callId: call.callId });
    expect(await bobLaptop.waitFor((f) => f.type === "error", { from: mark })).toMatchObject({
      code: "CONFLICT",
      details: { reason: "CALL_ANSWERED_ELSEWHERE", callId: call.callId },
    });
    const annSide = await callState(annSocket, call.callId, (c) => c.state === "active" && c.self === call.self);
    expect(annSide.answeredAt).not.toBeNull();

    // The newcomer offers to each participant; the offer arrives from its peer id.
    const sdp = `v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n${"a=x\r\n".repeat(1500)}`;
    expect(sdp.length).toBeGreaterThan(4096);
    bobPhone.send({ type: "callOffer", callId: call.callId, to: call.self as string, sdp });
    const offer = (await annSocket.waitFor((f) => f.type === "callOffer")) as Extract<
      CallRelayFrame,
      { type: "callOffer" }
    >;
    expect(offer).toEqual({ type: "callOffer", callId: call.callId, from: onPhone.self, fromUserId: bob.userId, sdp });
    annSocket.send({ type: "callAnswer", callId: call.callId, to: offer.from, sdp: "v=0 answer" });
    expect(await bobPhone.waitFor((f) => f.type === "callAnswer")).toMatchObject({
      from: call.self,
      sdp: "v=0 answer",
    });
    const candidate = {
      candidate: "candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host",
      sdpMid: "0",
      sdpMLineIndex: 0,
    };
    annSocket.send({ type: "callIce", callId: call.callId, to: offer.from, candidate });
    expect(await bobPhone.waitFor((f) => f.type === "callIce")).toMatchObject({ from: call.self, candidate });
    // Relayed to the device in the call only.
    expect(
      bobLaptop.frames.some((f) => f.type === "callOffer" || f.type === "callAnswer" || f.type === "callIce"),
    ).toBe(false);

    annSocket.send({ type: "callLeave", callId: call.callId });
    for (const device of [annSocket, bobPhone, bobLaptop]) {
      const ended = await callState(device, call.callId, (c) => c.state === "ended");
      expect(ended).toMatchObject({ reason: "hangup", participants: [] });
    }
    const read = await api(bob, "GET", `/calls/${call.callId}`);
    expect(read.status).toBe(200);
    expect(read.body.data).toMatchObject({ state: "ended", reason: "hangup" });
    // The line is free: the next call starts a new one.
    const again = await startCall(bob, chatId, false);
    expect(again.status).toBe(201);
    expect(again.body.data.callId).not.toBe(call.callId);
  });

  it("ends as declined when the callee declines, on every device", async () => {
    const [ann, bob] = await users(2);
    if (!ann || !bob) throw new Error("users");
    const chatId = await openDialog(ann, bob);
    const annSocket = await TestSocket.open(ann, { sync: "now" });
    const bobSocket = await TestSocket.open(bob, { sync: "now" });
    const call = (await startCall(ann, chatId, false)).body.data;
    await bobSocket.waitFor(isIncoming(call.callId));
    bobSocket.send({ type: "callLeave", callId: call.callId });
    expect(await callState(annSocket, call.callId, (c) => c.state === "ended")).toMatchObject({ reason: "declined" });
    expect(await callState(bobSocket, call.callId, (c) => c.state === "ended")).toMatchObject({ reason: "declined" });
  });
});

describe("a device that goes away", () => {
  it("leaves the call when its socket closes, which ends a 1:1 call as hangup", async () => {
    const [ann, bob] = await users(2);
    if (!ann || !bob) throw new Error("users");
    const chatId = await openDialog(ann, bob);
    const annSocket = await TestSocket.open(ann, { sync: "now" });
    const bobSocket = await TestSocket.open(bob, { sync: "now" });
    const call = (await startCall(ann, chatId)).body.data;
    bobSocket.send({ type: "callJoin", callId: call.callId });
    await callState(annSocket, call.callId, (c) => c.state === "active");
    bobSocket.close();
    expect(await callState(annSocket, call.callId, (c) => c.state === "ended")).toMatchObject({ reason: "hangup" });
  });
});
