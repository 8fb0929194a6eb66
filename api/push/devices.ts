import type { PushKind, PushTarget } from "../../openapi/push.ts";
import { newId } from "../auth/secrets.ts";

// The push_devices table (migrations/0009_push.sql): one target per sign-in session. Only targets
// of live sessions are ever read for sending, so a revoked session's device gets nothing even
// before its row is gone.

/** `voipToken`: the device's PushKit token (call invitations), when the app gave one. */
export type ApnsDetails = { topic: string; sandbox: boolean; voipToken?: string };
export type WebPushDetails = { p256dh: string; auth: string };

export type PushDevice =
  | { kind: "apns"; token: string; details: ApnsDetails }
  | { kind: "fcm"; token: string; details: Record<string, never> }
  | { kind: "webpush"; token: string; details: WebPushDetails };

export type StoredDevice = PushDevice & {
  id: string;
  sessionId: string;
  userId: string;
  createdAt: number;
  updatedAt: number;
};

type DeviceRow = {
  id: string;
  session_id: string;
  user_id: string;
  kind: PushKind;
  address: string;
  details: string;
  created_at: number;
  updated_at: number;
};

/** The expression migrations/0018_push_voip_token.sql indexes: the same text, so SQLite uses the index. */
const VOIP_TOKEN = "json_extract(details, '$.voipToken')";

// D1 allows at most 100 bound parameters per statement.
const D1_CHUNK = 90;

function toDevice(row: DeviceRow): StoredDevice {
  return {
    id: row.id,
    sessionId: row.session_id,
    userId: row.user_id,
    kind: row.kind,
    token: row.address,
    details: JSON.parse(row.details),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  } as StoredDevice;
}

function addressOf(target: PushTarget): { address: string; details: object } {
  switch (target.kind) {
    case "apns": {
      const details: ApnsDetails = { topic: target.topic, sandbox: target.sandbox };
      if (target.voipToken) details.voipToken = target.voipToken.toLowerCase();
      return { address: target.token.toLowerCase(), details };
    }
    case "fcm":
      return { address: target.token, details: {} };
    case "webpush":
      return { address: target.subscription.endpoint, details: { ...target.subscription.keys } };
  }
}

/**
 * Sets the session's target. The token (or endpoint) has one owner: any other session holding it
 * loses it in the same batch, whoever it belongs to (a phone that changed hands, a re-install).
 */
export async function registerDevice(
  db: D1Database,
  owner: { userId: string; sessionId: string },
  target: PushTarget,
  now: number,
): Promise<StoredDevice> {
  const { address, details } = addressOf(target);
  const voipToken = "voipToken" in details ? details.voipToken : undefined;
  const [, , upserted] = await db.batch<DeviceRow>([
    db
      .prepare("DELETE FROM push_devices WHERE kind = ? AND address = ? AND session_id != ?")
      .bind(target.kind, address, owner.sessionId),
    // The VoIP token has one owner too (migrations/0018 indexes it).
    db
      .prepare(`DELETE FROM push_devices WHERE ${VOIP_TOKEN} = ? AND kind = 'apns' AND session_id != ?`)
      .bind(voipToken ?? null, owner.sessionId),
    db
      .prepare(
        `INSERT INTO push_devices (id, session_id, user_id, kind, address, details, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
         ON CONFLICT (session_id) DO UPDATE SET kind = excluded.kind, address = excluded.address,
           details = excluded.details, updated_at = excluded.updated_at
         RETURNING *`,
      )
      .bind(newId("pdv"), owner.sessionId, owner.userId, target.kind, address, JSON.stringify(details), now),
  ]);
  const row = upserted?.results[0];
  if (!row) throw new Error("unreachable: the upsert returns its row");
  return toDevice(row);
}

/** Removes the session's target; false when it had none. */
export async function removeSessionDevice(db: D1Database, userId: string, sessionId: string): Promise<boolean> {
  const row = await db
    .prepare("DELETE FROM push_devices WHERE session_id = ? AND user_id = ? RETURNING id")
    .bind(sessionId, userId)
    .first();
  return row !== null;
}

/** The statement that drops a session's target: batched with the session's revocation. */
export function removeSessionDeviceStatement(db: D1Database, sessionId: string) {
  return db.prepare("DELETE FROM push_devices WHERE session_id = ?").bind(sessionId);
}

const LIVE_DEVICES = `SELECT d.* FROM push_devices d
  JOIN auth_sessions s ON s.id = d.session_id AND s.revoked_at IS NULL`;

export async function listUserDevices(db: D1Database, userId: string): Promise<StoredDevice[]> {
  const { results } = await db
    .prepare(`${LIVE_DEVICES} WHERE d.user_id = ? ORDER BY d.created_at, d.id`)
    .bind(userId)
    .all<DeviceRow>();
  return results.map(toDevice);
}

/** Every live target of these users (a job's recipients), in chunks within D1's parameter limit. */
export async function devicesOf(db: D1Database, userIds: string[]): Promise<StoredDevice[]> {
  const devices: StoredDevice[] = [];
  const unique = [...new Set(userIds)];
  for (let i = 0; i < unique.length; i += D1_CHUNK) {
    const chunk = unique.slice(i, i + D1_CHUNK);
    const { results } = await db
      .prepare(`${LIVE_DEVICES} WHERE d.user_id IN (${chunk.map(() => "?").join(", ")})`)
      .bind(...chunk)
      .all<DeviceRow>();
    devices.push(...results.map(toDevice));
  }
  return devices;
}

export async function deviceById(db: D1Database, deviceId: string): Promise<StoredDevice | null> {
  const row = await db.prepare(`${LIVE_DEVICES} WHERE d.id = ?`).bind(deviceId).first<DeviceRow>();
  return row ? toDevice(row) : null;
}

/**
 * APNs said the VoIP token is dead (the app dropped PushKit, or was reinstalled): the device keeps
 * its alert token, and is rung by time-sensitive alerts until the app registers a new VoIP token.
 */
export async function forgetDeadVoipToken(db: D1Database, device: StoredDevice) {
  if (device.kind !== "apns" || !device.details.voipToken) return;
  await db
    .prepare(`UPDATE push_devices SET details = json_remove(details, '$.voipToken') WHERE id = ? AND ${VOIP_TOKEN} = ?`)
    .bind(device.id, device.details.voipToken)
    .run();
}

/**
 * A provider said the token is dead: forget it, unless the session registered a new token since
 * (then the dead one is already gone and the row holds the new one).
 */
export async function forgetDeadDevice(db: D1Database, device: StoredDevice) {
  await db.prepare("DELETE FROM push_devices WHERE id = ? AND address = ?").bind(device.id, device.token).run();
}

/** How the list shows a device: never the whole token. */
export function deviceLabel(device: PushDevice): string {
  if (device.kind === "webpush") {
    try {
      return `webpush ${new URL(device.token).host}`;
    } catch {
      return "webpush";
    }
  }
  const voip = device.kind === "apns" && device.details.voipToken ? " + voip" : "";
  return `${device.kind} …${device.token.slice(-8)}${voip}`;
}
