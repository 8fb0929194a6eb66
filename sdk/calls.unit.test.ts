import { describe, expect, it } from "vitest";
import { type Call, createCallClient } from "./calls.ts";
import type { CallFrame, RealtimeClient } from "./realtime.ts";

/** Just enough of the realtime client: the call frames it would emit, and the frames sent. */
function fakeRealtime() {
  const listeners: Record<string, ((frame: never) => void)[]> = {};
  const sent: unknown[] = [];
  const realtime = {
    on: (event: string, listener: (frame: never) => void) => {
      listeners[event] = [...(listeners[event] ?? []), listener];
      return () => undefined;
    },
    sendCall: (frame: unknown) => sent.push(frame) > 0,
  } as unknown as RealtimeClient;
  const receive = (frame: CallFrame) => {
    for (const listener of listeners.call ?? []) listener(frame as never);
  };
  return { realtime, receive, sent };
}

const call = (fields: Partial<Call>): Call => ({
  callId: `call_${"a".repeat(32)}`,
  chatId: `dlg_${"d".repeat(32)}`,
  video: true,
  initiatorId: "usr_ann",
  state: "ringing",
  reason: null,
  participants: [],
  ringing: ["usr_bob"],
  self: null,
  meshLimit: 4,
  mode: "mesh",
  tracks: [],
  createdAt: 1,
  answeredAt: null,
  endedAt: null,
  ...fields,
});

describe("the call helper", () => {
  it("reports a call this device is not in as `other` (so a device that rang can stop ringing), not as `state`", () => {
    const { realtime, receive } = fakeRealtime();
    const calls = createCallClient({ realtime, baseUrl: "https://api.test", token: "t" });
    const incoming: string[] = [];
    const other: Call[] = [];
    const state: Call[] = [];
    calls.on("incoming", (frame) => incoming.push(frame.callId));
    calls.on("other", (c) => other.push(c));
    calls.on("state", (c) => state.push(c));

    const ringing = call({});
    receive({
      type: "incomingCall",
      callId: ringing.callId,
      chatId: ringing.chatId,
      fromUserId: "usr_ann",
      video: true,
      date: 1,
    });
    receive({ type: "callState", call: ringing });
    const answeredElsewhere = call({ state: "active", ringing: [] });
    receive({ type: "callState", call: answeredElsewhere });

    expect(incoming).toEqual([ringing.callId]);
    expect(other).toEqual([ringing, answeredElsewhere]);
    expect(state).toEqual([]);
    expect(calls.current).toBeNull();
  });
});
