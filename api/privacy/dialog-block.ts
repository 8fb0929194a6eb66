import type { Context } from "hono";
import { isBlocked } from "../../durable/index.ts";
import { chatObject } from "../chats/objects.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";

/**
 * A dialog partner who blocked the caller receives nothing from them, neither messages nor calls:
 * 403 BLOCKED (Telegram says so too). Whether anyone blocked the caller at all comes with the
 * session check (`c.get("caller")`, or a send's admission), so a caller nobody blocked costs no
 * round trip here.
 */
export async function refuseIfBlockedInDialog(
  c: Context<AppEnv>,
  chatId: string,
  what: string,
  blockedByAnyone: boolean,
) {
  if (!chatId.startsWith("dlg_") || !blockedByAnyone) return;
  const env = c.env;
  const callerId = c.get("auth").userId;
  const members = await chatObject(env, chatId).membersFor(callerId);
  const peer = members.ok ? members.value.memberIds.find((id) => id !== callerId) : undefined;
  if (peer && (await isBlocked(env.DB, peer, callerId))) {
    throw ApiError.forbidden(`This user does not accept your ${what}`, "BLOCKED");
  }
}
