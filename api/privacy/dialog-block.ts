import { isBlocked, isBlockedByAnyone } from "../../durable/index.ts";
import { chatObject } from "../chats/objects.ts";
import type { Bindings } from "../env.ts";
import { ApiError } from "../errors.ts";

/**
 * A dialog partner who blocked the caller receives nothing from them, neither messages nor calls:
 * 403 BLOCKED (Telegram says so too). Costs one indexed D1 read for callers nobody blocked.
 */
export async function refuseIfBlockedInDialog(env: Bindings, callerId: string, chatId: string, what: string) {
  if (!chatId.startsWith("dlg_") || !(await isBlockedByAnyone(env.DB, callerId))) return;
  const members = await chatObject(env, chatId).membersFor(callerId);
  const peer = members.ok ? members.value.memberIds.find((id) => id !== callerId) : undefined;
  if (peer && (await isBlocked(env.DB, peer, callerId))) {
    throw ApiError.forbidden(`This user does not accept your ${what}`, "BLOCKED");
  }
}
