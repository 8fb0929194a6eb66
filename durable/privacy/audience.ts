import type { Db } from "./d1.ts";
import { groupAddDecision, presenceVisible } from "./rules.ts";
import { blockedEitherWay, inPhoneBookOf, privacyOf } from "./store.ts";

/**
 * Of `viewerIds`, those who may see `ownerId`'s presence (online, last seen, typing): the owner's
 * setting, blocks either way, and reciprocity (a viewer who hides their own from everyone).
 */
export async function presenceAudience(db: Db, ownerId: string, viewerIds: string[]): Promise<string[]> {
  if (viewerIds.length === 0) return [];
  const [settings, blocked] = await Promise.all([
    privacyOf(db, [ownerId, ...viewerIds]),
    blockedEitherWay(db, ownerId, viewerIds),
  ]);
  const owner = settings.get(ownerId);
  if (!owner || owner.presence === "nobody") return [];
  const contacts = owner.presence === "contacts" ? await inPhoneBookOf(db, ownerId, viewerIds) : new Set<string>();
  return viewerIds.filter((viewerId) =>
    presenceVisible(owner, {
      isContact: contacts.has(viewerId),
      blocked: blocked.has(viewerId),
      viewerPresence: settings.get(viewerId)?.presence ?? "everyone",
    }),
  );
}

/** How each of `targetIds` joins a group `adderId` puts them in: added, invited, or skipped (blocks). */
export async function groupAddPlan(db: Db, adderId: string, targetIds: string[]) {
  const [settings, blocked] = await Promise.all([privacyOf(db, targetIds), blockedEitherWay(db, adderId, targetIds)]);
  const plan = { add: [] as string[], invite: [] as string[], skip: [] as string[] };
  for (const targetId of new Set(targetIds)) {
    const target = settings.get(targetId);
    if (!target) continue;
    // Only "contacts" needs the target's phone book; asked one target at a time, as few set it.
    const isContact = target.addToGroups === "contacts" && (await inPhoneBookOf(db, targetId, [adderId])).has(adderId);
    plan[groupAddDecision(target, { isContact, blocked: blocked.has(targetId) })].push(targetId);
  }
  return plan;
}
