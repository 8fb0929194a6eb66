import type { UserRow } from "../../durable/index.ts";
import { newId } from "../auth/secrets.ts";
import { ApiError } from "../errors.ts";

export type { UserRow };

const iso = (ms: number) => new Date(ms).toISOString();

/** The signed-in user's own view of themselves. */
export function toMe(row: UserRow) {
  return {
    id: row.id,
    phone: row.phone,
    firstName: row.first_name,
    lastName: row.last_name,
    username: row.username,
    bio: row.bio,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** Anyone's view of a user; the phone only when the viewer may see it. */
export function toPublicUser(row: UserRow, phoneVisible: boolean) {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    username: row.username,
    bio: row.bio,
    phone: phoneVisible ? row.phone : null,
  };
}

/** Anyone's row by id: the same statement the user's own object reads its row with. */
export { readProfile as getUser } from "../../durable/index.ts";

/**
 * The user with this phone, created on first sign-in. One statement decides which: the phone is
 * UNIQUE, so two first sign-ins racing end with one user and one `isNew`.
 */
export async function findOrCreateUserByPhone(
  db: D1Database,
  phone: string,
  now: number,
): Promise<{ user: UserRow; isNew: boolean }> {
  const created = await db
    .prepare(
      `INSERT INTO users (id, phone, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)
       ON CONFLICT(phone) DO NOTHING RETURNING *`,
    )
    .bind(newId("usr"), phone, now)
    .first<UserRow>();
  if (created) return { user: created, isNew: true };
  const existing = await db.prepare("SELECT * FROM users WHERE phone = ?").bind(phone).first<UserRow>();
  if (!existing) throw new ApiError(500, "INTERNAL_ERROR", "User vanished during sign-in");
  return { user: existing, isNew: false };
}

export async function findUserByUsername(db: D1Database, username: string): Promise<UserRow | null> {
  return db.prepare("SELECT * FROM users WHERE username_lower = ?").bind(username.toLowerCase()).first<UserRow>();
}

/** Whether `viewerId` may see `target`'s phone: it is their own, or it is in their phone book. */
export async function canSeePhone(db: D1Database, viewerId: string, target: UserRow): Promise<boolean> {
  if (viewerId === target.id) return true;
  const row = await db
    .prepare("SELECT 1 AS found FROM contacts WHERE owner_id = ? AND phone = ?")
    .bind(viewerId, target.phone)
    .first<{ found: number }>();
  return row !== null;
}
