import { refuse } from "../outcome.ts";
import type { Db } from "../privacy/d1.ts";

// The user's own object keeps its owner's `users` row in memory, so `GET /me` is one call to it
// and no D1 read (the session check is its SessionGate's, as for sends). D1 stays the source of
// truth, and this object is the one writer of the row after sign-in made it: `PATCH /me` goes
// through it (updateProfile below). Reads and writes take turns here, so a read of D1 that
// started before a write cannot put the older row back afterwards. Memory only: a restarted
// object reads the row again. A change made in D1 by hand shows when the object next starts.

/** A row of the `users` table (migrations/0002_users.sql). */
export type UserRow = {
  id: string;
  phone: string;
  first_name: string;
  last_name: string;
  username: string | null;
  bio: string;
  created_at: number;
  updated_at: number;
};

export type ProfileChanges = {
  firstName?: string | undefined;
  lastName?: string | undefined;
  username?: string | null | undefined;
  bio?: string | undefined;
};

export function readProfile(db: Db, userId: string): Promise<UserRow | null> {
  return db.prepare("SELECT * FROM users WHERE id = ?").bind(userId).first<UserRow>();
}

/** Applies the given fields; a username taken by someone else (any case) is a 409. */
export async function storeProfileChanges(
  db: Db,
  userId: string,
  changes: ProfileChanges,
  now: number,
): Promise<UserRow | null> {
  const sets: string[] = [];
  const values: (string | number | null)[] = [];
  const set = (column: string, value: string | null) => {
    values.push(value);
    sets.push(`${column} = ?${values.length}`);
  };
  // Column names are fixed strings here; only values are bound.
  if (changes.firstName !== undefined) set("first_name", changes.firstName);
  if (changes.lastName !== undefined) set("last_name", changes.lastName);
  if (changes.bio !== undefined) set("bio", changes.bio);
  if (changes.username !== undefined) {
    set("username", changes.username);
    set("username_lower", changes.username?.toLowerCase() ?? null);
  }
  values.push(now);
  sets.push(`updated_at = ?${values.length}`);
  values.push(userId);
  try {
    return await db
      .prepare(`UPDATE users SET ${sets.join(", ")} WHERE id = ?${values.length} RETURNING *`)
      .bind(...values)
      .first<UserRow>();
  } catch (error) {
    if (String(error).includes("UNIQUE constraint failed: users.username_lower")) {
      throw refuse.conflict("That username is taken", "USERNAME_TAKEN");
    }
    throw error;
  }
}

/** The owner's row as D1 last answered it to this object; null when the account does not exist. */
export class ProfileCache {
  /** undefined: not read in this object's lifetime, or a write failed and D1 must say. */
  private row: UserRow | null | undefined;
  /** The last read or write of D1: the next one starts after it. */
  private turn: Promise<unknown> = Promise.resolve();

  read(load: () => Promise<UserRow | null>): Promise<UserRow | null> {
    if (this.row !== undefined) return Promise.resolve(this.row);
    return this.inTurn(async () => {
      if (this.row === undefined) this.row = await load();
      return this.row;
    });
  }

  /** `store` answers the row as D1 has it after the write (RETURNING); it may refuse (a taken username). */
  write(store: () => Promise<UserRow | null>): Promise<UserRow | null> {
    return this.inTurn(async () => {
      // Until D1 answers, nobody knows which row it holds.
      this.row = undefined;
      this.row = await store();
      return this.row;
    });
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const next = this.turn.then(work);
    this.turn = next.catch(() => {});
    return next;
  }
}
