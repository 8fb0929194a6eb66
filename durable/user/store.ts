import type { ChatInfo, ChatListItem, ChatSettings, MessagePreview } from "../../openapi/messaging-types.ts";
import type { Update, UpdateBody } from "../../openapi/realtime-types.ts";
import type { ChatEvent } from "../chat/rpc.ts";
import { previewText } from "../chat/rules.ts";
import { type Clock, systemClock } from "../clock.ts";
import { screenUpdate } from "./blocks.ts";
import type { ChatListCursor } from "./rpc.ts";

type ChatRow = {
  chat_id: string;
  kind: "dialog" | "group";
  title: string | null;
  peer_id: string | null;
  last_seq: number;
  read_seq: number;
  unread_count: number;
  last_message: string | null;
  last_activity_at: number;
  muted: number;
  muted_until: number | null;
  pinned: number;
};

type Rows<T> = T & Record<string, SqlStorageValue>;

/** An update as the log stores it and sockets receive it: its pts and its JSON text. */
export type LogEntry = { pts: number; json: string };

export type UpdatesPage =
  | { tooLong: true; pts: number }
  | { tooLong: false; updates: Update[]; pts: number; hasMore: boolean };

export type SettingsPatch = {
  muted?: boolean | undefined;
  mutedUntil?: number | null | undefined;
  pinned?: boolean | undefined;
};

/**
 * One user's chat list and update log over their UserDO's SQLite storage. Synchronous: the
 * UserDO runs each call inside `transactionSync`, so an event, its effect on the chat list and its
 * log entry commit together.
 */
export class UserStore {
  private readonly sql: SqlStorage;
  private readonly now: Clock;
  /**
   * The owner as stored, once read back from storage: it never changes once recorded, and every
   * RPC checks it, so it is kept here rather than read per call (a meta SELECT per delivery in
   * the profile). Only a value found already stored is kept, never one written by this call: a
   * write inside a transaction that then throws is rolled back, and must not survive here.
   */
  private knownOwner: string | null = null;
  /**
   * The log's pts and each chat's mark, kept once read or written: every delivery needs both, and
   * reading them (one SELECT) and recording pts (one UPSERT) cost 2 of its 5 statements. Writes
   * run in `transaction`, which forgets them when the storage rolls back, so memory never holds
   * a value storage does not. pts itself is not stored apart from the log: it is the highest pts
   * in it (a trim keeps at least the newest `retention` entries, and retention is at least 10).
   */
  private knownPts: number | null = null;
  private readonly knownMarks = new Map<string, number>();

  constructor(sql: SqlStorage, now: Clock = systemClock) {
    this.sql = sql;
    this.now = now;
  }

  private meta(key: string): SqlStorageValue | undefined {
    return this.sql.exec<{ value: SqlStorageValue }>("SELECT value FROM meta WHERE key = ?", key).toArray()[0]?.value;
  }

  private setMeta(key: string, value: SqlStorageValue) {
    this.sql.exec(
      "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      key,
      value,
    );
  }

  /** The user this object belongs to: recorded on first use, then checked (a wrong stub is a bug). */
  bindOwner(userId: string) {
    const owner = this.knownOwner ?? this.meta("owner");
    if (owner === undefined) this.setMeta("owner", userId);
    else if (owner !== userId) throw new Error("UserDO called for a different user");
    else this.knownOwner = owner;
  }

  private owner(): string {
    return this.knownOwner ?? String(this.meta("owner") ?? "");
  }

  /** The user this object belongs to, or null before its first call. */
  ownerId(): string | null {
    return this.owner() || null;
  }

  pts(): number {
    // `meta.pts` is where earlier versions recorded it; the log never holds less.
    this.knownPts ??= Number(
      this.sql
        .exec<{ pts: SqlStorageValue }>(
          `SELECT MAX(COALESCE((SELECT MAX(pts) FROM updates), 0),
                      COALESCE((SELECT value FROM meta WHERE key = 'pts'), 0)) AS pts`,
        )
        .one().pts,
    );
    return this.knownPts;
  }

