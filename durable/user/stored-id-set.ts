/**
 * A set of ids copied from D1 into this object's own storage (one table, one column), and held in
 * memory once loaded. It is seeded from D1 once per object: a `meta` row remembers that it was, so
 * an evicted object goes on from its storage. After that this class is the table's only writer,
 * and none of its writes runs inside a transaction (they follow an await), so nothing can roll the
 * table back under the copy in memory. Two loads may overlap (the object is not locked while D1
 * answers): the first to finish wins, and a later one is discarded, since a change that landed in
 * between was already applied to the winner's copy.
 */
export class StoredIdSet {
  private readonly sql: SqlStorage;
  private readonly table: string;
  private readonly column: string;
  private readonly loadedKey: string;
  private ids: Set<string> | null = null;

  /** `table`, `column` and `loadedKey` are fixed names from this code, never input. */
  constructor(sql: SqlStorage, names: { table: string; column: string; loadedKey: string }) {
    this.sql = sql;
    this.table = names.table;
    this.column = names.column;
    this.loadedKey = names.loadedKey;
  }

  private seeded(): boolean {
    return this.sql.exec("SELECT 1 FROM meta WHERE key = ?", this.loadedKey).toArray().length > 0;
  }

  /** Loads the copy, from D1 (`seed`) only if this object's storage never had it. */
  async ensureLoaded(seed: () => Promise<string[]>): Promise<void> {
    if (this.ids) return;
    if (!this.seeded()) {
      const fromD1 = await seed();
      if (this.ids) return;
      if (!this.seeded()) {
        for (const id of fromD1) this.sql.exec(`INSERT OR IGNORE INTO ${this.table} (${this.column}) VALUES (?)`, id);
        this.sql.exec("INSERT OR REPLACE INTO meta (key, value) VALUES (?, 1)", this.loadedKey);
      }
    }
    this.ids = new Set(
      this.sql
        .exec<Record<string, string>>(`SELECT ${this.column} FROM ${this.table}`)
        .toArray()
        .map((row) => String(row[this.column])),
    );
  }

  add(id: string): void {
    this.sql.exec(`INSERT OR IGNORE INTO ${this.table} (${this.column}) VALUES (?)`, id);
    this.ids?.add(id);
  }

  delete(id: string): void {
    this.sql.exec(`DELETE FROM ${this.table} WHERE ${this.column} = ?`, id);
    this.ids?.delete(id);
  }

  /** The copy in memory, or null before it is loaded. */
  loaded(): ReadonlySet<string> | null {
    return this.ids;
  }
}
