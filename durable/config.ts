import { z } from "zod";

// Messaging limits, read from the Worker's vars by the Durable Objects themselves (they do not
// import api/). api/env.ts validates the same vars with this same schema at request time, so a bad
// value is reported as CONFIG_INVALID before any object sees it.

export const messagingVarsSchema = z.object({
  /** Most members a group may have, the owner included. */
  GROUP_MEMBER_LIMIT: z.coerce.number().int().min(2).max(100_000).default(1000),
  /** How many updates each user's update log keeps; older `since` values get `tooLong`. */
  UPDATE_LOG_RETENTION: z.coerce.number().int().min(10).max(1_000_000).default(10_000),
  /** Sends allowed per user per window (POST /chats/{chatId}/messages). */
  SEND_RATE_LIMIT: z.coerce.number().int().min(1).default(120),
  SEND_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /**
   * Delivery attempts of one outbox row before it moves to the dead-letter table. Retries back
   * off 1 s, 2 s, 4 s … up to 5 min, so 12 attempts span about 23 minutes.
   */
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(12),
  /** Calls: most devices in one call. Every device sends its media to every other (mesh), so it stays small. */
  CALL_MESH_LIMIT: z.coerce.number().int().min(2).max(8).default(4),
  /** Calls: how long devices ring before an unanswered call is missed. */
  CALL_RING_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(300).default(45),
});

export type MessagingVars = z.output<typeof messagingVarsSchema>;

/**
 * Environments deployed to Cloudflare, held to the production rules (every secret required, no
 * development defaults). A missing ENVIRONMENT counts as production: a Worker deployed without
 * its vars fails closed. api/env.ts and the objects judge by this same set.
 */
export const DEPLOYED_ENVIRONMENTS: ReadonlySet<string> = new Set(["production", "staging"]);

/**
 * Dead letters are kept 30 days, long enough to be noticed (the health check counts them) and
 * looked into: D1's records by the scheduled cleanup, a chat object's own copies (which hold the
 * payload, message text included) each time another row dies there.
 */
export const DEAD_LETTER_RETENTION_MS = 30 * 86_400_000;

const cache = new WeakMap<object, MessagingVars>();

/** The messaging vars of `env`, with defaults; invalid values fall back to the defaults here. */
export function messagingLimits(env: object): MessagingVars {
  const cached = cache.get(env);
  if (cached) return cached;
  const parsed = messagingVarsSchema.safeParse(env);
  const value = parsed.success ? parsed.data : messagingVarsSchema.parse({});
  cache.set(env, value);
  return value;
}
