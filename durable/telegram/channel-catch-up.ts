// Catching up one channel or supergroup a subscribed session follows: updates.getChannelDifference
// from its stored pts until Telegram has nothing more, each page's events delivered before its pts
// is saved (so a crash in between replays the page: delivery is at least once, ids stay stable).
import { Api, type TelegramClient } from "telegram";
import type { TelegramUpdate } from "../../openapi/telegram-updates.ts";
import { big } from "./bigint.ts";
import type { ChannelStates } from "./channel-states.ts";
import { telegramErrorMessage } from "./errors.ts";
import { channelDifferenceEvents, channelTypeIn } from "./live-updates.ts";
import { markedPeerId } from "./peer-ids.ts";
import type { PeerBook } from "./peers.ts";

/** Updates asked for per getChannelDifference (Telegram asks ordinary clients for 10–100). */
const CHANNEL_DIFFERENCE_LIMIT = 100;

/** The account left the channel or lost access to it: there is nothing more to catch up there. */
const LOST_CHANNEL_ERRORS = new Set(["CHANNEL_PRIVATE", "CHANNEL_INVALID", "CHANNEL_PUBLIC_GROUP_NA"]);

export type ChannelCatchUp = {
  client: Pick<TelegramClient, "invoke">;
  states: ChannelStates;
  peers: PeerBook;
  selfId: string | null;
  deliver: (events: TelegramUpdate[]) => Promise<void>;
  /** At most this many pages per channel now (the next push or alarm goes on). */
  pages: number;
};

/** Whether the channel is caught up (or nothing can be asked for it); false when pages are left over. */
export async function catchUpChannel(run: ChannelCatchUp, channelId: string): Promise<boolean> {
  for (let page = 0; page < run.pages; page++) {
    const state = run.states.get(channelId);
    // Telegram wants the channel's access hash back; every answer naming the channel brought it.
    const known = run.peers.find(markedPeerId("channel", channelId));
    if (!state || !known) return true;
    let answer: Api.updates.TypeChannelDifference;
    try {
      answer = await run.client.invoke(
        new Api.updates.GetChannelDifference({
          channel: new Api.InputChannel({ channelId: big(channelId), accessHash: big(known.access_hash) }),
          filter: new Api.ChannelMessagesFilterEmpty(),
          pts: state.pts,
          limit: CHANNEL_DIFFERENCE_LIMIT,
        }),
      );
    } catch (error) {
      if (!LOST_CHANNEL_ERRORS.has(telegramErrorMessage(error) ?? "")) throw error;
      run.states.forget(channelId);
      return true;
    }
    const result = channelDifferenceEvents(answer, channelId, run.selfId, state.type ?? undefined);
    run.peers.remember(result.users, result.chats);
    await run.deliver(result.events);
    if (result.pts !== undefined) run.states.save(channelId, result.pts, result.channelType);
    if (result.final) return true;
  }
  return false;
}

/** Follows the channels and supergroups of a messages.getDialogs answer from their dialogs' pts. */
export function followChannelsOf(answer: Api.messages.Dialogs | Api.messages.DialogsSlice, states: ChannelStates) {
  for (const dialog of answer.dialogs) {
    if (!(dialog instanceof Api.Dialog) || !(dialog.peer instanceof Api.PeerChannel) || !dialog.pts) continue;
    const channelId = dialog.peer.channelId.toString();
    states.follow(channelId, dialog.pts, channelTypeIn(answer.chats, channelId));
  }
}
