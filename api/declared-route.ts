import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { WEBSOCKET_UPGRADE_EXTENSION } from "../openapi/realtime.ts";
import type { AppEnv } from "./env.ts";

// What the OpenAPI document declares of the route a request is for: the middlewares that act on
// those declarations (the security guard, the lone-surrogate check) read them here, from one
// table built from the app's registry and one lookup per request.

export type DeclaredRoute = {
  method: string;
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

function routeTable(app: OpenAPIHono<AppEnv>): DeclaredRoute[] {
  return app.openAPIRegistry.definitions.flatMap((definition) => {
    if (definition.type !== "route") return [];
    const { method, path, security, request, operationId } = definition.route;
    return [
      {
        method: method.toUpperCase(),
        operationId,
        pattern: pathPattern(path),
        schemes: security === undefined ? ["<undeclared>"] : security.flatMap((s) => Object.keys(s)),
        webSocket: definition.route[WEBSOCKET_UPGRADE_EXTENSION] === true,
        jsonBody: Object.keys(request?.body?.content ?? {}).some((type) => type.includes("json")),
      },
    ];
  });
}

const tables = new WeakMap<object, DeclaredRoute[]>();

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
  const method = c.req.method === "HEAD" ? "GET" : c.req.method;
  const route = table.find((r) => r.method === method && r.pattern.test(c.req.path)) ?? null;
  c.set("declaredRoute", route);
  return route;
}
