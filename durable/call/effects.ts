import type { CallServerFrame } from "../../openapi/call-frames.ts";
import type { Delivery, Effects } from "./machine.ts";
import type { CallSummary } from "./rpc.ts";

// Carries out a transition's Effects: frames to the users' devices (through their UserDOs, which
// hold the sockets) and freed lines. Ephemeral, like typing: a device that cannot be reached now
// misses the frame and reads the call over REST (GET /api/v1/calls/{callId}). The chat's summary
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

/**
 * The hook for a high-priority push of an incoming call (issue 12 builds push delivery): called with
 * every callee whose devices ring. Until push exists, devices that are not connected hear of the
 * call only when they connect and read it. Keep it cheap and never throwing: ringing must not wait on it.
 */
export type IncomingCallPush = (
  call: { callId: string; chatId: string; fromUserId: string; video: boolean },
  calleeIds: string[],
) => Promise<void>;

export const noIncomingCallPush: IncomingCallPush = async () => {};

/** The callees an Effects rings (its incomingCall frames). */
export function rungUsers(deliveries: Delivery[]): string[] {
  return deliveries.filter((d) => d.frame.type === "incomingCall").map((d) => d.userId);
}

export type ChatCallSink = { closeCall(callId: string, summary: CallSummary | null): Promise<unknown> };
