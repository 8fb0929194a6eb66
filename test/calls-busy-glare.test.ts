import { describe, expect, it } from "vitest";
import { callState, startCall } from "./helpers/calls.ts";
import { api, createGroup, openDialog, users } from "./helpers/messaging.ts";
import { TestSocket } from "./helpers/realtime.ts";

describe("busy and glare", () => {
  it("resolves glare to one call: both sides dial at once and end up in the same call", async () => {
    const [ann, bob] = await users(2);
    if (!ann || !bob) throw new Error("users");
    const chatId = await openDialog(ann, bob);
    const [a, b] = await Promise.all([startCall(ann, chatId), startCall(bob, chatId)]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.data.callId).toBe(b.body.data.callId);
    const call = (await api(ann, "GET", `/calls/${a.body.data.callId}`)).body.data;
    expect(call).toMatchObject({ state: "active", ringing: [] });
    expect((call as { participants: unknown[] }).participants).toHaveLength(2);
  });

  it("answers busy when the callee is in another call, and refuses a caller who is in one", async () => {
    const [ann, bob, cat] = await users(3);
    if (!ann || !bob || !cat) throw new Error("users");
    const annBob = await openDialog(ann, bob);
    const catAnn = await openDialog(cat, ann);
    const bobSocket = await TestSocket.open(bob, { sync: "now" });
    const first = (await startCall(ann, annBob)).body.data;
    bobSocket.send({ type: "callJoin", callId: first.callId });
    await callState(bobSocket, first.callId, (c) => c.state === "active");

    const catSocket = await TestSocket.open(cat, { sync: "now" });
    const busy = await startCall(cat, catAnn);
    expect(busy.status).toBe(201);
    expect(busy.body.data).toMatchObject({ state: "ended", reason: "busy" });
    expect(await callState(catSocket, busy.body.data.callId, (c) => c.state === "ended")).toMatchObject({
      reason: "busy",
    });

    const group = await createGroup(cat, [ann]);
    const refused = await startCall(ann, group);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("BUSY");
    // Once Ann hangs up she is free again, and the line of the refused group call was freed too.
    bobSocket.send({ type: "callLeave", callId: first.callId });
    await callState(bobSocket, first.callId, (c) => c.state === "ended");
    const free = await startCall(ann, group);
    expect(free.status).toBe(201);
    expect(free.body.data).toMatchObject({ state: "ringing", ringing: [cat.userId] });
  });
});
