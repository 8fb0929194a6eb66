import { type PresenceFrame, REALTIME_LIMITS, type TypingFrame } from "../../openapi/realtime-frames.ts";
import type { Clock } from "../clock.ts";
import { presenceAudience } from "../privacy/index.ts";
import { chatPeers, contactPeers, mergePeers, PRESENCE_MAX_GROUP_SIZE } from "./presence.ts";

// Ephemeral frames between users: presence transitions and typing, sent to the peers' UserDOs,
// which hand them to their open sockets. Not logged, not replayed: a peer that cannot be reached
// now misses them.

/** Peers called at once. */
const RELAY_PARALLEL = 50;

type Stubs = Pick<Env, "USER" | "CHAT" | "DB">;

export async function relayTo(env: Pick<Env, "USER">, userIds: string[], frame: PresenceFrame | TypingFrame) {
  for (let i = 0; i < userIds.length; i += RELAY_PARALLEL) {
    await Promise.all(
      userIds.slice(i, i + RELAY_PARALLEL).map(async (id) => {
        try {
          await env.USER.get(env.USER.idFromName(id)).relay(frame);
        } catch {
          // Ephemeral: a peer that cannot be reached now misses it.
        }
      }),
    );
  }
}

/** Members of a chat the user is in, or null when they are not (or it does not exist). */
async function membersOf(env: Pick<Env, "CHAT">, chatId: string, userId: string): Promise<string[] | null> {
  const members = await env.CHAT.get(env.CHAT.idFromName(chatId)).membersFor(userId);
  return members.ok ? members.value.memberIds : null;
}

/** Who hears of the user's presence: contacts (both ways), dialog peers, members of recent small groups. */
export async function presencePeers(env: Stubs, sql: SqlStorage, userId: string): Promise<string[]> {
  const { dialogPeers, groupIds } = chatPeers(sql);
  const [contacts, ...groups] = await Promise.all([
    contactPeers(env.DB, userId).catch(() => [] as string[]),
    ...groupIds.map(async (chatId) => {
      const members = await membersOf(env, chatId, userId);
      return members && members.length <= PRESENCE_MAX_GROUP_SIZE ? members : [];
    }),
  ]);
  // Only those the user's presence setting admits (and no one blocked either way) hear of it.
  // Fails closed: if D1 cannot say who may see it, nobody is told.
  return presenceAudience(env.DB, userId, mergePeers(userId, dialogPeers, contacts ?? [], ...groups)).catch(
    () => [] as string[],
  );
}

/**
 * Relays "user is typing in chat" to the chat's other members. Answers false when the user is not
 * a member (the socket is told NOT_FOUND); a group too big to relay to is a silent no-op.
 */
export async function relayTyping(env: Stubs, clock: Clock, userId: string, chatId: string): Promise<boolean> {
  const members = await membersOf(env, chatId, userId);
  if (!members) return false;
  if (members.length > PRESENCE_MAX_GROUP_SIZE) return true;
  const frame: TypingFrame = {
    type: "typing",
    chatId,
    userId,
    date: clock(),
    expiresInMs: REALTIME_LIMITS.typingTtlMs,
  };
  // Typing is presence too: only those who may see the typer's presence are told.
  const audience = await presenceAudience(
    env.DB,
    userId,
    members.filter((id) => id !== userId),
  ).catch(() => [] as string[]);
  await relayTo(env, audience, frame);
  return true;
}
