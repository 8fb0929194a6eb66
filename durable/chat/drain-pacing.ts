// When a chat's drain makes its next pass. Every delivery to a member is a call to their object
// and a storage transaction there, whatever it carries, and a group pays it once per member and
// pass: the writes of a burst are cheaper delivered together than one pass each.

import type { ChatRow } from "./records.ts";

/** How long a busy group's drain waits before a pass, for the writes that come meanwhile. */
export const GROUP_COALESCE_MS = 10;

/** A group is busy when its previous pass started less than this long ago. */
export const GROUP_BUSY_MS = 100;

/**
 * The wait before a drain pass: GROUP_COALESCE_MS in a busy group, none otherwise. A message into
 * a quiet group goes out at once, and so does every dialog's (two deliveries per pass: nothing to
 * spare there, and the send-to-socket time is what its two users feel).
 */
export function drainDelayMs(kind: ChatRow["kind"], lastPassAt: number | null, now: number): number {
  if (kind !== "group" || lastPassAt === null) return 0;
  return now - lastPassAt < GROUP_BUSY_MS ? GROUP_COALESCE_MS : 0;
}
