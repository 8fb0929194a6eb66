import type { CallServerFrame } from "../../openapi/call-frames.ts";
import type { Effects } from "./machine.ts";
import type { CallSummary } from "./rpc.ts";

// Carries out a transition's Effects: frames to the users' devices (through their UserDOs, which
// hold the sockets) and freed lines. Ephemeral, like typing: a device that cannot be reached now
// misses the frame: its `sync` tells it of the call it is ringing for or in (durable/user/current-call.ts),
// and a device with no socket is rung by push (durable/call/pushes.ts). The chat's summary
// is not sent from here: the object retries it until the chat has it (see CallDO.tellChat).

/** The frames for one device (sessionId) or all of a user's devices but some (null + except). */
export type DeviceFrames = { sessionId: string | null; except: string[]; frame: CallServerFrame };

export type UserCallSink = {
  callFrames(frames: DeviceFrames[]): unknown;
  releaseCallLine(callId: string): unknown;
};

const PARALLEL = 50;

export async function carryOut(callId: string, effects: Effects, userObject: (userId: string) => UserCallSink) {
  const byUser = new Map<string, DeviceFrames[]>();
  for (const { userId, ...frames } of effects.deliveries) {
    const list = byUser.get(userId) ?? [];
    list.push(frames);
    byUser.set(userId, list);
  }
  const work: Array<() => Promise<unknown>> = [];
  for (const userId of new Set(effects.release)) {
    work.push(async () => userObject(userId).releaseCallLine(callId));
  }
  for (const [userId, frames] of byUser) {
    work.push(async () => userObject(userId).callFrames(frames));
  }
  for (let i = 0; i < work.length; i += PARALLEL) {
    await Promise.all(work.slice(i, i + PARALLEL).map((task) => task().catch(() => undefined)));
  }
}

export type ChatCallSink = { closeCall(callId: string, summary: CallSummary | null): Promise<unknown> };
