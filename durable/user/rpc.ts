// What crosses the UserDO's boundary: the types and constants the Worker (api/) uses. api/
// reaches them through durable/index.ts.

/** Headers by which the Worker tells a UserDO who connects (a Durable Object is not reachable from outside). */
export const SOCKET_USER_HEADER = "x-big-user-id";
export const SOCKET_SESSION_HEADER = "x-big-session-id";

export { type ChatListCursor, decodeChatCursor, encodeChatCursor } from "./cursor.ts";
