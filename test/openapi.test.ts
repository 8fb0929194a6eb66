import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../api/app.ts";
import committed from "../openapi/openapi.json";

type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  requestBody?: unknown;
  security?: Record<string, string[]>[];
};
type Document = {
  openapi: string;
  info: { title: string; version: string };
  servers: { url: string }[];
  tags: { name: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, { type: string; scheme: string }> };
};

const METHODS = ["get", "post", "put", "patch", "delete"];

async function servedDocument(): Promise<Document> {
  const res = await exports.default.fetch("http://gateway/openapi.json");
  expect(res.status).toBe(200);
  return (await res.json()) as Document;
}

function documentedOperations(doc: Document): string[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((method) => METHODS.includes(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

describe("GET /openapi.json", () => {
  it("serves an OpenAPI 3.1 document with info, servers, tags and both security schemes", async () => {
    const doc = await servedDocument();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.title).toBe("BIG Gateway");
    expect(doc.servers[0]?.url).toBe("http://gateway");
    expect(doc.tags.length).toBeGreaterThan(0);
    expect(doc.components.securitySchemes.bearerJwt).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("gives every operation an operationId, a summary, a declared tag and its security", async () => {
    const doc = await servedDocument();
    const declaredTags = new Set(doc.tags.map((t) => t.name));
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (!METHODS.includes(method)) continue;
        const where = `${method.toUpperCase()} ${path}`;
        expect(op.operationId, where).toBeTruthy();
        expect(op.summary, where).toBeTruthy();
        expect(op.tags?.length, where).toBeGreaterThan(0);
        // The security guard enforces exactly what is declared here; undeclared routes are refused.
        expect(Array.isArray(op.security), `${where} declares security`).toBe(true);
        for (const tag of op.tags ?? []) expect(declaredTags.has(tag), `${where} tag ${tag}`).toBe(true);
      }
    }
  });

  it("has unique operationIds", async () => {
    const doc = await servedDocument();
    const ids = Object.values(doc.paths).flatMap((item) =>
      Object.entries(item)
        .filter(([method]) => METHODS.includes(method))
        .map(([, op]) => op.operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("equals the committed openapi/openapi.json apart from the servers", async () => {
    const { servers: _served, ...served } = await servedDocument();
    const { servers: _committed, ...file } = committed as unknown as Document;
    expect(served).toEqual(file);
  });
});

describe("inventory", () => {
  it("serves every documented operation, and documents every /api route it serves", async () => {
    const app = createApp();
    const served = new Set(
      app.routes
        .filter((route) => route.method !== "ALL" && route.path.startsWith("/api/"))
        .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, "{$1}")}`),
    );
    const documented = new Set(documentedOperations(await servedDocument()));
    expect([...served].sort()).toEqual([...documented].sort());
  });
});
