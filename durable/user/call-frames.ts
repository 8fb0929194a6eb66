import type { CallJoinFrame, CallLeaveFrame, CallSignalFrame } from "../../openapi/call-frames.ts";
import type { ErrorFrame } from "../../openapi/realtime-frames.ts";
import type { Outcome } from "../outcome.ts";
import type { SocketAttachment } from "./sockets.ts";

// A device's call frames go to the call's CallDO, which knows who is in it; a refusal comes back
// to the device as an `error` frame naming the call (the server never relays for a device that
// is not in the call).

export type CallClientFrame = CallJoinFrame | CallLeaveFrame | CallSignalFrame;

type CallStub = {
  join(userId: string, sessionId: string): Promise<Outcome<unknown>>;
  leave(userId: string, sessionId: string, reason: CallLeaveFrame["reason"]): Promise<Outcome<unknown>>;
  signal(userId: string, sessionId: string, frame: CallSignalFrame): Promise<Outcome<unknown>>;
};

const FRAME_CODES: Record<number, ErrorFrame["code"]> = { 404: "NOT_FOUND", 409: "CONFLICT" };

/** Hands one call frame to its call; answers the error frame to send back, or null. */
export async function forwardCallFrame(
  call: CallStub,
  attachment: SocketAttachment,
  frame: CallClientFrame,
): Promise<ErrorFrame | null> {
  const { userId, sessionId } = attachment;
  let result: Outcome<unknown>;
  try {
    if (frame.type === "callJoin") result = await call.join(userId, sessionId);
    else if (frame.type === "callLeave") result = await call.leave(userId, sessionId, frame.reason);
    else result = await call.signal(userId, sessionId, frame);
  } catch (error) {
    console.error(JSON.stringify({ level: "error", message: "call frame failed", error: String(error) }));
    return { type: "error", code: "INTERNAL_ERROR", message: "The call frame failed: send it again" };
  }
  if (result.ok) return null;
  return {
    type: "error",
    code: FRAME_CODES[result.status] ?? "INVALID_FRAME",
    message: result.message,
    details: { callId: frame.callId, frameType: frame.type, reason: result.code },
  };
}
