import type { PushKind } from "../../openapi/push.ts";
import type { Config } from "../env.ts";
import { log } from "../middleware/logger.ts";
import { apnsProvider } from "./apns.ts";
import { describeProviders } from "./config.ts";
import { consolePushProvider } from "./console.ts";
import { fcmProvider } from "./fcm.ts";
import type { PushProvider } from "./provider.ts";
import { webPushProvider } from "./webpush.ts";

/** A deployment with no credentials for a kind: its pushes end in the dead-letter queue. */
const unconfigured = (kind: PushKind): PushProvider => ({
  name: kind,
  send: async () => ({ status: "misconfigured", reason: `${kind} is not configured` }),
});

export type Providers = Record<PushKind, PushProvider>;

const announced = new WeakSet<Config>();

/**
 * One provider per kind: the real one when its credentials are set; otherwise the console
 * provider locally, and a refusal in production and staging. Says once per isolate which are on.
 */
export function providersFor(config: Config): Providers {
  if (!announced.has(config)) {
    announced.add(config);
    log(config.logLevel, "info", `push providers: ${describeProviders(config.push)}`);
  }
  const fallback = (kind: PushKind) => (config.isProduction ? unconfigured(kind) : consolePushProvider);
  const { apns, fcm, webpush } = config.push;
  return {
    apns: apns ? apnsProvider(apns) : fallback("apns"),
    fcm: fcm ? fcmProvider(fcm) : fallback("fcm"),
    webpush: webpush ? webPushProvider(webpush) : fallback("webpush"),
  };
}
