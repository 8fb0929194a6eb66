// What the Worker may use of UserDO besides the class itself: the headers by which it tells the
// object who connects a socket, and the chat-list cursor it pages with.
export { type ChatListCursor, decodeChatCursor, encodeChatCursor } from "./cursor.ts";
export { SOCKET_SESSION_HEADER, SOCKET_USER_HEADER } from "./sockets.ts";
