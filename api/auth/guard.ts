import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { type DeclaredRoute, declaredRoute } from "../declared-route.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { timed } from "../middleware/server-timing.ts";
import { isWebSocketUpgrade, webSocketCredential } from "./websocket-credential.ts";

/**
 * Checks a request's credentials for one security scheme of the OpenAPI document and records
 * who the caller is on the context. Throws ApiError(401) when they are missing or invalid. It may
 * answer a check still under way (`pending`, e.g. "is this session still live?", a round trip):
 * the guard decides whether the request waits for it first or runs alongside it.
 */
export type Authenticator = (c: Context<AppEnv>, credential: string) => Promise<Check | undefined>;

/**
 * `pending`: a check still under way. `byHandler`: the route's handler makes the check itself,
 * in the first call its answer needs anyway (a send asks the sender's object: see
 * api/messages/send-admission.ts), and sets `sessionAdmitted` once it passed.
 */
type Check = { pending: Promise<void> } | { byHandler: true };

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
function credential(c: Context, requirement: DeclaredRoute): string {
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
  const guard: MiddlewareHandler<AppEnv> = async (c, next) => {
    // HEAD is checked as the GET route Hono answers it with.
    const requirement = declaredRoute(app, c);
    if (!requirement || requirement.schemes.length === 0) return next();
    const [scheme] = requirement.schemes;
    const authenticate = scheme ? authenticators[scheme] : undefined;
    if (!authenticate) throw new ApiError(500, "INTERNAL_ERROR", `No authenticator for security scheme ${scheme}`);
    const given = credential(c, requirement);
    const check = await timed(c, "auth", () => authenticate(c, given));
    if (!check) return next();
    if ("byHandler" in check) {
      await next();
      // Fail closed on a handler that forgot its check: never a success it did not admit.
      if (c.res.ok && !c.get("sessionAdmitted")) {
        throw new ApiError(500, "INTERNAL_ERROR", "The route's handler did not check the session");
      }
      return;
    }
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
function overlapsHandler(c: Context, requirement: DeclaredRoute): boolean {
  const safe = c.req.method === "GET" || c.req.method === "HEAD";
  return safe && !(requirement.webSocket && isWebSocketUpgrade(c));
}
