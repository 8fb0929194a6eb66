// Which methods the app serves on a path: a request with another method on a known path answers
// 405 with `Allow` instead of a 404 that would suggest the path does not exist.

type RouteRecord = { method: string; path: string };

/** Hono's route path ("/api/v1/chats/:chatId", "/docs/assets/*") as a whole-path pattern. */
function pattern(path: string): RegExp {
  const source = path
    .split("/")
    .map((segment) => {
      if (segment === "*") return ".*";
      if (segment.startsWith(":")) return "[^/]+";
      return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("/");
  return new RegExp(`^${source}$`);
}

/**
 * Answers the methods serving a path (GET implies HEAD), or [] when no route has it. The table is
 * built on first use, after every route is registered; middleware (method ALL) is not a route.
 */
export function allowedMethodsOf(app: { routes: RouteRecord[] }): (path: string) => string[] {
  let table: { pattern: RegExp; method: string }[] | undefined;
  return (path) => {
    table ??= app.routes
      .filter((route) => route.method !== "ALL")
      .map((route) => ({ pattern: pattern(route.path), method: route.method }));
    const methods = new Set(table.filter((route) => route.pattern.test(path)).map((route) => route.method));
    if (methods.has("GET")) methods.add("HEAD");
    return [...methods].sort();
  };
}
