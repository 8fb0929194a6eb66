import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { signAccessToken } from "../api/auth/access-token.ts";
import { loadConfig } from "../api/env.ts";
import { appWithProbes } from "./helpers/app-with-probe.ts";
import { deployedEnv } from "./helpers/deployed-env.ts";
import { users } from "./helpers/messaging.ts";
import {
  consume,
  deliveryOf,
  deliveryOutcome,
  fcmToken,
  newDialogId,
  registerFcm,
  seedMessage,
} from "./helpers/push.ts";

const { call } = appWithProbes();

// A deployment with APNs credentials and no FCM or VAPID ones.
const staging: Record<string, unknown> = deployedEnv("staging", {
  FCM_SERVICE_ACCOUNT: undefined,
  VAPID_PUBLIC_KEY: undefined,
  VAPID_PRIVATE_KEY: undefined,
});

// Local development with no push secrets at all.
const bare: Record<string, unknown> = {
  ...env,
  APNS_KEY_ID: undefined,
  APNS_TEAM_ID: undefined,
  APNS_PRIVATE_KEY: undefined,
  FCM_SERVICE_ACCOUNT: undefined,
  VAPID_PUBLIC_KEY: undefined,
  VAPID_PRIVATE_KEY: undefined,
};

describe("push providers that are not configured", () => {
  it("a deployment refuses to register a kind it cannot deliver to (503), and accepts the others", async () => {
    const [ada] = await users(1);
    if (!ada) throw new Error("users");
    const token = await signAccessToken(ada, loadConfig(staging as unknown as typeof env));
    const put = (body: unknown) =>
      call(
        "/api/v1/me/push",
        {
          method: "PUT",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        },
        staging,
      );
    const fcm = await put({ kind: "fcm", token: fcmToken() });
    expect(fcm.status).toBe(503);
    expect(((await fcm.json()) as { error: { code: string } }).error.code).toBe("PUSH_NOT_CONFIGURED");
    expect((await put({ kind: "apns", token: "ab".repeat(32), topic: "ai.iambig.test" })).status).toBe(200);
    const key = await call("/api/v1/push/vapid-public-key", {}, staging);
    expect(key.status).toBe(503);
  });

  it("locally, with no credentials, a push is logged instead of sent, and counts as delivered", async () => {
    const [bob] = await users(1);
    if (!bob) throw new Error("users");
    const device = await registerFcm(bob);
    const chatId = newDialogId();
    await seedMessage(bob, { id: chatId, kind: "dialog", title: null }, { seq: 1, senderId: "usr_ada", text: "hi" });
    const delivery = deliveryOf(bob, device.deviceId, { chatId, seq: 1 });
    expect((await consume([delivery], 1, bare as unknown as typeof env)).explicitAcks).toEqual(["m0"]);
    expect(await deliveryOutcome(delivery.jobId, device.deviceId)).toBe("sent");
  });

  it("half a provider's secrets fails the config check, naming the missing one", async () => {
    const res = await call("/api/v1/health", {}, { ...bare, APNS_KEY_ID: "KEY" });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).toContain("CONFIG_INVALID");
    expect(text).toContain("APNS_TEAM_ID");
  });
});
