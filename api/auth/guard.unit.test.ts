import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { BEARER_JWT } from "../../openapi/document.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../errors.ts";
import { securityGuard } from "./guard.ts";

// A route whose handler checks the session itself (a send: api/messages/send-admission.ts) must
// never answer a success that check did not pass, even if a handler forgets it.

function appWhoseHandler(admits: boolean, answer = 201) {
  const app = new OpenAPIHono<AppEnv>();
  app.onError((error, c) =>
    c.json(
      { code: error instanceof ApiError ? error.code : "UNEXPECTED" },
      error instanceof ApiError ? error.status : 500,
    ),
  );
  const route = createRoute({
    method: "post",
    path: "/things",
    security: [{ [BEARER_JWT]: [] }],
    responses: { 201: { description: "made", content: { "application/json": { schema: z.object({}) } } } },
  });
  app.use("*", securityGuard(app, { [BEARER_JWT]: async () => ({ byHandler: true }) }));
  app.openapi(route, (c) => {
    if (admits) c.set("sessionAdmitted", true);
    return c.json({}, answer as 201);
  });
  return app;
}

const post = (app: OpenAPIHono<AppEnv>) =>
  app.request("/things", { method: "POST", headers: { authorization: "Bearer token" } });

describe("the security guard, for a route whose handler checks the session", () => {
  it("answers what the handler answered once the handler admitted the session", async () => {
    expect((await post(appWhoseHandler(true))).status).toBe(201);
  });

  it("refuses a success the handler did not admit", async () => {
    const res = await post(appWhoseHandler(false));
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ code: "INTERNAL_ERROR" });
  });

  it("lets an error the handler answered before its check through (nothing was done)", async () => {
    expect((await post(appWhoseHandler(false, 400))).status).toBe(400);
  });

  it("still requires the credential", async () => {
    const res = await appWhoseHandler(true).request("/things", { method: "POST" });
    expect(res.status).toBe(401);
  });
});
