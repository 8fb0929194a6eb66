// Its own file so that types that name it (api/env.ts) do not pull the D1 store into Node's typecheck.

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
