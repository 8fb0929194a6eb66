// chanfana's admin routes are part of the one contract: in the served and the committed document,
// with our envelope and security scheme, and served by the app (the inventory in openapi.test.ts
// checks both directions for every /api route).
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../api/app.ts";
import committed from "../openapi/openapi.json";

type Doc = {
  paths: Record<string, Record<string, { tags?: string[]; security?: unknown; responses: Record<string, unknown> }>>;
  components: { securitySchemes: Record<string, unknown>; schemas: Record<string, unknown> };
};

const ADMIN_OPERATIONS = [
  "GET /api/admin/api-keys",
  "POST /api/admin/api-keys",
  "GET /api/admin/api-keys/{id}",
  "DELETE /api/admin/api-keys/{id}",
];

const operations = (doc: Doc) =>
  Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`));

describe("chanfana admin routes in the one OpenAPI document", () => {
  it("are in the served and the committed document, with the admin token and the envelope", async () => {
    const served = (await (await exports.default.fetch("http://gateway/openapi.json")).json()) as Doc;
    for (const doc of [served, committed as unknown as Doc]) {
      expect(operations(doc)).toEqual(expect.arrayContaining(ADMIN_OPERATIONS));
      expect(doc.components.securitySchemes.adminToken).toMatchObject({ type: "http", scheme: "bearer" });
      const create = doc.paths["/api/admin/api-keys"]?.post;
      expect(create?.security).toEqual([{ adminToken: [] }]);
      expect(create?.tags).toEqual(["Admin"]);
      expect(JSON.stringify(create?.responses["400"])).toContain("#/components/schemas/ErrorEnvelope");
      expect(doc.components.schemas.CreatedApiKey).toBeDefined();
    }
    // One document: chanfana serves no second one and no docs UI of its own.
    for (const path of ["/docs", "/redocs", "/openapi.yaml"]) {
      const res = await exports.default.fetch(`http://gateway/api/admin${path}`);
      expect(res.status, path).toBe(404);
    }
  });

  it("are routes the app serves", () => {
    const served = createApp()
      .routes.filter((r) => r.path.startsWith("/api/admin"))
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
    expect(served.sort()).toEqual([...ADMIN_OPERATIONS].sort());
  });
});
