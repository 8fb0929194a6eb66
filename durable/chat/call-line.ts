import type { MessageCall } from "../../openapi/messaging-types.ts";
import type { CallOpening, CallSummary } from "../call/rpc.ts";
import { DomainRefusal } from "../outcome.ts";
import type { SendInput } from "./store.ts";

// A chat's call line: the one live call of a dialog or group. Every dialer of the chat gets the
// same opening while it is held, which is how glare (both sides dial at once) resolves to one call:
// the chat is one object, so the two requests are ordered here. The CallDO frees the line when
// the call ends.

export const CALL_LINE_SCHEMA = `
CREATE TABLE IF NOT EXISTS call_line (
  slot INTEGER PRIMARY KEY CHECK (slot = 1),
  call_id TEXT NOT NULL,
  opening TEXT NOT NULL                -- the CallOpening, JSON
);
`;

export type CallProposal = Omit<CallOpening, "kind" | "memberIds">;

/**
 * The chat's live call, or `proposal` made into one when the line is free. `replacing` names a call
 * the dialer found ended (its CallDO could not free the line): only that one is replaced.
 */
export function openCallLine(
  sql: SqlStorage,
  members: { kind: "dialog" | "group"; memberIds: string[] },
  proposal: CallProposal,
  replacing: string | null,
): { opening: CallOpening; created: boolean } {
  sql.exec(CALL_LINE_SCHEMA);
  const held = sql.exec<{ call_id: string; opening: string }>("SELECT call_id, opening FROM call_line").toArray()[0];
  if (held && held.call_id !== replacing) return { opening: JSON.parse(held.opening) as CallOpening, created: false };
  const opening: CallOpening = { ...proposal, kind: members.kind, memberIds: members.memberIds };
  sql.exec(
    "INSERT OR REPLACE INTO call_line (slot, call_id, opening) VALUES (1, ?, ?)",
    opening.callId,
    JSON.stringify(opening),
  );
  return { opening, created: true };
}

/** Frees the line if `callId` holds it. Idempotent. */
export function closeCallLine(sql: SqlStorage, callId: string): void {
  sql.exec(CALL_LINE_SCHEMA);
  sql.exec("DELETE FROM call_line WHERE call_id = ?", callId);
}

/** "Video call · 1:05", "Missed voice call": what chat lists and push show of a call. */
export function callHistoryText(call: MessageCall): string {
  const kind = call.video ? "video call" : "voice call";
  if (call.reason === "hangup" && call.durationSeconds !== null) {
    const minutes = Math.floor(call.durationSeconds / 60);
    const seconds = String(call.durationSeconds % 60).padStart(2, "0");
    return `${call.video ? "Video call" : "Voice call"} · ${minutes}:${seconds}`;
  }
  if (call.reason === "declined") return `Declined ${kind}`;
  if (call.reason === "busy") return `Busy: ${kind}`;
  if (call.reason === "failed") return `Failed ${kind}`;
  return `Missed ${kind}`;
}

export function callHistoryInput(summary: CallSummary): SendInput {
  const call: MessageCall = {
    callId: summary.callId,
    video: summary.video,
    reason: summary.reason,
    durationSeconds: summary.durationMs === null ? null : Math.round(summary.durationMs / 1000),
  };
  // The call's id as the clientMessageId: the CallDO's retries write one message, not several.
  return { clientMessageId: `call:${summary.callId}`, text: callHistoryText(call), attachments: [], call };
}

type Sender = { send(callerId: string, input: SendInput, forward: null): unknown };

/** Writes the call's history message as its initiator; one who has left the chat since leaves none. */
export function recordCall(store: Sender, summary: CallSummary) {
  try {
    store.send(summary.initiatorId, callHistoryInput(summary), null);
  } catch (error) {
    if (!(error instanceof DomainRefusal)) throw error;
  }
}
