import { describe, expect, it } from "vitest";
import { nodeSqlStorage } from "../sql/node-sqlite.ts";
import { CHAT_SCHEMA, ensureMessageCallColumn } from "./schema.ts";

const columns = (sql: SqlStorage) =>
  sql
    .exec<{ name: string }>("SELECT name FROM pragma_table_info('messages')")
    .toArray()
    .map((c) => c.name);

describe("the messages table's call column", () => {
  it("is added to a chat created before it, keeping its rows, and left alone where it exists", () => {
    const sql = nodeSqlStorage();
    sql.exec(
      "CREATE TABLE messages (seq INTEGER PRIMARY KEY, sender_id TEXT NOT NULL, client_message_id TEXT NOT NULL, text TEXT, reply_to_seq INTEGER, fwd_sender_id TEXT, fwd_sent_at INTEGER, attachment_ids TEXT NOT NULL DEFAULT '[]', created_at INTEGER NOT NULL, edited_at INTEGER, deleted_at INTEGER)",
    );
    sql.exec(
      "INSERT INTO messages (seq, sender_id, client_message_id, text, created_at) VALUES (1, 'usr_a', 'c1', 'hi', 1)",
    );
    sql.exec(CHAT_SCHEMA);
    ensureMessageCallColumn(sql);
    expect(columns(sql)).toContain("call");
    expect(sql.exec("SELECT text, call FROM messages").toArray()).toEqual([{ text: "hi", call: null }]);
    ensureMessageCallColumn(sql);
    const fresh = nodeSqlStorage();
    fresh.exec(CHAT_SCHEMA);
    ensureMessageCallColumn(fresh);
    expect(columns(fresh).filter((name) => name === "call")).toHaveLength(1);
  });
});
