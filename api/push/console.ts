import type { StoredDevice } from "./devices.ts";
import type { Notification, PushProvider } from "./provider.ts";

/**
 * Local development with no credentials for a provider: the push is written to the Worker's log
 * (the terminal of `npm start`) instead of being sent, like the SMS console provider.
 */
export const consolePushProvider: PushProvider = {
  name: "console",
  async send(device: StoredDevice, notification: Notification) {
    console.log(
      JSON.stringify({
        level: "info",
        message: `push (${device.kind} not configured: logged, not sent)`,
        deviceId: device.id,
        userId: device.userId,
        title: notification.title,
        body: notification.body,
        badge: notification.badge,
        pushType: notification.pushType,
        collapseId: notification.collapseId,
      }),
    );
    return { status: "ok" };
  },
};