  /** The last event of `chatId` applied here (0 before the first). */
  private mark(chatId: string): number {
    let mark = this.knownMarks.get(chatId);
    if (mark === undefined) {
      mark =
        this.sql
          .exec<{ last_event_id: number }>("SELECT last_event_id FROM chat_event_marks WHERE chat_id = ?", chatId)
          .toArray()[0]?.last_event_id ?? 0;
      this.knownMarks.set(chatId, mark);
    }
    return mark;
  }

  /**
   * Runs `work` in one storage transaction (the UserDO's `transactionSync`, or the SQL adapter's in
   * unit tests). Every write of this store goes through here: if `work` throws, storage rolled back,
   * and so does what this store keeps in memory, and what the caller keeps (`onRollback`: the
   * object's send counts, when `work` flushed them).
   */
  transaction<T>(storage: { transactionSync<R>(work: () => R): R }, work: () => T, onRollback?: () => void): T {
    try {
      return storage.transactionSync(work);
    } catch (error) {
      this.knownPts = null;
      this.knownMarks.clear();
      onRollback?.();
      throw error;
    }
  }

  // ---------------------------------------------------------------- the update log

  /** Appends one update to the log (and trims it to `retention`); in the caller's transaction. */
  append(body: UpdateBody, retention: number): Update {
    const { update } = this.insertUpdate(body, this.pts() + 1);
    this.advancePts(update.pts, retention);
    return update;
  }

  /**
   * Writes one log entry at `pts`; the caller moves the log's pts (advancePts) once for a batch.
   * Answers the entry's text too: the sockets get the same JSON the log holds.
   */
  private insertUpdate(body: UpdateBody, pts: number): { update: Update; entry: LogEntry } {
    const update = { ...body, pts } as Update;
    const json = JSON.stringify(update);
    this.sql.exec(
      "INSERT INTO updates (pts, type, chat_id, body) VALUES (?, ?, ?, ?)",
      pts,
      update.type,
      update.chatId,
      json,
    );
    return { update, entry: { pts, json } };
  }

  /** Records the log's new pts and trims it to `retention`; in the caller's transaction. */
  private advancePts(pts: number, retention: number) {
    this.knownPts = pts;
    const cutoff = pts - retention;
    if (cutoff > 0) {
      this.sql.exec("DELETE FROM updates WHERE pts <= ?", cutoff);
      this.setMeta("trimmed_through", cutoff);
    }
  }

  /** Updates after `since`, oldest first; `tooLong` when some of them were already trimmed. */
  updatesSince(since: number, limit: number): UpdatesPage {
    const pts = this.pts();
    const trimmedThrough = Number(this.meta("trimmed_through") ?? 0);
    // A pts from the future means the client's state is not ours (e.g. a reset): it must refetch.
    if (since < trimmedThrough || since > pts) return { tooLong: true, pts };
    const rows = this.sql
      .exec<{ body: string }>("SELECT body FROM updates WHERE pts > ? ORDER BY pts LIMIT ?", since, limit + 1)
      .toArray();
    const updates = rows.slice(0, limit).map((row) => JSON.parse(row.body) as Update);
    const last = updates[updates.length - 1];
    return { tooLong: false, updates, pts: last ? last.pts : since, hasMore: rows.length > limit };
  }

