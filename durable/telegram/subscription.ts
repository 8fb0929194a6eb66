// What a session is subscribed to, in its own storage: the webhook (url, secret, failing) and
// where its live updates stand (Telegram's pts/qts/date, and the seq of the last event it sent).
import type { UpdateState } from "./live-updates.ts";

type Row = {
  webhook_url: string | null;
  webhook_secret: string | null;
  webhook_failing: number;
  pts: number | null;
  qts: number | null;
  date: number | null;
  seq: number;
};

export class Subscription {
  private readonly sql: SqlStorage;

  constructor(sql: SqlStorage) {
    this.sql = sql;
  }

  static ensureSchema(sql: SqlStorage) {
    sql.exec(`
      CREATE TABLE IF NOT EXISTS subscription (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        webhook_url TEXT,
        webhook_secret TEXT,
        webhook_failing INTEGER NOT NULL DEFAULT 0,
        pts INTEGER,
        qts INTEGER,
        date INTEGER,
        seq INTEGER NOT NULL DEFAULT 0
      );
      INSERT OR IGNORE INTO subscription (id) VALUES (1);
    `);
  }

  private row(): Row {
    return this.sql.exec<Row>("SELECT * FROM subscription WHERE id = 1").one();
  }

  /** The webhook as the API shows it (never the secret). */
  webhookView(): { url: string; failing: boolean } | null {
    const row = this.row();
    return row.webhook_url ? { url: row.webhook_url, failing: row.webhook_failing === 1 } : null;
  }

  /** The webhook posts go to, while it is not failing. */
  activeWebhook(): { url: string; secret: string } | undefined {
    const row = this.row();
    if (!row.webhook_url || !row.webhook_secret || row.webhook_failing) return undefined;
    return { url: row.webhook_url, secret: row.webhook_secret };
  }

  setWebhook(url: string, secret: string) {
    this.sql.exec(
      "UPDATE subscription SET webhook_url = ?, webhook_secret = ?, webhook_failing = 0 WHERE id = 1",
      url,
      secret,
    );
  }

  clearWebhook() {
    this.sql.exec(
      "UPDATE subscription SET webhook_url = NULL, webhook_secret = NULL, webhook_failing = 0 WHERE id = 1",
    );
  }

  /** Marks the webhook failing, if it is still the one at `url` (a later PUT starts afresh). */
  markFailing(url: string): boolean {
    const changed = this.sql
      .exec("UPDATE subscription SET webhook_failing = 1 WHERE id = 1 AND webhook_url = ? RETURNING id", url)
      .toArray();
    return changed.length > 0;
  }

  state(): UpdateState | undefined {
    const row = this.row();
    return row.pts === null ? undefined : { pts: row.pts, qts: row.qts ?? 0, date: row.date ?? 0 };
  }

  saveState(state: UpdateState) {
    this.sql.exec("UPDATE subscription SET pts = ?, qts = ?, date = ? WHERE id = 1", state.pts, state.qts, state.date);
  }

  /** Forgets where updates stood (signed out: a new login starts from its own state). */
  resetState() {
    this.sql.exec("UPDATE subscription SET pts = NULL, qts = NULL, date = NULL WHERE id = 1");
  }

  nextSeq(): number {
    return this.sql.exec<{ seq: number }>("UPDATE subscription SET seq = seq + 1 WHERE id = 1 RETURNING seq").one().seq;
  }
}
