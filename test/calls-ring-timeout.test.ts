import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { CALL_RECORD_RETENTION_MS } from "../durable/call/call-do.ts";
import { callState, callStub, isIncoming, ringDeadlinePassed, startCall } from "./helpers/calls.ts";
import { api, createGroup, openDialog, users } from "./helpers/messaging.ts";
import { TestSocket } from "./helpers/realtime.ts";

describe("the ring timeout", () => {
  it("ends an unanswered call as missed by the call's alarm, not before its deadline", async () => {
    const [ann, bob] = await users(2);
    if (!ann || !bob) throw new Error("users");
    const chatId = await openDialog(ann, bob);
    const bobSocket = await TestSocket.open(bob, { sync: "now" });
    const call = (await startCall(ann, chatId)).body.data;
    await bobSocket.waitFor(isIncoming(call.callId));
    // The alarm is set (for the deadline, 45 s away): running it early changes nothing.
    expect(await runDurableObjectAlarm(callStub(call.callId))).toBe(true);
    expect((await api(ann, "GET", `/calls/${call.callId}`)).body.data).toMatchObject({ state: "ringing" });
    await ringDeadlinePassed(call.callId);
    await runDurableObjectAlarm(callStub(call.callId));
    expect(await callState(bobSocket, call.callId, (c) => c.state === "ended")).toMatchObject({
      reason: "missed",
      ringing: [],
    });
    // Its record is kept a while for GET /calls/{callId}, then its storage is deleted by the alarm.
    await runInDurableObject(callStub(call.callId), (_instance, state) => {
      state.storage.sql.exec("UPDATE call SET ended_at = ?", Date.now() - CALL_RECORD_RETENTION_MS);
    });
    expect(await runDurableObjectAlarm(callStub(call.callId))).toBe(true);
    expect((await api(ann, "GET", `/calls/${call.callId}`)).status).toBe(404);
    expect(await runDurableObjectAlarm(callStub(call.callId))).toBe(false);
  });

  it("stops ringing the rest of a group whose call goes on", async () => {
    const [ann, bob, cat] = await users(3);
    if (!ann || !bob || !cat) throw new Error("users");
    const group = await createGroup(ann, [bob, cat]);
    const bobSocket = await TestSocket.open(bob, { sync: "now" });
    const catSocket = await TestSocket.open(cat, { sync: "now" });
    const call = (await startCall(ann, group)).body.data;
    bobSocket.send({ type: "callJoin", callId: call.callId });
    await callState(bobSocket, call.callId, (c) => c.state === "active");
    await ringDeadlinePassed(call.callId);
    await runDurableObjectAlarm(callStub(call.callId));
    expect(await callState(catSocket, call.callId, (c) => c.ringing.length === 0)).toMatchObject({ state: "active" });
    // A latecomer may still join.
    catSocket.send({ type: "callJoin", callId: call.callId });
    const joined = await callState(catSocket, call.callId, (c) => c.self !== null);
    expect(joined.participants.map((p) => p.userId)).toEqual([ann.userId, bob.userId, cat.userId]);
  });
});
