// The account resources of one stack. wrangler deploys the Worker itself (script, bindings,
// Durable Object migrations, static assets): Pulumi's Worker resources upload a script as given
// and do not bundle, so the Worker would be built twice by two different tools. Everything the
// Worker's bindings point at, and the hostnames in front of it, live here.
import * as cloudflare from "@pulumi/cloudflare";
import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import { isStackName, resourceNames } from "./names";

/** Incomplete multipart uploads (an attachment upload that never finished) are dropped after a day. */
export const ABORT_MULTIPART_AFTER_SECONDS = 24 * 60 * 60;

export function createStack() {
  const stack = pulumi.getStack();
  if (!isStackName(stack)) throw new Error(`unknown stack "${stack}": add it to infra/names.ts and wrangler.toml`);
  const names = resourceNames(stack);
  const config = new pulumi.Config();
  const accountId = config.require("accountId");

  const database = new cloudflare.D1Database("db", {
    accountId,
    name: names.d1Database,
    readReplication: { mode: "disabled" },
  });

  const cache = new cloudflare.WorkersKvNamespace("cache", { accountId, title: names.kvNamespace });

  const attachments = new cloudflare.R2Bucket("attachments", { accountId, name: names.r2Bucket });
  // Without this rule the parts of an upload a client abandoned are stored (and billed) forever.
  new cloudflare.R2BucketLifecycle("attachments-lifecycle", {
    accountId,
    bucketName: attachments.name,
    rules: [
      {
        id: "abort-incomplete-multipart-uploads",
        enabled: true,
        conditions: { prefix: "" },
        abortMultipartUploadsTransition: {
          condition: { type: "Age", maxAge: ABORT_MULTIPART_AFTER_SECONDS },
        },
      },
    ],
  });

  // The consumer (the Worker itself, max_retries, dead_letter_queue) is declared in wrangler.toml:
  // it is part of the script's configuration and only exists once the script does.
  const pushQueue = new cloudflare.Queue("push", { accountId, queueName: names.pushQueue });
  const pushDeadLetterQueue = new cloudflare.Queue("push-dlq", { accountId, queueName: names.pushDeadLetterQueue });
  const telegramWebhookQueue = new cloudflare.Queue("telegram-webhooks", {
    accountId,
    queueName: names.telegramWebhookQueue,
  });

  // The docs portal (docs-site/dist) is a Worker of static assets only (docs-site/wrangler.toml),
  // deployed by `npm run docs:deploy` like the API's Worker is by wrangler; here it gets its hostname.
  // Cloudflare attaches a hostname only to a Worker that exists: set docsHostname and apiHostname
  // after the first deploys of this stack (README "Deploy").
  const docsHostname = config.get("docsHostname");
  const apiHostname = config.get("apiHostname");
  const zoneId = docsHostname || apiHostname ? config.require("zoneId") : undefined;
  if (docsHostname && zoneId) {
    new cloudflare.WorkersCustomDomain("docs-domain", {
      accountId,
      zoneId,
      hostname: docsHostname,
      service: names.docsWorker,
    });
  }
  if (apiHostname && zoneId) {
    new cloudflare.WorkersCustomDomain("api-domain", {
      accountId,
      zoneId,
      hostname: apiHostname,
      service: names.worker,
    });
  }

  // The Worker's own keys, generated here so they never pass through a shell or a chat. 48
  // letters and digits: above the Worker's 32-character minimum.
  const jwtSecret = new random.RandomPassword("jwt-secret", { length: 48, special: false });
  const sessionSecret = new random.RandomPassword("session-secret", { length: 48, special: false });
  const twilio = {
    accountSid: config.get("twilioAccountSid"),
    authToken: config.getSecret("twilioAuthToken"),
    from: config.get("twilioFrom"),
  };
  const telegramApiHash = config.getSecret("telegramApiHash");

  return {
    stack,
    worker: names.worker,
    d1DatabaseId: database.id,
    d1DatabaseName: database.name,
    kvNamespaceId: cache.id,
    kvNamespaceTitle: cache.title,
    r2Bucket: attachments.name,
    pushQueue: pushQueue.queueName,
    pushDeadLetterQueue: pushDeadLetterQueue.queueName,
    telegramWebhookQueue: telegramWebhookQueue.queueName,
    docsWorker: names.docsWorker,
    docsUrl: docsHostname ? `https://${docsHostname}` : undefined,
    apiUrl: apiHostname ? `https://${apiHostname}` : undefined,
    // `npm run infra:sync` pipes this into `wrangler secret bulk`; secret, so `pulumi stack
    // output` shows it only with --show-secrets and the state stores it encrypted.
    workerSecrets: pulumi.secret(
      pulumi
        .all([jwtSecret.result, sessionSecret.result, twilio.authToken, telegramApiHash])
        .apply(([jwt, session, twilioAuthToken, telegramHash]) =>
          dropUnset({
            JWT_SECRET: jwt,
            SESSION_SECRET: session,
            TWILIO_ACCOUNT_SID: twilio.accountSid,
            TWILIO_AUTH_TOKEN: twilioAuthToken,
            TWILIO_FROM: twilio.from,
            TELEGRAM_API_HASH: telegramHash,
          }),
        ),
    ),
  };
}

/** Secrets not configured are left out (so `wrangler secret bulk` does not set them to ""). */
function dropUnset(values: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => Boolean(entry[1])));
}
