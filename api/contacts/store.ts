/** A contact as the API shows it: `registered` is computed now, from `users.phone`. */
export type Contact = {
  phone: string;
  firstName: string;
  lastName: string;
  registered: boolean;
  userId: string | null;
};

type ContactRow = { phone: string; first_name: string; last_name: string; user_id: string | null };

const toContact = (row: ContactRow): Contact => ({
  phone: row.phone,
  firstName: row.first_name,
  lastName: row.last_name,
  registered: row.user_id !== null,
  userId: row.user_id,
});

/**
 * Adds or renames contacts in `ownerId`'s phone book in one statement: the rows travel as one
 * bound JSON parameter read with json_each (D1 allows only 100 bound parameters per statement,
 * and a statement per contact would be slow). No SQL is built from input.
 * Returns the stored contacts with who is registered.
 */
export async function upsertContacts(
  db: D1Database,
  ownerId: string,
  contacts: { phone: string; firstName: string; lastName: string }[],
  now: number,
): Promise<Contact[]> {
  if (contacts.length === 0) return [];
  // `WHERE true` resolves SQLite's parsing ambiguity between INSERT…SELECT and ON CONFLICT.
  await db
    .prepare(
      `INSERT INTO contacts (owner_id, phone, first_name, last_name, created_at, updated_at)
       SELECT ?1, json_extract(value, '$.phone'), json_extract(value, '$.firstName'),
              json_extract(value, '$.lastName'), ?2, ?2
       FROM json_each(?3) WHERE true
       ON CONFLICT(owner_id, phone) DO UPDATE SET first_name = excluded.first_name,
         last_name = excluded.last_name, updated_at = excluded.updated_at`,
    )
    .bind(ownerId, now, JSON.stringify(contacts))
    .run();
  const { results } = await db
    .prepare("SELECT id, phone FROM users WHERE phone IN (SELECT value FROM json_each(?1))")
    .bind(JSON.stringify(contacts.map((c) => c.phone)))
    .all<{ id: string; phone: string }>();
  const registered = new Map(results.map((row) => [row.phone, row.id]));
  return contacts.map((c) => {
    const userId = registered.get(c.phone) ?? null;
    return { ...c, registered: userId !== null, userId };
  });
}

export async function listContacts(db: D1Database, ownerId: string): Promise<Contact[]> {
  const { results } = await db
    .prepare(
      `SELECT c.phone, c.first_name, c.last_name, u.id AS user_id
       FROM contacts c LEFT JOIN users u ON u.phone = c.phone
       WHERE c.owner_id = ? ORDER BY c.first_name COLLATE NOCASE, c.last_name COLLATE NOCASE, c.phone`,
    )
    .bind(ownerId)
    .all<ContactRow>();
  return results.map(toContact);
}

export async function deleteContact(db: D1Database, ownerId: string, phone: string): Promise<boolean> {
  const row = await db
    .prepare("DELETE FROM contacts WHERE owner_id = ? AND phone = ? RETURNING phone")
    .bind(ownerId, phone)
    .first();
  return row !== null;
}
