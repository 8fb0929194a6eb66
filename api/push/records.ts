// The consumer's bookkeeping in D1 (migrations/0009_push.sql): the user's push settings, the
// (job, device) pairs already done, and the pairs given up on.

export async function getPushSettings(db: D1Database, userId: string): Promise<{ hidePreviews: boolean }> {
  const row = await db
    .prepare("SELECT hide_previews FROM push_settings WHERE user_id = ?")
    .bind(userId)
    .first<{ hide_previews: number }>();
  return { hidePreviews: row?.hide_previews === 1 };
}

export async function setPushSettings(db: D1Database, userId: string, hidePreviews: boolean, now: number) {
  await db
    .prepare(
      `INSERT INTO push_settings (user_id, hide_previews, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (user_id) DO UPDATE SET hide_previews = excluded.hide_previews, updated_at = excluded.updated_at`,
    )
    .bind(userId, hidePreviews ? 1 : 0, now)
    .run();
  return { hidePreviews };
}

export type DeliveryOutcome = "sent" | "skipped";

export async function deliveryDone(db: D1Database, jobId: string, deviceId: string): Promise<boolean> {
  return (await deliveryOutcome(db, jobId, deviceId)) !== null;
}

/** How a (job, device) pair ended, or null while it is not done. */
export async function deliveryOutcome(
  db: D1Database,
  jobId: string,
  deviceId: string,
): Promise<DeliveryOutcome | null> {
  const row = await db
    .prepare("SELECT outcome FROM push_deliveries WHERE job_id = ? AND device_id = ?")
    .bind(jobId, deviceId)
    .first<{ outcome: DeliveryOutcome }>();
  return row?.outcome ?? null;
}

export async function recordDelivery(
  db: D1Database,
  jobId: string,
  deviceId: string,
  outcome: DeliveryOutcome,
  now: number,
) {
  await db
    .prepare("INSERT OR IGNORE INTO push_deliveries (job_id, device_id, outcome, done_at) VALUES (?, ?, ?, ?)")
    .bind(jobId, deviceId, outcome, now)
    .run();
}

export type PushDeadLetter = {
  jobId: string;
  deviceId: string;
  provider: string;
  reason: string;
  attempts: number;
};

export async function recordDeadLetter(db: D1Database, dead: PushDeadLetter, now: number) {
  await db
    .prepare(
      `INSERT INTO push_dead_letters (job_id, device_id, provider, reason, attempts, dead_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (job_id, device_id) DO UPDATE SET reason = excluded.reason, attempts = excluded.attempts, dead_at = excluded.dead_at`,
    )
    .bind(dead.jobId, dead.deviceId, dead.provider, dead.reason.slice(0, 200), dead.attempts, now)
    .run();
}
