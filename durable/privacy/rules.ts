// Who may do what to whom, as plain rules over what D1 says (store.ts reads it). Shared by the
// Worker (group adds, GET /users/{id}, sends) and the UserDO (presence and typing relays).

import type { AUDIENCES } from "../../openapi/privacy.ts";

export type Audience = (typeof AUDIENCES)[number];

export type PrivacySettings = {
  /** Who may add me to groups; anyone else can only invite me. */
  addToGroups: Audience;
  /** Who sees my online status, last seen and typing. */
  presence: Audience;
};

export const DEFAULT_PRIVACY: PrivacySettings = { addToGroups: "everyone", presence: "everyone" };

/** Whether a setting of `audience` admits someone; `isContact`: they are in the owner's phone book. */
export function audienceAdmits(audience: Audience, isContact: boolean): boolean {
  return audience === "everyone" || (audience === "contacts" && isContact);
}

/** What one viewer is to the owner of a setting. */
export type Relation = {
  /** The viewer's number is in the owner's phone book. */
  isContact: boolean;
  /** Either of them blocked the other. */
  blocked: boolean;
  /** The viewer's own presence setting (reciprocity: who hides theirs from everyone sees no one's). */
  viewerPresence: Audience;
};

/** Whether `viewer` may see the owner's presence (online, last seen, typing). */
export function presenceVisible(owner: PrivacySettings, viewer: Relation): boolean {
  if (viewer.blocked || viewer.viewerPresence === "nobody") return false;
  return audienceAdmits(owner.presence, viewer.isContact);
}

export type GroupAddDecision = "add" | "invite" | "skip";

/**
 * What happens when `adder` puts the owner of `settings` in a group: a membership when the setting
 * admits them, an invitation otherwise, and nothing at all (silently: the adder is not told of
 * the block) when either blocked the other.
 */
export function groupAddDecision(settings: PrivacySettings, adder: Omit<Relation, "viewerPresence">): GroupAddDecision {
  if (adder.blocked) return "skip";
  return audienceAdmits(settings.addToGroups, adder.isContact) ? "add" : "invite";
}
