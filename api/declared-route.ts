import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { WEBSOCKET_UPGRADE_EXTENSION } from "../openapi/realtime.ts";
import type { AppEnv } from "./env.ts";

// What the OpenAPI document declares of the route a request is for: the middlewares that act on
// those declarations (the security guard, the lone-surrogate check) read them here, from one
// table built from the app's registry and one lookup per request.

export type DeclaredRoute = {
  method: string;
  /** As the document writes it: `/api/v1/chats/{chatId}`. */
  path: string;
  operationId: string | undefined;
  pattern: RegExp;
  /** The security schemes it declares (`<undeclared>` when it declares none: refused, fail closed). */
  schemes: string[];
  /** A WebSocket upgrade (see WEBSOCKET_UPGRADE_EXTENSION in openapi/realtime.ts). */
  webSocket: boolean;
  /** Its request body is JSON (not a file). */
  jsonBody: boolean;
};

/** `/chats/{chatId}/messages` → /^\/chats\/[^/]+\/messages$/: an OpenAPI path as a matcher of request paths. */
export function pathPattern(openApiPath: string): RegExp {
  const escaped = openApiPath.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped.replace(/\{[^}]+\}/g, "[^/]+")}$`);
}

function declaredRoutes(app: OpenAPIHono<AppEnv>): DeclaredRoute[] {
  return app.openAPIRegistry.definitions.flatMap((definition) => {
    if (definition.type !== "route") return [];
    const { method, path, security, request, operationId } = definition.route;
    return [
      {
        method: method.toUpperCase(),
        path,
        operationId,
        pattern: pathPattern(path),
        schemes: security === undefined ? ["<undeclared>"] : security.flatMap((s) => Object.keys(s)),
        webSocket: definition.route[WEBSOCKET_UPGRADE_EXTENSION] === true,
        jsonBody: Object.keys(request?.body?.content ?? {}).some((type) => type.includes("json")),
      },
    ];
  });
}

/**
 * One method's routes in declaration order, and the answer for each fixed path a route declares
 * (`/api/v1/me`), worked out once: most requests are then one map lookup instead of a test of
 * every pattern in turn (the scan was 1 % of `/me`'s time in `npm run profile`). The first
 * declared route that matches wins, as in Hono, which runs the handlers of matching routes in
 * the order declared, so a fixed path's answer is the first route whose pattern matches it.
 */
type MethodTable = { inOrder: DeclaredRoute[]; byFixedPath: Map<string, DeclaredRoute> };

function routeTable(app: OpenAPIHono<AppEnv>): Map<string, MethodTable> {
  const table = new Map<string, MethodTable>();
  for (const route of declaredRoutes(app)) {
    let forMethod = table.get(route.method);
    if (!forMethod) {
      forMethod = { inOrder: [], byFixedPath: new Map() };
      table.set(route.method, forMethod);
    }
    forMethod.inOrder.push(route);
  }
  for (const forMethod of table.values()) {
    for (const route of forMethod.inOrder) {
      // A path without a parameter is the one request path its pattern matches.
      if (route.path.includes("{") || forMethod.byFixedPath.has(route.path)) continue;
      forMethod.byFixedPath.set(route.path, scan(forMethod, route.path) ?? route);
    }
  }
  return table;
}

function scan(table: MethodTable, path: string): DeclaredRoute | null {
  return table.inOrder.find((route) => route.pattern.test(path)) ?? null;
}

const tables = new WeakMap<object, Map<string, MethodTable>>();

/**
 * The declared route of `c`'s request (null when none matches), found once per request.
 * Routes are all registered before the first request, so the table is built once per app. Hono
 * answers HEAD with the route's GET handler: HEAD is looked up as GET.
 */
export function declaredRoute(app: OpenAPIHono<AppEnv>, c: Context<AppEnv>): DeclaredRoute | null {
  const found = c.get("declaredRoute");
  if (found !== undefined) return found;
  let table = tables.get(app);
  if (!table) {
    table = routeTable(app);
    tables.set(app, table);
  }
  const forMethod = table.get(c.req.method === "HEAD" ? "GET" : c.req.method);
  const path = c.req.path;
  const route = forMethod ? (forMethod.byFixedPath.get(path) ?? scan(forMethod, path)) : null;
  c.set("declaredRoute", route);
  return route;
}
