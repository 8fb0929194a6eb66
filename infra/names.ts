// The names of every account resource, per stack. One function, so a new stack gets a full,
// non-colliding set and wrangler.toml can be checked against it (wrangler-sync.unit.test.ts).

/** The stacks that exist, and the wrangler.toml environment each one backs ("" = top level). */
export const STACKS = { production: "", staging: "staging" } as const;
export type StackName = keyof typeof STACKS;

export function isStackName(name: string): name is StackName {
  return Object.hasOwn(STACKS, name);
}

export interface ResourceNames {
  /** The Worker wrangler deploys for this stack (wrangler names an [env.X] Worker "<name>-X"). */
  worker: string;
  d1Database: string;
  kvNamespace: string;
  r2Bucket: string;
  pushQueue: string;
  pushDeadLetterQueue: string;
  /** The Telegram proxy's webhook posts (no dead-letter queue: a failing webhook is marked instead). */
  telegramWebhookQueue: string;
  /** The docs portal's Worker (static assets only, docs-site/wrangler.toml; wrangler deploys it). */
  docsWorker: string;
  /** The Worker of static assets behind the gateway's ASSETS binding (Scalar's bundle for /docs;
   * docs-assets/wrangler.toml; `npm run deploy` deploys it). */
  docsAssetsWorker: string;
}

export function resourceNames(stack: StackName): ResourceNames {
  // Production keeps the unprefixed names the Worker has always used.
  const prefix = stack === "production" ? "big-gateway" : `big-gateway-${stack}`;
  return {
    worker: prefix,
    d1Database: prefix,
    kvNamespace: `${prefix}-cache`,
    r2Bucket: `${prefix}-attachments`,
    pushQueue: `${prefix}-push`,
    pushDeadLetterQueue: `${prefix}-push-dlq`,
    telegramWebhookQueue: `${prefix}-telegram-webhooks`,
    docsWorker: `${prefix}-docs`,
    docsAssetsWorker: `${prefix}-docs-assets`,
  };
}
