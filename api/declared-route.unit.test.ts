import type { Context } from "hono";
import { describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { declaredRoute, pathPattern } from "./declared-route.ts";
import type { AppEnv } from "./env.ts";

// The security guard and the lone-surrogate check act on what a request's route declares: a
// request must find the route Hono answers it with (the first declared that matches), whether
// its path is fixed or has parameters, and nothing when no route is declared for it.

const app = createApp();
const declared = app.openAPIRegistry.definitions.flatMap((d) => (d.type === "route" ? [d.route] : []));

/** A context with just what declaredRoute reads: the method, the path, and its per-request slot. */
function requestFor(method: string, path: string) {
  const vars = new Map<string, unknown>();
  return {
    req: { method, path },
    get: (key: string) => vars.get(key),
    set: (key: string, value: unknown) => vars.set(key, value),
  } as unknown as Context<AppEnv>;
}

/** The rule the lookup keeps: the first declared route of the method whose pattern matches. */
function firstMatch(method: string, path: string) {
  const wanted = method === "HEAD" ? "GET" : method;
  return declared.find((r) => r.method.toUpperCase() === wanted && pathPattern(r.path).test(path)) ?? null;
}

describe("the declared route of a request", () => {
  it("is, for every declared route, the first declared one matching a path made from its template", () => {
    for (const route of declared) {
      const path = route.path.replace(/\{[^}]+\}/g, "x1");
      const method = route.method.toUpperCase();
      const found = declaredRoute(app, requestFor(method, path));
      expect(found?.operationId, `${method} ${path}`).toBe(firstMatch(method, path)?.operationId);
      expect(found, `${method} ${path}`).not.toBeNull();
    }
  });

  it("finds a fixed path beside the routes with a parameter in the same place", () => {
    expect(declaredRoute(app, requestFor("POST", "/api/v1/chats/dialogs"))?.operationId).toBe(
      firstMatch("POST", "/api/v1/chats/dialogs")?.operationId,
    );
    expect(declaredRoute(app, requestFor("GET", "/api/v1/me"))?.schemes).toEqual(
      declaredRoute(app, requestFor("GET", "/api/v1/me/sessions"))?.schemes,
    );
  });

  it("looks HEAD up as GET, and finds nothing for an undeclared path or method", () => {
    expect(declaredRoute(app, requestFor("HEAD", "/api/v1/me"))?.operationId).toBe(
      firstMatch("GET", "/api/v1/me")?.operationId,
    );
    expect(declaredRoute(app, requestFor("GET", "/api/v1/nothing-here"))).toBeNull();
    expect(declaredRoute(app, requestFor("GET", "/api/v1/me/"))).toBeNull();
    expect(declaredRoute(app, requestFor("PURGE", "/api/v1/me"))).toBeNull();
  });
});