  /**
   * For an acknowledgement up to `upToPts`: per chat, the highest seq of others' messages among
   * the newMessage updates not yet acknowledged. The chats then move the user's delivered markers.
   */
  deliveryMarks(upToPts: number): { ackedPts: number; upToPts: number; marks: { chatId: string; upToSeq: number }[] } {
    const ackedPts = Number(this.meta("acked_pts") ?? 0);
    const target = Math.min(upToPts, this.pts());
    if (target <= ackedPts) return { ackedPts, upToPts: ackedPts, marks: [] };
    const marks = this.sql
      .exec<{ chatId: string; upToSeq: number }>(
        `SELECT chat_id AS chatId, MAX(json_extract(body, '$.message.seq')) AS upToSeq FROM updates
         WHERE pts > ? AND pts <= ? AND type = 'newMessage' AND json_extract(body, '$.message.senderId') != ?
         GROUP BY chat_id`,
        ackedPts,
        target,
        this.owner(),
      )
      .toArray();
    return { ackedPts, upToPts: target, marks };
  }

  /** Records an acknowledgement; it only moves forward. */
  acknowledge(upToPts: number) {
    const ackedPts = Number(this.meta("acked_pts") ?? 0);
    if (upToPts > ackedPts) this.setMeta("acked_pts", upToPts);
  }

  // ---------------------------------------------------------------- events from chats

  /**
   * Applies a chat's events once each, in order: events at or below the chat's mark are repeats
   * of a delivery whose acknowledgement was lost, and are skipped. `hides` names the senders
   * whose messages this user does not receive here (blocked, in a group: see blocks.ts): their
   * events are dropped before they touch the chat list or the log, so no socket, catch-up,
   * unread count, preview or push ever sees them.
   */
  applyChatEvents(
    chatId: string,
    events: ChatEvent[],
    retention: number,
    hides: (senderId: string) => boolean = () => false,
  ): { applied: LogEntry[]; pts: number } {
    // The batch's pts are numbered here and the log's pts moves once (with one trim) after the
    // last one: per event, a meta read and write cost more than the log entry itself.
    let mark = this.mark(chatId);
    let pts = this.pts();
    const before = mark;
    const applied: LogEntry[] = [];
    for (const event of events) {
      // A repeat is skipped before its text is parsed.
      if (event.eventId <= mark) continue;
      const body = JSON.parse(event.body) as UpdateBody;
      if (body.chatId !== chatId) continue;
      mark = event.eventId;
      const update = screenUpdate(body, hides);
      if (!update) continue;
      this.applyToChatList(update, hides);
      pts += 1;
      applied.push(this.insertUpdate(update, pts).entry);
    }
    if (applied.length > 0) this.advancePts(pts, retention);
    // A batch of repeats only (a lost acknowledgement) leaves the mark where it was.
    if (mark !== before) {
      this.sql.exec(
        "INSERT INTO chat_event_marks (chat_id, last_event_id) VALUES (?, ?) ON CONFLICT(chat_id) DO UPDATE SET last_event_id = excluded.last_event_id",
        chatId,
        mark,
      );
      this.knownMarks.set(chatId, mark);
    }
    return { applied, pts };
  }

  private chatRow(chatId: string): ChatRow | undefined {
    return this.sql.exec<Rows<ChatRow>>("SELECT * FROM chats WHERE chat_id = ?", chatId).toArray()[0];
  }

  private upsertChat(chat: ChatInfo, activityAt: number) {
    this.sql.exec(
      `INSERT INTO chats (chat_id, kind, title, peer_id, last_activity_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(chat_id) DO UPDATE SET kind = excluded.kind, title = excluded.title, peer_id = excluded.peer_id`,
      chat.id,
      chat.kind,
      chat.title,
      chat.peerId,
      activityAt,
    );
  }

  /**
   * Erases the text and attachments of message `seq` (every message when null) of a chat from
   * every update in the log that carries them: the message itself (newMessage, messageEdited) and
   * the chat previews (`lastMessage` of memberAdded and messageDeleted).
   */
  private redactLog(chatId: string, seq: number | null) {
    this.sql.exec(
      `UPDATE updates SET body = json_set(body, '$.message.text', '', '$.message.attachmentIds', json('[]'),
         '$.message.attachments', json('[]'))
       WHERE chat_id = ?1 AND type IN ('newMessage', 'messageEdited')
         AND (?2 IS NULL OR json_extract(body, '$.message.seq') = ?2)`,
      chatId,
      seq,
    );
    this.sql.exec(
      `UPDATE updates SET body = json_set(body, '$.lastMessage.text', '', '$.lastMessage.hasAttachments', json('false'))
       WHERE chat_id = ?1 AND type IN ('memberAdded', 'messageDeleted')
         AND json_extract(body, '$.lastMessage') IS NOT NULL
         AND (?2 IS NULL OR json_extract(body, '$.lastMessage.seq') = ?2)`,
      chatId,
      seq,
    );
  }

