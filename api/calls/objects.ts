import type { Bindings } from "../env.ts";

export function callObject(env: Bindings, callId: string) {
  return env.CALL.get(env.CALL.idFromName(callId));
}
