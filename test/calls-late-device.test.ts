import { describe, expect, it } from "vitest";
import { callState, isIncoming, startCall } from "./helpers/calls.ts";
import { createGroup, openDialog, users } from "./helpers/messaging.ts";
import { addDevice, TestSocket } from "./helpers/realtime.ts";

// A device that was not connected when the call started (a phone opened from the ring push) learns
// of it from its sync: the call's frames are not in the update log, so the sync adds them.

describe("a device that connects while a call rings for it", () => {
  it("hears incomingCall and the call's state right after synced, and can accept it", async () => {
    const [ann, bob] = await users(2);
    if (!ann || !bob) throw new Error("users");
    const chatId = await openDialog(ann, bob);
    const annSocket = await TestSocket.open(ann, { sync: "now" });
    const call = (await startCall(ann, chatId, true)).body.data;

    const bobPhone = await TestSocket.open(bob, { sync: "now" });
    const synced = bobPhone.frames.findIndex((f) => f.type === "synced");
    expect(await bobPhone.waitFor(isIncoming(call.callId), { from: synced })).toMatchObject({
      chatId,
      fromUserId: ann.userId,
      video: true,
      date: call.createdAt,
    });
    expect(await callState(bobPhone, call.callId, (c) => c.state === "ringing", synced)).toMatchObject({
      ringing: [bob.userId],
      self: null,
    });

    bobPhone.send({ type: "callJoin", callId: call.callId });
    const joined = await callState(bobPhone, call.callId, (c) => c.state === "active" && c.self !== null);
    expect(joined.participants.map((p) => p.userId)).toEqual([ann.userId, bob.userId]);
    await callState(annSocket, call.callId, (c) => c.state === "active");
  });

  it("a device of a user already in the call hears its state (not ringing); after the call, a sync says nothing of it", async () => {
    const [ann, bob, cat] = await users(3);
    if (!ann || !bob || !cat) throw new Error("users");
    const group = await createGroup(ann, [bob, cat]);
    const annSocket = await TestSocket.open(ann, { sync: "now" });
    const bobPhone = await TestSocket.open(bob, { sync: "now" });
    const call = (await startCall(ann, group, false)).body.data;
    bobPhone.send({ type: "callJoin", callId: call.callId });
    await callState(bobPhone, call.callId, (c) => c.state === "active" && c.self !== null);

    const bobLaptop = await TestSocket.open(await addDevice(bob), { sync: "now" });
    const state = await callState(bobLaptop, call.callId, (c) => c.state === "active");
    expect(state.self).toBeNull();
    expect(state.participants.map((p) => p.userId)).toEqual([ann.userId, bob.userId]);
    expect(state.ringing).toEqual([cat.userId]);
    expect(bobLaptop.frames.some((f) => f.type === "incomingCall")).toBe(false);

    annSocket.send({ type: "callLeave", callId: call.callId });
    await callState(bobPhone, call.callId, (c) => c.state === "ended");
    const later = await TestSocket.open(await addDevice(bob), { sync: "now" });
    // The next call rings it live; nothing before that spoke of the ended one.
    const next = (await startCall(cat, group, false)).body.data;
    await later.waitFor(isIncoming(next.callId));
    const aboutOld = later.frames.filter(
      (f) =>
        (f.type === "incomingCall" && f.callId === call.callId) ||
        (f.type === "callState" && f.call.callId === call.callId),
    );
    expect(aboutOld).toEqual([]);
  });
});
