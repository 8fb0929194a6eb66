// What crosses the UserDO's boundary: the types and constants the Worker (api/) uses. api/
// reaches them through durable/index.ts.

/** Headers by which the Worker tells a UserDO who connects (a Durable Object is not reachable from outside). */
export const SOCKET_USER_HEADER = "x-big-user-id";
export const SOCKET_SESSION_HEADER = "x-big-session-id";

export { type ChatListCursor, decodeChatCursor, encodeChatCursor } from "./cursor.ts";
export { type ProfileChanges, readProfile, type UserRow } from "./profile.ts";

/** What UserDO.pushContext answers: see durable/user/push-context.ts. */
export type PushContext = {
  /** Muted now (a mute with an end date in the past is over). */
  muted: boolean;
  /** Chats with unread messages, this message's chat included. */
  badge: number;
  chatKind: "dialog" | "group" | null;
  chatTitle: string | null;
  /** Sessions whose open socket was already sent this message. */
  seenOnSocket: string[];
  /**
   * The message as this user's update log has it (its text cut to a preview); null while the
   * chat has not delivered it here yet. `deleted` once it was deleted (the log forgets its text).
   */
  message: PushMessagePreview | null;
  /** The sender is someone this user blocked, in a group: their messages are not delivered, so no push either. */
  withheld: boolean;
};

export type PushMessagePreview = {
  text: string;
  attachmentCount: number;
  /**
   * The first attachment's kind, so a push for a message without text
   * says "Photo" or "File", from the first attachment's type.
   */
  attachmentKind?: "photo" | "file";
  deleted: boolean;
};
