import type { CallEndReason } from "../../openapi/call-types.ts";

// What crosses the CallDO's boundary: the types the Worker (api/), the ChatDO and the UserDO use.
// api/ reaches them through durable/index.ts.

/** A chat's call line (ChatDO) hands this to the CallDO: enough to start the call from whichever request arrives first. */
export type CallOpening = {
  callId: string;
  chatId: string;
  kind: "dialog" | "group";
  video: boolean;
  /** Start in SFU mode (POST …/calls {sfu: true}); absent in openings made before SFU mode existed. */
  sfu?: boolean;
  initiatorId: string;
  initiatorSessionId: string;
  memberIds: string[];
  createdAt: number;
};

/** How a call went, for its history message in the chat. */
export type CallSummary = {
  callId: string;
  initiatorId: string;
  video: boolean;
  reason: CallEndReason;
  /** From the first answer to the end; null when nobody answered. */
  durationMs: number | null;
  endedAt: number;
};

export function newCallId(): string {
  return `call_${crypto.randomUUID().replace(/-/g, "")}`;
}

export function newPeerId(): string {
  return `peer_${crypto.randomUUID().replace(/-/g, "").slice(0, 24)}`;
}

export { sfuConfig, sfuConfigIssues, sfuVarsSchema } from "./sfu/config.ts";
