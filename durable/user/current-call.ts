import type { CallServerFrame } from "../../openapi/call-frames.ts";
import type { Call } from "../../openapi/call-types.ts";
import type { Outcome } from "../outcome.ts";

// A device that connects (or syncs) while a call rings for its user, or while the user is in one,
// missed the call's frames: they are not in the update log. Its `sync` is answered with them, as
// if they were live: `incomingCall` when the user's devices ring (a phone opened from the ring
// push can accept at once), then the call's `callState` (with `self` when this very device is in
// it, e.g. after a replaced socket).

type CallViewer = { view(userId: string, sessionId: string): Promise<Outcome<Call>> };

/** The frames that tell one device of the call holding its user's line; none when there is no live call. */
export async function currentCallFrames(
  call: CallViewer,
  userId: string,
  sessionId: string,
): Promise<CallServerFrame[]> {
  const answer = await call.view(userId, sessionId);
  if (!answer.ok || answer.value.state === "ended") return [];
  const view = answer.value;
  const frames: CallServerFrame[] = [];
  if (view.ringing.includes(userId)) {
    frames.push({
      type: "incomingCall",
      callId: view.callId,
      chatId: view.chatId,
      fromUserId: view.initiatorId,
      video: view.video,
      date: view.createdAt,
    });
  }
  frames.push({ type: "callState", call: view });
  return frames;
}
