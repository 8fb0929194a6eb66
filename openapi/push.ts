import { createRoute, z } from "@hono/zod-openapi";
import { BEARER_JWT } from "./document.ts";
import { errors, jsonBody, jsonSuccess } from "./envelope.ts";

// Push targets: one per sign-in session (the session that registers it), delivered to by the
// PUSH_QUEUE consumer (api/push/). Wire types only; the store and the providers live in api/push/.

const bearer = [{ [BEARER_JWT]: [] }];

const base64url = (what: string) =>
  z
    .string()
    .min(16)
    .max(256)
    .regex(/^[A-Za-z0-9_-]+=*$/, `must be the base64url ${what}`);

/** An APNs device token: 32 bytes as hex today; Apple says to treat the length as variable. */
const ApnsTargetSchema = z
  .object({
    kind: z.literal("apns"),
    token: z
      .string()
      .regex(/^[0-9a-fA-F]{64,200}$/, "must be the device token as hex")
      .openapi({ example: "a".repeat(64) }),
    topic: z
      .string()
      .min(1)
      .max(255)
      .regex(/^[A-Za-z0-9.-]+$/, "must be the app's bundle id")
      .openapi({ example: "ai.iambig.messenger", description: "The app's bundle id (the `apns-topic`)" }),
    sandbox: z.boolean().default(false).openapi({ description: "A development build: sent through APNs' sandbox" }),
    voipToken: z
      .string()
      .regex(/^[0-9a-fA-F]{64,200}$/, "must be the PushKit VoIP token as hex")
      .optional()
      .openapi({
        example: "b".repeat(64),
        description:
          "The app's PushKit token (PKPushRegistry, type voIP): incoming calls then ring through CallKit (`apns-push-type: voip`, topic `<bundle id>.voip`). Without it a call rings as a time-sensitive alert.",
      }),
  })
  .strict()
  .openapi("ApnsPushTarget");

const FcmTargetSchema = z
  .object({
    kind: z.literal("fcm"),
    token: z
      .string()
      .min(16)
      .max(4096)
      .regex(/^[A-Za-z0-9_:.-]+$/, "must be an FCM registration token")
      .openapi({ example: "fcm-registration-token-0000000000" }),
  })
  .strict()
  .openapi("FcmPushTarget");

const WebPushTargetSchema = z
  .object({
    kind: z.literal("webpush"),
    subscription: z
      .object({
        endpoint: z
          .url({ protocol: /^https$/ })
          .max(2048)
          .openapi({ example: "https://push.example.net/sub/abc" }),
        keys: z.object({
          p256dh: base64url("P-256 public key of the subscription").openapi({
            example: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
          }),
          auth: base64url("auth secret of the subscription").openapi({ example: "tBHItJI5svbpez7KI4CCXg" }),
        }),
        expirationTime: z.number().nullable().optional(),
      })
      .openapi({ description: "What the browser's `PushSubscription.toJSON()` gives" }),
  })
  .strict()
  .openapi("WebPushTarget");

export const PushTargetSchema = z
  .discriminatedUnion("kind", [ApnsTargetSchema, FcmTargetSchema, WebPushTargetSchema])
  .openapi("PushTarget");
export type PushTarget = z.infer<typeof PushTargetSchema>;
export type PushKind = PushTarget["kind"];

export const PushDeviceSchema = z
  .object({
    id: z.string().openapi({ example: "pdv_0f1e2d3c4b5a69788796a5b4c3d2e1f0" }),
    kind: z.enum(["apns", "fcm", "webpush"]),
    sessionId: z.string().openapi({ example: "ses_5b2c9e0a1f3d4c6b7a80" }),
    current: z.boolean().openapi({ description: "The target of the session making this call" }),
    /** Not the token itself: enough to tell devices apart. */
    label: z.string().openapi({
      example: "apns …a1b2c3d4",
      description: "The kind and the end of the token (or the push service's host)",
    }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("PushDevice");

export const PushSettingsSchema = z
  .object({
    hidePreviews: z.boolean().openapi({
      description: 'Every push says only "New message": no sender, no chat title, no text',
    }),
  })
  .openapi("PushSettings");

export const putPushTargetRoute = createRoute({
  method: "put",
  path: "/api/v1/me/push",
  operationId: "putPushTarget",
  summary: "Register this device for push",
  description:
    "Sets the push target of the session making the call (one per session: a second call replaces it). " +
    "A token or endpoint registered by another session (yours or another user's) moves to this one. " +
    "Signing the session out, or revoking it, removes its target. A kind whose provider this deployment " +
    "has no credentials for answers 503 `PUSH_NOT_CONFIGURED`.",
  tags: ["Push"],
  security: bearer,
  request: { body: jsonBody(PushTargetSchema, "APNs, FCM or Web Push") },
  responses: { 200: jsonSuccess("The registered target", PushDeviceSchema), ...errors(400, 401, 413, 415, 503) },
});

export const deletePushTargetRoute = createRoute({
  method: "delete",
  path: "/api/v1/me/push",
  operationId: "deletePushTarget",
  summary: "Stop push to this device",
  description: "Removes the calling session's push target. 404 when it has none.",
  tags: ["Push"],
  security: bearer,
  responses: {
    200: jsonSuccess("Removed", z.object({ removed: z.literal(true) })),
    ...errors(401, 404),
  },
});

export const listPushTargetsRoute = createRoute({
  method: "get",
  path: "/api/v1/me/push",
  operationId: "listPushTargets",
  summary: "Your devices that get push",
  description: "The push targets of your live sessions, and your push settings.",
  tags: ["Push"],
  security: bearer,
  responses: {
    200: jsonSuccess(
      "Your push targets",
      z.object({ devices: z.array(PushDeviceSchema), settings: PushSettingsSchema }),
    ),
    ...errors(401),
  },
});

export const updatePushSettingsRoute = createRoute({
  method: "patch",
  path: "/api/v1/me/push/settings",
  operationId: "updatePushSettings",
  summary: "Change your push settings",
  description: 'With `hidePreviews`, every push to every one of your devices says only "New message".',
  tags: ["Push"],
  security: bearer,
  request: { body: jsonBody(PushSettingsSchema.strict(), "The settings") },
  responses: { 200: jsonSuccess("Your push settings", PushSettingsSchema), ...errors(400, 401, 413, 415) },
});

export const vapidPublicKeyRoute = createRoute({
  method: "get",
  path: "/api/v1/push/vapid-public-key",
  operationId: "getVapidPublicKey",
  summary: "The Web Push application server key",
  description:
    "The VAPID public key (base64url, uncompressed P-256 point) to pass as `applicationServerKey` to " +
    "`pushManager.subscribe()`. 503 `PUSH_NOT_CONFIGURED` when this deployment has no VAPID keys.",
  tags: ["Push"],
  // Public: a page asks for it before anyone signs in.
  security: [],
  responses: {
    200: jsonSuccess(
      "The key",
      z.object({
        publicKey: z.string().openapi({
          example: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
        }),
      }),
    ),
    ...errors(503),
  },
});