  private applyToChatList(update: UpdateBody, hides: (senderId: string) => boolean) {
    const me = this.owner();
    // Read only where the change depends on it: a new message, the common case, needs no read.
    const row = () => this.chatRow(update.chatId);
    switch (update.type) {
      case "chatUpdated":
        if (update.chat) this.upsertChat(update.chat, update.date);
        return;
      case "memberAdded":
        if (update.userIds.includes(me)) {
          this.upsertChat(update.chat, update.date);
          // A new member starts with the history read: only later messages count as unread.
          this.sql.exec(
            `UPDATE chats SET last_seq = MAX(last_seq, ?1), read_seq = MAX(read_seq, ?1),
               last_message = COALESCE(last_message, ?2) WHERE chat_id = ?3`,
            update.lastSeq,
            update.lastMessage ? JSON.stringify(update.lastMessage) : null,
            update.chatId,
          );
        } else {
          const current = row();
          if (current) this.upsertChat(update.chat, current.last_activity_at);
        }
        return;
      case "memberRemoved":
        if (update.userId === me) {
          this.sql.exec("DELETE FROM chats WHERE chat_id = ?", update.chatId);
          // A former member can no longer read the history, nor hear of later deletions: the
          // log keeps no text of it either.
          this.redactLog(update.chatId, null);
        }
        return;
      case "newMessage": {
        const message = update.message;
        const preview: MessagePreview = {
          seq: message.seq,
          senderId: message.senderId,
          text: previewText(message.text),
          hasAttachments: message.attachmentIds.length > 0,
          createdAt: message.createdAt,
        };
        // Unread unless it is the user's own or at or below their read marker (SET expressions
        // read the row as it was). No row, no chat in the list: nothing changes.
        this.sql.exec(
          `UPDATE chats SET last_seq = MAX(last_seq, ?1), unread_count = unread_count + (?2 AND ?1 > read_seq),
             last_activity_at = MAX(last_activity_at, ?3), last_message = ?4 WHERE chat_id = ?5`,
          message.seq,
          message.senderId !== me ? 1 : 0,
          message.createdAt,
          JSON.stringify(preview),
          update.chatId,
        );
        return;
      }
      case "messageEdited": {
        const edited = row();
        if (!edited?.last_message) return;
        const current = JSON.parse(edited.last_message) as MessagePreview;
        if (current.seq !== update.message.seq) return;
        const text = update.message.text;
        const preview = { ...current, text: previewText(text) };
        this.sql.exec("UPDATE chats SET last_message = ? WHERE chat_id = ?", JSON.stringify(preview), update.chatId);
        return;
      }
      case "messageDeleted": {
        // The log forgets the text too: earlier updates that carried the message are redacted.
        this.redactLog(update.chatId, update.seq);
        const chat = row();
        if (!chat) return;
        // A hidden sender's message was never counted here (nor by the chat's own count).
        const wasUnread = update.senderId !== me && !hides(update.senderId) && update.seq > chat.read_seq ? 1 : 0;
        const current = chat.last_message ? (JSON.parse(chat.last_message) as MessagePreview) : null;
        const preview = current && current.seq === update.seq ? update.lastMessage : current;
        this.sql.exec(
          "UPDATE chats SET unread_count = MAX(0, unread_count - ?), last_message = ? WHERE chat_id = ?",
          wasUnread,
          preview ? JSON.stringify(preview) : null,
          update.chatId,
        );
        return;
      }
      case "read":
        // Without the chat in the list the UPDATE changes nothing: no read needed.
        if (update.userId !== me) return;
        this.sql.exec(
          "UPDATE chats SET read_seq = MAX(read_seq, ?), unread_count = COALESCE(?, unread_count) WHERE chat_id = ?",
          update.upToSeq,
          update.unreadCount ?? null,
          update.chatId,
        );
        return;
      case "reaction":
      case "delivered":
      case "draftUpdated":
        return;
    }
  }

