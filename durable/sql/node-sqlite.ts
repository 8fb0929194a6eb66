import { DatabaseSync, type SQLInputValue } from "node:sqlite";

// The part of a Durable Object's SqlStorage (and of DurableObjectStorage.transactionSync) that
// the domain modules use, over Node's built-in SQLite, so those modules are unit-tested in Node
// in milliseconds. Both are SQLite: the SQL and its results are the same. Node-only: never
// imported by Worker code.

type Row = Record<string, SqlStorageValue>;

class NodeSqlCursor<T extends Row> {
  readonly columnNames: string[];
  readonly rowsRead: number;
  readonly rowsWritten: number;
  private readonly rows: T[];
  private index = 0;

  constructor(rows: T[], columnNames: string[], rowsWritten: number) {
    this.rows = rows;
    this.columnNames = columnNames;
    this.rowsRead = rows.length;
    this.rowsWritten = rowsWritten;
  }

  next(): IteratorResult<T> {
    const row = this.rows[this.index];
    if (row === undefined) return { done: true, value: undefined };
    this.index += 1;
    return { done: false, value: row };
  }

  toArray(): T[] {
    const rest = this.rows.slice(this.index);
    this.index = this.rows.length;
    return rest;
  }

  one(): T {
    const [row, extra] = this.toArray();
    if (row === undefined) throw new Error("Expected exactly one result from SQL query, but got no results.");
    if (extra !== undefined) throw new Error("Expected exactly one result from SQL query, but got multiple results.");
    return row;
  }

  raw<U extends SqlStorageValue[]>(): IterableIterator<U> {
    const names = this.columnNames;
    return this.toArray()
      .map((row) => names.map((name) => row[name]) as U)
      [Symbol.iterator]();
  }

  [Symbol.iterator](): IterableIterator<T> {
    return this as unknown as IterableIterator<T>;
  }
}

export type NodeSqlStorage = SqlStorage & {
  /** DurableObjectStorage.transactionSync: all of `work` commits, or none of it. */
  transactionSync<T>(work: () => T): T;
  close(): void;
};

/** A fresh in-memory database with the SqlStorage surface. */
export function nodeSqlStorage(): NodeSqlStorage {
  const db = new DatabaseSync(":memory:");
  let depth = 0;

  const exec = <T extends Row>(query: string, ...bindings: unknown[]) => {
    const statement = db.prepare(query);
    const columns = statement.columns().map((column) => column.name);
    if (columns.length === 0 && bindings.length === 0) {
      // prepare() compiles only the first statement; exec() runs a whole script (a schema).
      const before = db.prepare("SELECT total_changes() AS n").get() as { n: number };
      db.exec(query);
      const after = db.prepare("SELECT total_changes() AS n").get() as { n: number };
      return new NodeSqlCursor<T>([], [], after.n - before.n);
    }
    const values = bindings as SQLInputValue[];
    if (columns.length === 0) {
      const { changes } = statement.run(...values);
      return new NodeSqlCursor<T>([], [], Number(changes));
    }
    // Rows come back with a null prototype; plain objects compare and print like workerd's.
    const rows = statement.all(...values).map((row) => ({ ...row }) as T);
    return new NodeSqlCursor<T>(rows, columns, 0);
  };

  const transactionSync = <T>(work: () => T): T => {
    const name = `tx${depth++}`;
    db.exec(`SAVEPOINT ${name}`);
    try {
      const result = work();
      db.exec(`RELEASE ${name}`);
      return result;
    } catch (error) {
      db.exec(`ROLLBACK TO ${name}`);
      db.exec(`RELEASE ${name}`);
      throw error;
    } finally {
      depth -= 1;
    }
  };

  return {
    exec,
    get databaseSize() {
      return Number(
        (
          db.prepare("SELECT page_count * page_size AS n FROM pragma_page_count(), pragma_page_size()").get() as {
            n: number;
          }
        ).n,
      );
    },
    transactionSync,
    close: () => db.close(),
  } as unknown as NodeSqlStorage;
}
