// A user's call line: the one call they are ringing for or in, across all their chats and
// devices. A CallDO claims it before ringing the user; a line already held by another live call
// makes the user busy. The CallDO frees it when the user leaves or the call ends; a line whose
// call is over without having freed it (the object could not be reached) is found stale here.

const CALL_LINE_SCHEMA = `
CREATE TABLE IF NOT EXISTS call_line (
  slot INTEGER PRIMARY KEY CHECK (slot = 1),
  call_id TEXT NOT NULL,
  since INTEGER NOT NULL
);
`;

export type LineHolder = (callId: string) => Promise<boolean>;

export class CallLine {
  private readonly sql: SqlStorage;
  private ready = false;

  constructor(sql: SqlStorage) {
    this.sql = sql;
  }

  /** The call holding the line, if any. */
  current(): string | null {
    this.schema();
    return this.sql.exec<{ call_id: string }>("SELECT call_id FROM call_line").toArray()[0]?.call_id ?? null;
  }

  /** Takes the line for `callId`: false when another call still holds it (the user is busy). */
  async claim(callId: string, now: number, stillHolds: LineHolder): Promise<boolean> {
    const held = this.current();
    if (held !== null && held !== callId && (await stillHolds(held))) return false;
    this.sql.exec("INSERT OR REPLACE INTO call_line (slot, call_id, since) VALUES (1, ?, ?)", callId, now);
    return true;
  }

  /** Frees the line if `callId` holds it. */
  release(callId: string) {
    this.schema();
    this.sql.exec("DELETE FROM call_line WHERE call_id = ?", callId);
  }

  private schema() {
    if (this.ready) return;
    this.sql.exec(CALL_LINE_SCHEMA);
    this.ready = true;
  }
}