  // ---------------------------------------------------------------- the chat list

  private toItem(row: ChatRow): ChatListItem {
    const now = this.now();
    const mutedNow = row.muted === 1 && (row.muted_until === null || row.muted_until > now);
    return {
      chatId: row.chat_id,
      kind: row.kind,
      title: row.title,
      peerId: row.peer_id,
      lastMessage: row.last_message ? (JSON.parse(row.last_message) as MessagePreview) : null,
      lastActivityAt: row.last_activity_at,
      lastSeq: row.last_seq,
      readSeq: row.read_seq,
      unreadCount: row.unread_count,
      muted: mutedNow,
      mutedUntil: row.muted_until,
      pinned: row.pinned === 1,
    };
  }

  /** Pinned chats first, then by latest activity; keyset paging on the chats_by_order index. */
  listChats(after: ChatListCursor | null, limit: number): { items: ChatListItem[]; next: ChatListCursor | null } {
    const rows = after
      ? this.sql
          .exec<Rows<ChatRow>>(
            `SELECT * FROM chats WHERE (pinned, last_activity_at, chat_id) < (?, ?, ?)
             ORDER BY pinned DESC, last_activity_at DESC, chat_id DESC LIMIT ?`,
            after.pinned,
            after.activity,
            after.chatId,
            limit + 1,
          )
          .toArray()
      : this.sql
          .exec<Rows<ChatRow>>(
            "SELECT * FROM chats ORDER BY pinned DESC, last_activity_at DESC, chat_id DESC LIMIT ?",
            limit + 1,
          )
          .toArray();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const next =
      rows.length > limit && last
        ? { pinned: (last.pinned === 1 ? 1 : 0) as 0 | 1, activity: last.last_activity_at, chatId: last.chat_id }
        : null;
    return { items: page.map((row) => this.toItem(row)), next };
  }

  /** Changes the caller's own settings for a chat (membership was checked by the chat). */
  updateSettings(chat: ChatInfo, patch: SettingsPatch, retention: number): ChatListItem {
    const now = this.now();
    this.upsertChat(chat, now);
    const row = this.chatRow(chat.id);
    if (!row) throw new Error("unreachable: the row was just upserted");
    const muted = patch.muted ?? row.muted === 1;
    // Unmuting clears the end date; mutedUntil alone implies muted.
    const mutedUntil =
      patch.muted === false ? null : patch.mutedUntil !== undefined ? patch.mutedUntil : row.muted_until;
    const effectiveMuted =
      patch.mutedUntil !== undefined && patch.mutedUntil !== null && patch.muted === undefined ? true : muted;
    const pinned = patch.pinned ?? row.pinned === 1;
    this.sql.exec(
      "UPDATE chats SET muted = ?, muted_until = ?, pinned = ? WHERE chat_id = ?",
      effectiveMuted ? 1 : 0,
      mutedUntil,
      pinned ? 1 : 0,
      chat.id,
    );
    const settings: ChatSettings = { muted: effectiveMuted, mutedUntil, pinned };
    // The user's other devices learn of it through their log like any other change.
    this.append({ type: "chatUpdated", chatId: chat.id, date: now, settings }, retention);
    const updated = this.chatRow(chat.id);
    if (!updated) throw new Error("unreachable: the row exists");
    return this.toItem(updated);
  }
}
