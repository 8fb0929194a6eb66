import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { WEBSOCKET_UPGRADE_EXTENSION } from "../../openapi/realtime.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { timed } from "../middleware/server-timing.ts";
import { pathPattern } from "../route-pattern.ts";
import { isWebSocketUpgrade, webSocketCredential } from "./websocket-credential.ts";

/**
 * Checks a request's credentials for one security scheme of the OpenAPI document and records
 * who the caller is on the context. Throws ApiError(401) when they are missing or invalid. It may
 * answer a check still under way (`pending`, e.g. "is this session still live?", a round trip):
 * the guard decides whether the request waits for it first or runs alongside it.
 */
export type Authenticator = (c: Context<AppEnv>, credential: string) => Promise<{ pending: Promise<void> } | undefined>;

/** `webSocket`: the route is a WebSocket upgrade (see WEBSOCKET_UPGRADE_EXTENSION in openapi/realtime.ts). */
type Requirement = { method: string; pattern: RegExp; schemes: string[]; webSocket: boolean };

function bearerCredential(c: Context): string {
  const header = c.req.header("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw ApiError.unauthorized("Send credentials as `Authorization: Bearer <token>`");
  return match[1];
}

/**
 * The credential of a request. Only a route declared as a WebSocket upgrade, and only for an
 * actual upgrade without an Authorization header, may carry it elsewhere (subprotocol or query);
 * every other route reads the header alone.
 */
function credential(c: Context, requirement: Requirement): string {
  if (requirement.webSocket && c.req.header("authorization") === undefined && isWebSocketUpgrade(c)) {
    return webSocketCredential(c);
  }
  return bearerCredential(c);
}

/**
 * The one place authentication happens. Each route declares its `security` in openapi/ (an
 * empty list means public); this middleware reads those declarations from the app's registry,
 * so the document and the enforcement cannot disagree. A route that declares nothing is refused
 * (fail closed) — the inventory test makes sure none exists.
 */
export function securityGuard(app: OpenAPIHono<AppEnv>, authenticators: Record<string, Authenticator>) {
  let requirements: Requirement[] | undefined;
  const load = () =>
    app.openAPIRegistry.definitions.flatMap((definition) => {
      if (definition.type !== "route") return [];
      const { method, path, security } = definition.route;
      const schemes = security === undefined ? ["<undeclared>"] : security.flatMap((s) => Object.keys(s));
      const webSocket = definition.route[WEBSOCKET_UPGRADE_EXTENSION] === true;
      return [{ method: method.toUpperCase(), pattern: pathPattern(path), schemes, webSocket }];
    });

  const guard: MiddlewareHandler<AppEnv> = async (c, next) => {
    // Routes are all registered before the first request, so this is computed once per app.
    requirements ??= load();
    // Hono answers HEAD with the route's GET handler: it must pass the GET route's check.
    const method = c.req.method === "HEAD" ? "GET" : c.req.method;
    const requirement = requirements.find((r) => r.method === method && r.pattern.test(c.req.path));
    if (!requirement || requirement.schemes.length === 0) return next();
    const [scheme] = requirement.schemes;
    const authenticate = scheme ? authenticators[scheme] : undefined;
    if (!authenticate) throw new ApiError(500, "INTERNAL_ERROR", `No authenticator for security scheme ${scheme}`);
    const given = credential(c, requirement);
    const check = await timed(c, "auth", () => authenticate(c, given));
    if (!check) return next();
    if (!overlapsHandler(c, requirement)) {
      await timed(c, "session", () => check.pending);
      return next();
    }
    // A read runs alongside the check and its answer is held until the check passes: a revoked
    // session still gets nothing but 401, one round trip sooner (measured in the commit message).
    check.pending.catch(() => {});
    await next();
    await timed(c, "session", () => check.pending);
  };
  return guard;
}

/**
 * Only a request that changes nothing may run before its credential's pending check has passed:
 * GET and HEAD (whose handlers only read), and never a WebSocket upgrade (it opens a socket).
 */
function overlapsHandler(c: Context, requirement: Requirement): boolean {
  const safe = c.req.method === "GET" || c.req.method === "HEAD";
  return safe && !(requirement.webSocket && isWebSocketUpgrade(c));
}
