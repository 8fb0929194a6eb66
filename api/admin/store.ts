// The D1 side of the operator API: API keys, their usage, and revocation. revokeApiKey is the
// one place a key is revoked over the API (the CLI, tools/apikey.ts, runs the same UPDATE).
import type { ApiKeyView } from "../../openapi/admin-api-keys.ts";
import { insertApiKeySql, newApiKey } from "../auth/api-keys.ts";

type KeyRow = {
  id: string;
  name: string;
  created_at: number;
  revoked_at: number | null;
  sessions: number;
  calls_today: number | null;
};

/** The UTC day usage is counted in: `2026-12-01`. */
export const usageDay = (now: number) => new Date(now).toISOString().slice(0, 10);

const iso = (ms: number) => new Date(ms).toISOString();

function view(row: KeyRow): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    createdAt: iso(row.created_at),
    revokedAt: row.revoked_at === null ? null : iso(row.revoked_at),
    usage: { sessions: row.sessions, callsToday: row.calls_today ?? 0 },
  };
}

const SELECT_WITH_USAGE = `
  SELECT k.id, k.name, k.created_at, k.revoked_at,
    (SELECT COUNT(*) FROM telegram_sessions s WHERE s.api_key_id = k.id) AS sessions,
    (SELECT calls FROM api_key_usage u WHERE u.api_key_id = k.id AND u.day = ?1) AS calls_today
  FROM api_keys k`;

/** A new key: the key itself is returned once, only its hash is stored. */
export async function createApiKey(db: D1Database, name: string, now: number) {
  const { id, key, keyHash } = await newApiKey();
  await db.prepare(insertApiKeySql({ id, name, keyHash, createdAt: now })).run();
  return { id, name, key, createdAt: iso(now) };
}

export async function listApiKeys(db: D1Database, now: number): Promise<ApiKeyView[]> {
  const { results } = await db
    .prepare(`${SELECT_WITH_USAGE} ORDER BY k.created_at, k.id`)
    .bind(usageDay(now))
    .all<KeyRow>();
  return results.map(view);
}

export async function findApiKey(db: D1Database, id: string, now: number): Promise<ApiKeyView | undefined> {
  const row = await db.prepare(`${SELECT_WITH_USAGE} WHERE k.id = ?2`).bind(usageDay(now), id).first<KeyRow>();
  return row ? view(row) : undefined;
}

/**
 * Revokes a key: from now on its calls answer 401. Idempotent: a second revocation keeps the
 * first time. Undefined when no such key exists. Whatever else revoking must do (e.g. signing
 * the key's Telegram sessions out) belongs here, so every caller gets it.
 */
export async function revokeApiKey(db: D1Database, id: string, now: number) {
  const row = await db
    .prepare("UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?2) WHERE id = ?1 RETURNING id, revoked_at")
    .bind(id, now)
    .first<{ id: string; revoked_at: number }>();
  return row ? { id: row.id, revokedAt: iso(row.revoked_at) } : undefined;
}

/**
 * The id of the live key with this hash, counting the call in today's usage row: the upsert and
 * the lookup go to D1 as one batch (one round trip, as the lookup alone took). A revoked or
 * unknown key counts nothing and answers undefined.
 */
export async function authenticateApiKeyCall(db: D1Database, keyHash: string, now: number) {
  const [, lookup] = await db.batch<{ id: string }>([
    db
      .prepare(
        `INSERT INTO api_key_usage (api_key_id, day, calls)
         SELECT id, ?2, 1 FROM api_keys WHERE key_hash = ?1 AND revoked_at IS NULL
         ON CONFLICT (api_key_id, day) DO UPDATE SET calls = calls + 1`,
      )
      .bind(keyHash, usageDay(now)),
    db.prepare("SELECT id FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL").bind(keyHash),
  ]);
  return lookup?.results[0]?.id;
}
