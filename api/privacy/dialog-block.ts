import { isBlocked } from "../../durable/index.ts";
import { chatObject } from "../chats/objects.ts";
import type { Bindings } from "../env.ts";
import { ApiError } from "../errors.ts";

/**
 * A dialog partner who blocked the caller receives nothing from them, neither messages nor calls:
 * 403 BLOCKED (Telegram says so too). Whether anyone blocked the caller at all comes with the
 * session check (`c.get("caller")`), so a caller nobody blocked costs no round trip here.
 */
export async function refuseIfBlockedInDialog(
  env: Bindings,
  caller: { userId: string; blockedByAnyone: boolean },
  chatId: string,
  what: string,
) {
  const callerId = caller.userId;
  if (!chatId.startsWith("dlg_") || !caller.blockedByAnyone) return;
  const members = await chatObject(env, chatId).membersFor(callerId);
  const peer = members.ok ? members.value.memberIds.find((id) => id !== callerId) : undefined;
  if (peer && (await isBlocked(env.DB, peer, callerId))) {
    throw ApiError.forbidden(`This user does not accept your ${what}`, "BLOCKED");
  }
}
