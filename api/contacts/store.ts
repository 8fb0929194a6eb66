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

// D1 allows 100 bound parameters per statement; 5 per row → 20 rows per INSERT.
const ROWS_PER_INSERT = 20;

/**
 * Adds or renames contacts in `ownerId`'s phone book, all in one transaction (a batch), with
 * bound parameters only. Returns the stored contacts with who is registered.
 */
export async function upsertContacts(
  db: D1Database,
  ownerId: string,
  contacts: { phone: string; firstName: string; lastName: string }[],
  now: number,
): Promise<Contact[]> {
  if (contacts.length === 0) return [];
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < contacts.length; i += ROWS_PER_INSERT) {
    const chunk = contacts.slice(i, i + ROWS_PER_INSERT);
    const placeholders = chunk.map(() => "(?, ?, ?, ?, ?, ?)").join(", ");
    statements.push(
      db
        .prepare(
          `INSERT INTO contacts (owner_id, phone, first_name, last_name, created_at, updated_at) VALUES ${placeholders}
           ON CONFLICT(owner_id, phone) DO UPDATE SET first_name = excluded.first_name,
             last_name = excluded.last_name, updated_at = excluded.updated_at`,
        )
        .bind(...chunk.flatMap((c) => [ownerId, c.phone, c.firstName, c.lastName, now, now])),
    );
  }
  await db.batch(statements);
  const registered = await registeredAmong(
    db,
    contacts.map((c) => c.phone),
  );
  return contacts.map((c) => {
    const userId = registered.get(c.phone) ?? null;
    return { ...c, registered: userId !== null, userId };
  });
}

/** phone → user id, for the given phones that have an account. */
async function registeredAmong(db: D1Database, phones: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < phones.length; i += 90) {
    const chunk = phones.slice(i, i + 90);
    const { results } = await db
      .prepare(`SELECT id, phone FROM users WHERE phone IN (${chunk.map(() => "?").join(", ")})`)
      .bind(...chunk)
      .all<{ id: string; phone: string }>();
    for (const row of results) found.set(row.phone, row.id);
  }
  return found;
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
