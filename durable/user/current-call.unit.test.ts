import { describe, expect, it } from "vitest";
import type { Call } from "../../openapi/call-types.ts";
import type { Outcome } from "../outcome.ts";
import { currentCallFrames } from "./current-call.ts";

const call: Call = {
  callId: `call_${"a".repeat(32)}`,
  chatId: `dlg_${"d".repeat(32)}`,
  video: true,
  initiatorId: "usr_ann",
  state: "ringing",
  reason: null,
  participants: [{ peerId: `peer_${"1".repeat(24)}`, userId: "usr_ann", joinedAt: 5 }],
  ringing: ["usr_bob"],
  self: null,
  meshLimit: 4,
  mode: "mesh",
  tracks: [],
  createdAt: 5,
  answeredAt: null,
  endedAt: null,
};
const viewing = (answer: Outcome<Call>) => ({ view: async () => answer });

describe("the frames a syncing device hears of its user's call", () => {
  it("while its user rings: incomingCall, then the call's state", async () => {
    expect(await currentCallFrames(viewing({ ok: true, value: call }), "usr_bob", "ses_b")).toEqual([
      { type: "incomingCall", callId: call.callId, chatId: call.chatId, fromUserId: "usr_ann", video: true, date: 5 },
      { type: "callState", call },
    ]);
  });

  it("while its user is in the call on another device: only the state", async () => {
    const active = { ...call, state: "active" as const, ringing: [] };
    expect(await currentCallFrames(viewing({ ok: true, value: active }), "usr_bob", "ses_b")).toEqual([
      { type: "callState", call: active },
    ]);
  });

  it("nothing for an ended call or one the user cannot see", async () => {
    const ended = { ...call, state: "ended" as const, reason: "missed" as const, ringing: [] };
    expect(await currentCallFrames(viewing({ ok: true, value: ended }), "usr_bob", "ses_b")).toEqual([]);
    const refused: Outcome<Call> = { ok: false, status: 404, code: "CALL_NOT_FOUND", message: "Call not found" };
    expect(await currentCallFrames(viewing(refused), "usr_bob", "ses_b")).toEqual([]);
  });
});
