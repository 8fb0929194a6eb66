import { describe, expect, it } from "vitest";
import { composeCallNotification, HIDDEN_CALLER_TITLE } from "./call-content.ts";
import type { CallPushDelivery } from "./call-deliveries.ts";

const ring: CallPushDelivery = {
  kind: "callPushDelivery",
  event: "ring",
  jobId: "call_1:ring:0",
  deviceId: "pdv_1",
  userId: "usr_bob",
  callId: "call_1",
  chatId: "dlg_1",
  callerId: "usr_ada",
  callerName: "Ada Lovelace",
  video: true,
  createdAt: 1_000,
  expiresAt: 46_000,
};

describe("a call's push", () => {
  it("an invitation is a high-priority VoIP push named after the caller, expiring at the ring deadline, without a badge", () => {
    expect(composeCallNotification(ring, false)).toEqual({
      title: "Ada Lovelace",
      body: "Incoming video call",
      threadId: "dlg_1",
      collapseId: "call_1",
      priority: "high",
      pushType: "voip",
      expiresAt: 46_000,
      data: {
        type: "incomingCall",
        callId: "call_1",
        chatId: "dlg_1",
        callerId: "usr_ada",
        callerName: "Ada Lovelace",
        video: "true",
        expiresAt: "46000",
      },
    });
  });

  it("hidden previews keep the caller's name out of it", () => {
    const hidden = composeCallNotification({ ...ring, video: false }, true);
    expect(hidden).toMatchObject({ title: HIDDEN_CALLER_TITLE, body: "Incoming voice call" });
    expect(JSON.stringify(hidden)).not.toContain("Ada");
  });

  it("a stop is a silent background push on the same collapse id, saying why", () => {
    const stop = composeCallNotification({ ...ring, event: "stop", reason: "answered" }, false);
    expect(stop).toMatchObject({ pushType: "background", collapseId: "call_1", title: "", body: "" });
    expect(stop.data).toMatchObject({ type: "callEnded", callId: "call_1", reason: "answered" });
    expect(stop.badge).toBeUndefined();
  });
});
