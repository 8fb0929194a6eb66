import type { CallOpening } from "../call/rpc.ts";

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
