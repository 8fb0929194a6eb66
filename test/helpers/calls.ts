import { env, runInDurableObject } from "cloudflare:test";
import type { CallStateFrame, IncomingCallFrame } from "../../openapi/call-frames.ts";
import type { Call } from "../../openapi/call-types.ts";
import type { ServerFrame } from "../../openapi/realtime-frames.ts";
import { api, type TestUser } from "./messaging.ts";
import type { TestSocket } from "./realtime.ts";

export async function startCall(user: TestUser, chatId: string, video = true) {
  return api<Call>(user, "POST", `/chats/${chatId}/calls`, { video });
}

export const isIncoming =
  (callId: string) =>
  (f: ServerFrame): f is IncomingCallFrame =>
    f.type === "incomingCall" && f.callId === callId;

/** The first callState of the call matching `match`. */
export function callState(socket: TestSocket, callId: string, match: (call: Call) => boolean, from = 0) {
  return socket
    .waitFor((f): f is CallStateFrame => f.type === "callState" && f.call.callId === callId && match(f.call), { from })
    .then((frame) => (frame as CallStateFrame).call);
}

export function callStub(callId: string) {
  return env.CALL.get(env.CALL.idFromName(callId));
}

/** Moves the call's ring deadline to the past, so that its alarm finds the timeout due. */
export async function ringDeadlinePassed(callId: string) {
  await runInDurableObject(callStub(callId), (_instance, state) => {
    state.storage.sql.exec("UPDATE call SET ring_deadline = ?", Date.now() - 1);
  });
}
