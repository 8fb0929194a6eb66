// What the Worker and the objects use of the privacy rules (re-exported by durable/index.ts).
export { groupAddPlan, presenceAudience } from "./audience.ts";
export { type Audience, DEFAULT_PRIVACY, type PrivacySettings } from "./rules.ts";
export { blockedEitherWay, blockedIdsOf, isBlocked, isBlockedByAnyone, privacyOf, writePrivacy } from "./store.ts";
