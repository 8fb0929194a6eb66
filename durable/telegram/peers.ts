// The session's address book: every user, group and channel Telegram has shown it, by marked id,
// with the access hash Telegram wants back (a user's or channel's id alone is refused). Filled
// from every answer that carries users/chats; read to turn a `chatId` into an InputPeer.
import { Api } from "telegram";
import { big } from "./bigint.ts";
import { markedPeerId, type PeerType, parseMarkedPeerId } from "./peer-ids.ts";

type KnownPeer = { peer_id: string; type: PeerType; access_hash: string; title: string; username: string | null };

export class PeerBook {
  private readonly sql: SqlStorage;

  constructor(sql: SqlStorage) {
    this.sql = sql;
  }

  /** Creates the table; the first version's `peers` (users only) is carried over once. */
  static ensureSchema(sql: SqlStorage) {
    sql.exec(`
      CREATE TABLE IF NOT EXISTS known_peers (
        peer_id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        access_hash TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        username TEXT
      );
    `);
    const old = sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'peers'").one().n;
    if (old) {
      sql.exec(
        "INSERT OR IGNORE INTO known_peers (peer_id, type, access_hash) SELECT user_id, 'user', access_hash FROM peers",
      );
      sql.exec("DROP TABLE peers");
    }
  }

  /** Remembers the users and chats of a Telegram answer. */
  remember(users: Api.TypeUser[], chats: Api.TypeChat[] = []) {
    for (const user of users) {
      if (!(user instanceof Api.User)) continue;
      // A "min" user carries no usable access hash: keep the one we have.
      if (user.min && this.find(user.id.toString())) continue;
      const title = [user.firstName, user.lastName].filter(Boolean).join(" ");
      this.put(
        markedPeerId("user", user.id.toString()),
        "user",
        user.accessHash?.toString() ?? "0",
        title,
        user.username,
      );
    }
    for (const chat of chats) {
      if (chat instanceof Api.Chat) {
        this.put(markedPeerId("chat", chat.id.toString()), "chat", "0", chat.title, undefined);
      } else if (chat instanceof Api.Channel && !(chat.min && this.find(markedPeerId("channel", chat.id.toString())))) {
        const id = markedPeerId("channel", chat.id.toString());
        this.put(id, "channel", chat.accessHash?.toString() ?? "0", chat.title, chat.username);
      }
    }
  }

  private put(peerId: string, type: PeerType, accessHash: string, title: string, username: string | undefined) {
    this.sql.exec(
      `INSERT INTO known_peers (peer_id, type, access_hash, title, username) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (peer_id) DO UPDATE SET access_hash = excluded.access_hash, title = excluded.title, username = excluded.username`,
      peerId,
      type,
      accessHash,
      title,
      username ?? null,
    );
  }

  find(markedId: string): KnownPeer | undefined {
    return this.sql.exec<KnownPeer>("SELECT * FROM known_peers WHERE peer_id = ?", markedId).toArray()[0];
  }

  /** The InputPeer for a marked id the session has seen, or undefined. */
  inputPeer(markedId: string): Api.TypeInputPeer | undefined {
    const known = this.find(markedId);
    const parsed = parseMarkedPeerId(markedId);
    if (!known || !parsed) return undefined;
    return toInputPeer(parsed.type, parsed.id, known.access_hash);
  }
}

export function toInputPeer(type: PeerType, id: string, accessHash: string): Api.TypeInputPeer {
  if (type === "chat") return new Api.InputPeerChat({ chatId: big(id) });
  if (type === "channel") return new Api.InputPeerChannel({ channelId: big(id), accessHash: big(accessHash) });
  return new Api.InputPeerUser({ userId: big(id), accessHash: big(accessHash || "0") });
}

/** The marked id of a Telegram peer (a message's peer_id/from_id, a dialog's peer). */
export function markedIdOf(peer: Api.TypePeer | Api.TypeInputPeer | undefined): string | null {
  if (peer instanceof Api.PeerUser || peer instanceof Api.InputPeerUser)
    return markedPeerId("user", peer.userId.toString());
  if (peer instanceof Api.PeerChat || peer instanceof Api.InputPeerChat)
    return markedPeerId("chat", peer.chatId.toString());
  if (peer instanceof Api.PeerChannel || peer instanceof Api.InputPeerChannel) {
    return markedPeerId("channel", peer.channelId.toString());
  }
  return null;
}
