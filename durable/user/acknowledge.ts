import type { UserStore } from "./store.ts";

/**
 * The user's devices have everything up to `pts`: the chats of the newMessage updates in that
 * range move the user's delivered markers (their authors then see "delivered"). Idempotent and
 * forward-only; the acknowledgement is recorded only once every chat took it, so a failure is
 * retried by acknowledging again. REST `POST /updates/ack` and the `ack` frame both land here.
 */
export async function acknowledgeUpdates(
  env: Pick<Env, "CHAT">,
  store: UserStore,
  userId: string,
  pts: number,
  /** Whom the user blocked: in a group they are not told their messages reached the user. */
  hiddenSenders: string[] = [],
): Promise<{ pts: number }> {
  store.bindOwner(userId);
  const { upToPts, marks } = store.deliveryMarks(pts);
  await Promise.all(
    marks.map(async (mark) => {
      const chat = env.CHAT.get(env.CHAT.idFromName(mark.chatId));
      // A refusal (the user has left the chat since) needs no retry: nothing to mark there.
      await chat.markDelivered(userId, mark.upToSeq, hiddenSenders);
    }),
  );
  store.acknowledge(upToPts);
  return { pts: Math.max(upToPts, 0) };
}
