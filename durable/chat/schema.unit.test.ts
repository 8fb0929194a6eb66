import { describe, expect, it } from "vitest";
import { nodeSqlStorage } from "../sql/node-sqlite.ts";
import { CHAT_SCHEMA, columnsOf, ensureAddedColumns } from "./schema.ts";

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
    ensureAddedColumns(sql);
    expect(columnsOf(sql, "messages")).toContain("call");
    expect(sql.exec("SELECT text, call FROM messages").toArray()).toEqual([{ text: "hi", call: null }]);
    ensureAddedColumns(sql);
    const fresh = nodeSqlStorage();
    fresh.exec(CHAT_SCHEMA);
    ensureAddedColumns(fresh);
    expect(columnsOf(fresh, "messages").filter((name) => name === "call")).toHaveLength(1);
  });
});

describe("the outbox's echo column", () => {
  it("is added to a chat created before it: its waiting rows stay, as no echoes, and a repeat adds nothing", () => {
    const sql = nodeSqlStorage();
    sql.exec(
      "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, recipient TEXT NOT NULL, event_id INTEGER NOT NULL, payload TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL, last_error TEXT)",
    );
    sql.exec("INSERT INTO outbox (recipient, event_id, payload, next_attempt_at) VALUES ('usr_a', 1, '{}', 1)");
    sql.exec(CHAT_SCHEMA);
    ensureAddedColumns(sql);
    ensureAddedColumns(sql);
    expect(columnsOf(sql, "outbox").filter((name) => name === "echo")).toHaveLength(1);
    expect(sql.exec("SELECT recipient, echo FROM outbox").toArray()).toEqual([{ recipient: "usr_a", echo: 0 }]);
    const fresh = nodeSqlStorage();
    fresh.exec(CHAT_SCHEMA);
    ensureAddedColumns(fresh);
    expect(columnsOf(fresh, "outbox").filter((name) => name === "echo")).toHaveLength(1);
  });
});
