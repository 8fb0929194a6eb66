import { describe, expect, it } from "vitest";
import { callState, isIncoming, startCall } from "./helpers/calls.ts";
import { api, createGroup, drain, openDialog, users } from "./helpers/messaging.ts";
import { TestSocket } from "./helpers/realtime.ts";

const FAKE_PEER = `peer_${"0".repeat(24)}`;

describe("who may call, and whose frames are relayed", () => {
  it("refuses non-members and removed members with 404, and bad input with 400", async () => {
    const [ann, bob, eve, dan] = await users(4);
    if (!ann || !bob || !eve || !dan) throw new Error("users");
    const dialog = await openDialog(ann, bob);
    const group = await createGroup(ann, [bob, dan]);
    const removed = await api(ann, "DELETE", `/groups/${group}/members/${dan.userId}`);
    expect(removed.status, JSON.stringify(removed.body)).toBeLessThan(300);
    await drain(group);

    for (const [user, chatId] of [
      [eve, dialog],
      [eve, group],
      [dan, group],
    ] as const) {
      const answer = await startCall(user, chatId);
      expect(answer.status, JSON.stringify(answer.body)).toBe(404);
      expect(answer.body.success).toBe(false);
    }
    expect((await startCall(ann, `grp_${"f".repeat(32)}`)).status).toBe(404);

    for (const body of [{ video: "yes" }, {}, { video: true, initiatorId: eve.userId }]) {
      const answer = await api(ann, "POST", `/chats/${dialog}/calls`, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error.code).toBe("VALIDATION_FAILED");
    }
    expect((await api(ann, "POST", "/chats/not-a-chat/calls", { video: true })).status).toBe(400);
    expect((await api(ann, "POST", `/chats/${dialog}/calls`, "{", { "content-type": "application/json" })).status).toBe(
      400,
    );
    expect((await api(null, "POST", `/chats/${dialog}/calls`, { video: true })).status).toBe(401);

    // A group call rings the members it has now: the removed member is not one of them.
    const call = (await startCall(ann, group)).body.data;
    expect(call.ringing).toEqual([bob.userId]);
    const danSocket = await TestSocket.open(dan, { sync: "now" });
    danSocket.send({ type: "callJoin", callId: call.callId });
    expect(await danSocket.waitFor((f) => f.type === "error")).toMatchObject({
      code: "NOT_FOUND",
      details: { reason: "CALL_NOT_FOUND" },
    });
    for (const user of [dan, eve]) expect((await api(user, "GET", `/calls/${call.callId}`)).status).toBe(404);
    expect((await api(ann, "GET", `/calls/call_${"0".repeat(32)}`)).status).toBe(404);
    expect((await api(ann, "GET", "/calls/not-a-call")).status).toBe(400);
  });

  it("relays nothing from a device that is not in the call: an outsider, a ringing callee, or to an unknown peer", async () => {
    const [ann, bob, eve] = await users(3);
    if (!ann || !bob || !eve) throw new Error("users");
    const chatId = await openDialog(ann, bob);
    const annSocket = await TestSocket.open(ann, { sync: "now" });
    const bobSocket = await TestSocket.open(bob, { sync: "now" });
    const eveSocket = await TestSocket.open(eve, { sync: "now" });
    const call = (await startCall(ann, chatId)).body.data;
    const annPeer = call.self as string;
    await bobSocket.waitFor(isIncoming(call.callId));

    const offer = { type: "callOffer" as const, callId: call.callId, to: annPeer, sdp: "v=0" };
    eveSocket.send(offer);
    expect(await eveSocket.waitFor((f) => f.type === "error")).toMatchObject({ code: "NOT_FOUND" });
    eveSocket.send({ type: "callJoin", callId: call.callId });
    eveSocket.send({ type: "callLeave", callId: call.callId });
    bobSocket.send(offer);
    expect(await bobSocket.waitFor((f) => f.type === "error")).toMatchObject({ code: "NOT_FOUND" });

    bobSocket.send({ type: "callJoin", callId: call.callId });
    await callState(annSocket, call.callId, (c) => c.state === "active");
    const mark = bobSocket.frames.length;
    bobSocket.send({ ...offer, to: FAKE_PEER });
    expect(await bobSocket.waitFor((f) => f.type === "error", { from: mark })).toMatchObject({
      code: "NOT_FOUND",
      details: { reason: "CALL_PEER_NOT_FOUND" },
    });
    // Malformed call frames are refused by the schema like any other frame.
    for (const bad of [
      { type: "callOffer", callId: call.callId, to: annPeer },
      { type: "callIce", callId: call.callId, to: annPeer, candidate: "x" },
      { type: "callJoin", callId: "call_1" },
      { type: "callOffer", callId: call.callId, to: annPeer, sdp: "x".repeat(40_000) },
    ]) {
      const before = bobSocket.frames.length;
      bobSocket.send(JSON.stringify(bad));
      const error = await bobSocket.waitFor((f) => f.type === "error", { from: before });
      expect(["INVALID_FRAME", "FRAME_TOO_LARGE"]).toContain((error as { code: string }).code);
    }
    // None of it reached Ann, and the call is still up; Eve's frames changed nothing.
    expect(annSocket.frames.some((f) => f.type === "callOffer")).toBe(false);
    expect((await api(ann, "GET", `/calls/${call.callId}`)).body.data).toMatchObject({ state: "active" });
  });
});
