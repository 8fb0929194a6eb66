import type { OpenAPIHono } from "@hono/zod-openapi";
import {
  deletePushTargetRoute,
  listPushTargetsRoute,
  type PushKind,
  putPushTargetRoute,
  updatePushSettingsRoute,
  vapidPublicKeyRoute,
} from "../../openapi/push.ts";
import { userObject } from "../chats/objects.ts";
import type { AppEnv, Config } from "../env.ts";
import { ApiError } from "../errors.ts";
import { unwrap } from "../objects/unwrap.ts";
import { deviceLabel, listUserDevices, registerDevice, removeSessionDevice, type StoredDevice } from "./devices.ts";
import { getPushSettings, setPushSettings } from "./records.ts";

const notConfigured = (what: string) =>
  new ApiError(503, "PUSH_NOT_CONFIGURED", `${what} is not configured on this server`);

function toWire(device: StoredDevice, currentSessionId: string) {
  return {
    id: device.id,
    kind: device.kind,
    sessionId: device.sessionId,
    current: device.sessionId === currentSessionId,
    label: deviceLabel(device),
    createdAt: new Date(device.createdAt).toISOString(),
    updatedAt: new Date(device.updatedAt).toISOString(),
  };
}

/**
 * Locally a provider without credentials logs what it would send, so any kind may register. A
 * deployment refuses a kind it cannot deliver to: the app learns at once, not from silence.
 */
function assertDeliverable(config: Config, kind: PushKind) {
  if (config.isProduction && !config.push[kind]) throw notConfigured(`Push over ${kind}`);
}

export function registerPushRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(putPushTargetRoute, async (c) => {
    const target = c.req.valid("json");
    assertDeliverable(c.get("config"), target.kind);
    const { userId, sessionId } = c.get("auth");
    // The user's object first: chats skip pushes it says no device could take (durable/user/push-reach.ts).
    unwrap(await userObject(c.env, userId).addPushSession(userId, sessionId));
    const device = await registerDevice(c.env.DB, { userId, sessionId }, target, Date.now());
    return c.json({ success: true as const, data: toWire(device, sessionId) }, 200);
  });

  app.openapi(deletePushTargetRoute, async (c) => {
    const { userId, sessionId } = c.get("auth");
    if (!(await removeSessionDevice(c.env.DB, userId, sessionId))) {
      throw ApiError.notFound("This session has no push target");
    }
    unwrap(await userObject(c.env, userId).removePushSession(userId, sessionId));
    return c.json({ success: true as const, data: { removed: true as const } }, 200);
  });

  app.openapi(listPushTargetsRoute, async (c) => {
    const { userId, sessionId } = c.get("auth");
    const [devices, settings] = await Promise.all([
      listUserDevices(c.env.DB, userId),
      getPushSettings(c.env.DB, userId),
    ]);
    return c.json(
      { success: true as const, data: { devices: devices.map((d) => toWire(d, sessionId)), settings } },
      200,
    );
  });

  app.openapi(updatePushSettingsRoute, async (c) => {
    const { hidePreviews } = c.req.valid("json");
    const settings = await setPushSettings(c.env.DB, c.get("auth").userId, hidePreviews, Date.now());
    return c.json({ success: true as const, data: settings }, 200);
  });

  app.openapi(vapidPublicKeyRoute, (c) => {
    const webpush = c.get("config").push.webpush;
    if (!webpush) throw notConfigured("Web Push");
    return c.json({ success: true as const, data: { publicKey: webpush.publicKey } }, 200);
  });
}
