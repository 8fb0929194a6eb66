/** `/chats/{chatId}/messages` → /^\/chats\/[^/]+\/messages$/: an OpenAPI path as a matcher of request paths. */
export function pathPattern(openApiPath: string): RegExp {
  const escaped = openApiPath.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped.replace(/\{[^}]+\}/g, "[^/]+")}$`);
}
